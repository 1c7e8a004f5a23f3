package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanDocumentsTests {

    static final String RICH_PLAN = "/documents/valid/rich-plan.yaml";

    static String resource(String name) throws IOException {
        try (InputStream in = PlanDocumentsTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Plan richPlan() throws Exception {
        return PlanDocuments.read(resource(RICH_PLAN), "rich-plan.yaml").plan();
    }

    @Test
    void readingANullPathIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> PlanDocuments.read((Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThatThrownBy(() -> PlanDocuments.read((Path) null, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
    }

    @Test
    void theRichPlanIsReadInFull() throws Exception {
        Plan plan = richPlan();

        assertThat(plan.actions().get(0).extensions())
                .containsEntry("budgetCode", "CS-0042")
                .containsEntry("schools", 7)
                .containsEntry("pilot", true)
                .containsEntry("notes", null)
                .containsEntry("tags", List.of("schools", "counselling"))
                .containsEntry("contacts", Map.of("primary", "Dr A. Example", "secondary", List.of()));
        assertThat(plan.needsAssessment().date().toString()).isEqualTo("2022-11");
        assertThat(plan.summary()).isEqualTo("The joint plan of Glenbrae Council and NHS Glenbrae.\n"
                + "It sets three priorities for children and young people.\n");
        assertThat(plan.extensions()).containsKey("~odd/key");
    }

    @Test
    void anIdAndEveryReferenceToItAreReadAsOneStringInYamlAndInJson() throws Exception {
        Plan plan = richPlan();
        String priority = plan.actions().get(0).priorities().get(0);
        assertThat(priority).isSameAs(plan.priorities().stream()
                .filter(candidate -> candidate.id().equals(priority)).findFirst().orElseThrow().id());
        String measure = plan.actions().get(0).measures().get(0);
        assertThat(measure).isSameAs(plan.measures().stream()
                .filter(candidate -> candidate.id().equals(measure)).findFirst().orElseThrow().id());

        Plan fromJson = PlanDocuments.read(PlanDocuments.write(plan, PlanFormat.JSON), "plan.json").plan();
        assertThat(fromJson.actions().get(0).priorities().get(0)).isSameAs(fromJson.priorities().stream()
                .filter(candidate -> candidate.id().equals(priority)).findFirst().orElseThrow().id());
    }

    @Test
    void aRoundTripThroughYamlGivesAnEqualPlan() throws Exception {
        Plan plan = richPlan();

        String yaml = PlanDocuments.write(plan, PlanFormat.YAML);

        assertThat(PlanDocuments.read(yaml, "again.yaml").plan()).isEqualTo(plan);
    }

    @Test
    void aRoundTripThroughJsonGivesAnEqualPlan() throws Exception {
        Plan plan = richPlan();

        String json = PlanDocuments.write(plan, PlanFormat.JSON);

        assertThat(PlanDocuments.read(json, "again.json").plan()).isEqualTo(plan);
    }

    @Test
    void yamlToJsonToYamlGivesTheSameYaml() throws Exception {
        Plan plan = richPlan();
        String yaml = PlanDocuments.write(plan, PlanFormat.YAML);

        Plan viaJson = PlanDocuments.read(PlanDocuments.write(plan, PlanFormat.JSON), "via.json").plan();

        assertThat(viaJson).isEqualTo(plan);
        assertThat(PlanDocuments.write(viaJson, PlanFormat.YAML)).isEqualTo(yaml);
    }

    @Test
    void writingIsStableWhateverTheOrderOfExtensionsWasRead() throws Exception {
        Plan plan = richPlan();
        String reordered = resource(RICH_PLAN).replace("""
                      owner: Head of Children's Health
                      rag: amber
                """, """
                      rag: amber
                      owner: Head of Children's Health
                """);
        Plan other = PlanDocuments.read(reordered, "reordered.yaml").plan();

        assertThat(PlanDocuments.write(other, PlanFormat.YAML)).isEqualTo(PlanDocuments.write(plan, PlanFormat.YAML));
        assertThat(PlanDocuments.write(other, PlanFormat.JSON)).isEqualTo(PlanDocuments.write(plan, PlanFormat.JSON));
    }

    @Test
    void writtenYamlHasNoDocumentMarkerSortedMapsLiteralBlocksAndAFinalNewline() throws Exception {
        String yaml = PlanDocuments.write(richPlan(), PlanFormat.YAML);

        assertThat(yaml).startsWith("id: glenbrae-csp-2023-2026\n").endsWith("\n").doesNotContain("---");
        assertThat(yaml).contains("summary: |\n  The joint plan of Glenbrae Council and NHS Glenbrae.\n");
        assertThat(yaml).contains("start: 2023-04-01");
        assertThat(yaml.indexOf("budgetCode:")).isLessThan(yaml.indexOf("contacts:"));
        assertThat(yaml.indexOf("contacts:")).isLessThan(yaml.indexOf("cost:"));
        assertThat(yaml).contains("value: \"31\"");
    }

    @Test
    void writtenJsonIsIndentedByTwoSpacesAndLeavesOutNullsAndEmptyLists() throws Exception {
        String json = PlanDocuments.write(richPlan(), PlanFormat.JSON);

        assertThat(json).startsWith("{\n  \"id\": \"glenbrae-csp-2023-2026\",\n").endsWith("}\n");
        assertThat(json).contains("\"start\": \"2023-04-01\"");
        assertThat(json).doesNotContain("\"aims\": [ ]").doesNotContain("\"description\": null");
        assertThat(json).contains("\"notes\": null");
    }

    @Test
    void extensionsThatLookLikeTypeInformationStayPlainData() throws Exception {
        Plan plan = PlanDocuments.read("""
                {"id": "x", "title": "T", "area": "A", "jurisdiction": "SCOTLAND", "status": "DRAFT",
                 "extensions": {"@class": "java.lang.ProcessBuilder", "command": ["rm", "-rf", "/"]}}
                """, "typed.json").plan();

        assertThat(plan.extensions())
                .isEqualTo(Map.of("@class", "java.lang.ProcessBuilder", "command", List.of("rm", "-rf", "/")));
    }

    @Test
    void locationsAreKeptForEveryElementFromLineAndColumnOne() throws Exception {
        PlanDocument document = PlanDocuments.read(resource(RICH_PLAN), "plans/glenbrae.yaml");

        assertThat(document.locationOf("")).contains(new SourceLocation("plans/glenbrae.yaml", 2, 1));
        assertThat(document.locationOf("/id")).contains(new SourceLocation("plans/glenbrae.yaml", 2, 1));
        assertThat(document.locationOf("/bodies/1")).contains(new SourceLocation("plans/glenbrae.yaml", 27, 5));
        assertThat(document.locationOf("/bodies/1/name")).contains(new SourceLocation("plans/glenbrae.yaml", 28, 5));
        assertThat(document.locationOf("/governance/members/2"))
                .contains(new SourceLocation("plans/glenbrae.yaml", 38, 27));
        assertThat(document.locationOf("/extensions/~0odd~1key")).map(SourceLocation::line).isPresent();
    }

    @Test
    void theLocationOfAnAbsentElementIsThatOfItsNearestPresentAncestor() throws Exception {
        PlanDocument document = PlanDocuments.read(resource(RICH_PLAN), "plans/glenbrae.yaml");

        assertThat(document.locationOf("/bodies/1/nothing/here")).isEqualTo(document.locationOf("/bodies/1"));
        assertThat(document.locationOf("/nothing")).isEqualTo(document.locationOf(""));
    }

    @Test
    void jsonLocationsPointAtPropertyNames() throws Exception {
        PlanDocument document = PlanDocuments.read("""
                {
                  "id": "x", "title": "T", "area": "A", "jurisdiction": "SCOTLAND",
                  "status": "DRAFT"
                }
                """, "plan.json");

        assertThat(document.format()).isEqualTo(PlanFormat.JSON);
        assertThat(document.locationOf("/status")).contains(new SourceLocation("plan.json", 3, 3));
        assertThat(document.locationOf("/area")).contains(new SourceLocation("plan.json", 2, 28));
    }

    @Test
    void theFormatIsChosenByTheExtensionBeforeTheContent() throws Exception {
        String json = "{\"id\": \"x\", \"title\": \"T\", \"area\": \"A\", \"jurisdiction\": \"SCOTLAND\", \"status\": \"DRAFT\"}";

        assertThat(PlanDocuments.read(json, "plan.yaml").format()).isEqualTo(PlanFormat.YAML);
        assertThat(PlanDocuments.read(json, "plan.json").format()).isEqualTo(PlanFormat.JSON);
        assertThat(PlanDocuments.read(json, "from-a-pipe").format()).isEqualTo(PlanFormat.JSON);
        assertThat(PlanDocuments.read("id: x\ntitle: T\narea: A\njurisdiction: SCOTLAND\nstatus: DRAFT\n",
                "from-a-pipe").format()).isEqualTo(PlanFormat.YAML);
    }

    @Test
    void aYamlWordThatYaml11TakesForABooleanStaysText() throws Exception {
        Plan plan = PlanDocuments.read("id: x\ntitle: T\narea: A\njurisdiction: SCOTLAND\nstatus: DRAFT\nedition: yes\n",
                "plan.yaml").plan();

        assertThat(plan.edition()).isEqualTo("yes");
    }

    @Test
    void aNumberWhereTextIsExpectedIsReadAsWritten() throws Exception {
        Plan plan = PlanDocuments.read("""
                id: x
                title: T
                area: A
                jurisdiction: SCOTLAND
                status: DRAFT
                measures:
                  - {id: m1, title: Rate, baseline: {value: 0.10}, target: {value: 45}}
                """, "plan.yaml").plan();

        assertThat(plan.measures().get(0).baseline().value()).isEqualTo("0.10");
        assertThat(plan.measures().get(0).target().value()).isEqualTo("45");
    }

    @ParameterizedTest(name = "{0} is kept as written where text is expected")
    @ValueSource(strings = {"012", "0x1F", "0o17", "1_000", "+45", "1:20", "00", ".5", "1e3"})
    void aNumberThatYamlVersionsReadDifferentlyIsKeptAsWrittenWhereTextIsExpected(String written) throws Exception {
        Plan plan = PlanDocuments.read("""
                id: x
                title: T
                area: A
                jurisdiction: SCOTLAND
                status: DRAFT
                measures:
                  - {id: m1, title: Rate, target: {value: %s}}
                """.formatted(written), "plan.yaml").plan();

        assertThat(plan.measures().get(0).target().value()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} is refused where a whole number is expected")
    @ValueSource(strings = {"012", "0x0C", "1_2"})
    void aNumberThatYamlVersionsReadDifferentlyIsRefusedWhereAWholeNumberIsExpected(String written) {
        assertThatThrownBy(() -> PlanDocuments.read("""
                id: x
                title: T
                area: A
                jurisdiction: SCOTLAND
                status: DRAFT
                priorities:
                  - {id: p1, title: Rights, uncrcArticles: [%s]}
                """.formatted(written), "plan.yaml"))
                .isInstanceOf(PlanReadException.class)
                .hasMessageContaining("/priorities/0/uncrcArticles/0")
                .hasMessageContaining(written);
    }

    @Test
    void aPlainNumberIsStillReadAsANumber() throws Exception {
        Plan plan = PlanDocuments.read("""
                id: x
                title: T
                area: A
                jurisdiction: SCOTLAND
                status: DRAFT
                priorities:
                  - {id: p1, title: Rights, uncrcArticles: [12, 3]}
                """, "plan.yaml").plan();

        assertThat(plan.priorities().get(0).uncrcArticles()).containsExactly(12, 3);
    }

    @Test
    void aPlanIsWrittenToAFileInTheFormatOfItsExtension(@TempDir Path directory) throws Exception {
        Plan plan = richPlan();

        PlanDocuments.write(plan, directory.resolve("plan.json"));
        PlanDocuments.write(plan, directory.resolve("plan.yml"));

        assertThat(Files.readString(directory.resolve("plan.json"))).isEqualTo(PlanDocuments.write(plan, PlanFormat.JSON));
        assertThat(Files.readString(directory.resolve("plan.yml"))).isEqualTo(PlanDocuments.write(plan, PlanFormat.YAML));
        assertThat(PlanDocuments.read(directory.resolve("plan.json")).plan()).isEqualTo(plan);
    }

    @Test
    void aFileWithoutAKnownExtensionIsNotWritten(@TempDir Path directory) throws Exception {
        Plan plan = richPlan();

        assertThatThrownBy(() -> PlanDocuments.write(plan, directory.resolve("plan.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name it .yaml, .yml or .json");
    }

    @Test
    void anEmbeddersMapperWithTheModuleReadsAndWritesTheSamePlan() throws Exception {
        ObjectMapper mapper = new YAMLMapper()
                .registerModule(new ChildplanModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Plan plan = richPlan();

        Plan read = mapper.readValue(resource(RICH_PLAN), Plan.class);

        assertThat(read).isEqualTo(plan);
        assertThat(mapper.readValue(mapper.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
        assertThat(mapper.writeValueAsString(plan)).contains("start: \"2023-04-01\"").doesNotContain("aims: []");
    }
}
