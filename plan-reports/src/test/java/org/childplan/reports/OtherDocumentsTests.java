package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which documents kept beside plans are recognised as not plans, named or found, and what each is called. */
class OtherDocumentsTests {

    private static final String WAIVERS = "waivers: [{ruleId: SCO-CYPSA-S10-PUBLICATION, justification: on the"
            + " council's site, approvedBy: the board, expires: 2099-01-01}]\n";

    @TempDir
    Path folder;

    @Test
    void anExamplePlanIsAPlanNamedOrFound() throws IOException {
        for (ExamplePlans example : ExamplePlans.values()) {
            Path plan = write(example.name().toLowerCase() + ".yaml", example.content());

            assertThat(OtherDocuments.whenNamed(plan)).as(example.name()).isEmpty();
            assertThat(OtherDocuments.whenFound(plan)).as(example.name()).isEmpty();
        }
    }

    @Test
    void aWaiverFileIsAWaiverFileNamedOrFound() throws IOException {
        Path waivers = write("accepted.yaml", WAIVERS);

        assertThat(OtherDocuments.whenNamed(waivers)).contains("a waiver file");
        assertThat(OtherDocuments.whenFound(waivers)).contains("a waiver file");
    }

    @Test
    void childplansJsonReportOfAnExampleIsRecognised() throws IOException {
        Path report = write("childplan.json", ReportRenderers.render(ReportFormat.JSON, List.of(glenardoch()),
                ReportOptions.defaults()));

        assertThat(OtherDocuments.whenNamed(report)).contains("childplan's JSON report");
    }

    @Test
    void childplansSarifLogIsRecognisedByItsRunsWhateverItsName() throws IOException {
        String sarif = ReportRenderers.render(ReportFormat.SARIF, List.of(glenardoch()), ReportOptions.defaults());
        Path byName = write("x.sarif.json", sarif);
        Path byContent = write("results.json", sarif);

        assertThat(OtherDocuments.whenNamed(byName)).contains("a SARIF log");
        assertThat(OtherDocuments.whenNamed(byContent)).contains("a SARIF log");
        assertThat(OtherDocuments.whenFound(write("empty.sarif", ""))).as("by its name alone").contains("a SARIF log");
    }

    @Test
    void childplansGitlabReportIsAList() throws IOException {
        Path gitlab = write("gitlab.json", ReportRenderers.render(ReportFormat.GITLAB, List.of(glenardoch()),
                ReportOptions.defaults()));

        assertThat(OtherDocuments.whenNamed(gitlab))
                .contains("a list (such as childplan's GitLab report or rule catalogue)");
    }

    @Test
    void childplansScorecardAndDiffAreRecognised() throws IOException {
        StringWriter scorecard = new StringWriter();
        NationalScorecard.of(List.of(glenardoch())).write(NationalScorecard.Format.JSON, scorecard);
        PlanDocument document = glenardochDocument();
        ComplianceReport report = glenardoch();
        Path diff = write("diff.json", PlanDiff.between(document, report, document, report).toJson());

        assertThat(OtherDocuments.whenNamed(write("scorecard.json", scorecard.toString())))
                .contains("childplan's scorecard");
        assertThat(OtherDocuments.whenNamed(diff)).contains("childplan's diff report");
    }

    @Test
    void anotherMappingNamingNoRequiredPropertyIsLeftOutOnlyWhenFound() throws IOException {
        Path packageJson = write("package.json", "{\"name\": \"site\", \"version\": \"1.0.0\"}");
        Path compose = write("compose.yml", "services:\n  web:\n    image: nginx\n");

        assertThat(OtherDocuments.whenNamed(packageJson)).as("named: meant to be a plan").isEmpty();
        assertThat(OtherDocuments.whenFound(packageJson))
                .contains("a document naming none of a plan's required properties");
        assertThat(OtherDocuments.whenFound(compose))
                .contains("a document naming none of a plan's required properties");
    }

    @Test
    void aDocumentNamingOneRequiredPropertyIsAPlanWhateverElseItHolds() throws IOException {
        Path mistyped = write("mistyped.json", "{\"title\": \"Our plan\", \"jurisdicton\": \"SCOTLAND\"}");
        Path withWaivers = write("plan-with-waivers.yaml", "status: draft\n" + WAIVERS);

        assertThat(OtherDocuments.whenFound(mistyped)).isEmpty();
        assertThat(OtherDocuments.whenFound(withWaivers)).isEmpty();
    }

    @Test
    void aDocumentThatIsBrokenEmptyOrAScalarOrAFileThatIsMissingMayBeAPlan() throws IOException {
        List<Path> files = List.of(write("broken.yaml", "waivers: [\n"), write("empty.yaml", ""),
                write("braces.yaml", "{}\n"), write("scalar.yaml", "just words\n"), write("broken.json", "{\"id\""),
                folder.resolve("missing.yaml"));

        for (Path file : files) {
            assertThat(OtherDocuments.whenFound(file)).as(file.toString()).isEmpty();
            assertThat(OtherDocuments.whenNamed(file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void theRequiredPropertiesThatMakeADocumentAPlanAreThoseOfThePlanSchema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(
                org.childplan.model.Plan.class.getResource("/org/childplan/model/plan.schema.json"));

        assertThat(StreamSupport.stream(schema.path("required").spliterator(), false).map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(OtherDocuments.REQUIRED_PLAN_PROPERTIES);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private static PlanDocument glenardochDocument() {
        try {
            return PlanDocuments.read(ExamplePlans.GLENARDOCH_CSP_2023_2026.content(), "glenardoch.yaml");
        } catch (org.childplan.model.io.PlanReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static ComplianceReport glenardoch() {
        PlanDocument document = glenardochDocument();
        return PlanChecker.forJurisdiction(document.plan().jurisdiction()).check(document);
    }
}
