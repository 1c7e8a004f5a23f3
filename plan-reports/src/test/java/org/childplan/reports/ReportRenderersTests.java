package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderersTests {

    @Test
    void writeAllWritesEachFormatUnderItsStableFileName(@TempDir Path folder) throws Exception {
        List<ComplianceReport> reports = ExampleReports.all();
        Path output = folder.resolve("reports/childplan");

        Map<ReportFormat, Path> written = ReportRenderers.writeAll(output, EnumSet.allOf(ReportFormat.class), reports,
                FailLevel.ERROR);

        assertThat(written).containsOnlyKeys(ReportFormat.values());
        assertThat(written.values()).extracting(path -> path.getFileName().toString()).containsExactly(
                "childplan.json", "childplan.sarif", "childplan-junit.xml", "childplan.md", "childplan.html",
                "childplan-github.txt", "childplan-gitlab.json");
        for (Map.Entry<ReportFormat, Path> entry : written.entrySet()) {
            assertThat(entry.getValue()).exists().hasParent(output);
            assertThat(Files.readString(entry.getValue()))
                    .isEqualTo(ReportRenderers.render(entry.getKey(), reports, ReportOptions.defaults()));
        }
        // Kept for people who want to look at the reports of the examples: target/example-reports.
        ReportRenderers.writeAll(Path.of("target/example-reports"), EnumSet.allOf(ReportFormat.class), reports,
                FailLevel.ERROR);
    }

    @Test
    void writeAllWritesOnlyTheFormatsAsked(@TempDir Path folder) throws Exception {
        Map<ReportFormat, Path> written = ReportRenderers.writeAll(folder, EnumSet.of(ReportFormat.SARIF),
                List.of(ExampleReports.all().get(0)), FailLevel.WARNING);

        assertThat(written).containsOnlyKeys(ReportFormat.SARIF);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve("childplan.sarif"));
        }
    }

    @Test
    void writeAllRefusesToReplaceAPlanFileNamedLikeAReportAndWritesNothing(@TempDir Path folder) throws Exception {
        String plan = "id: a-plan-kept-beside-its-reports\n";
        Path planFile = Files.writeString(folder.resolve("childplan.json"), plan);
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, planFile.toString());

        assertThatThrownBy(() -> ReportRenderers.writeAll(folder, EnumSet.of(ReportFormat.SARIF, ReportFormat.JSON),
                List.of(report), FailLevel.ERROR))
                .isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessageContaining(planFile.toString())
                .hasMessageContaining("is a plan file being reported on");

        assertThat(Files.readString(planFile)).isEqualTo(plan);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(planFile);
        }
    }

    @Test
    void writeAllRefusesAReportNameThatIsALinkAndWritesNothing(@TempDir Path folder) throws Exception {
        Path target = Files.writeString(folder.resolve("elsewhere.html"), "kept");
        Path output = Files.createDirectory(folder.resolve("reports"));
        Path link = Files.createSymbolicLink(output.resolve("childplan.sarif"), target);

        assertThatThrownBy(() -> ReportRenderers.writeAll(output, EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF),
                ExampleReports.all(), FailLevel.ERROR))
                .isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessageContaining(link + ": is a symbolic link, not a regular file");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("kept");
        try (var files = Files.list(output)) {
            assertThat(files).containsExactly(link);
        }
    }

    @Test
    void writeAllLeavesNoTemporaryFileBehind(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("childplan.sarif"), "an earlier run's report");

        ReportRenderers.writeAll(folder, EnumSet.allOf(ReportFormat.class), ExampleReports.all(), FailLevel.ERROR);

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    "childplan.json", "childplan.sarif", "childplan-junit.xml", "childplan.md", "childplan.html",
                "childplan-github.txt", "childplan-gitlab.json");
        }
        assertThat(Files.readString(folder.resolve("childplan.sarif"))).startsWith("{");
    }

    @Test
    void renderLeavesTheWriterOpen() throws Exception {
        StringWriter out = new StringWriter();
        for (ReportFormat format : ReportFormat.values()) {
            ReportRenderers.render(format, List.of(), ReportOptions.defaults(), out);
        }
        out.write("still open");
        assertThat(out.toString()).endsWith("still open");
    }

    @Test
    void formatsAreNamedAsOnTheCommandLineIgnoringCase() {
        assertThat(ReportFormat.fromNames("sarif,JUnit, markdown,html,json"))
                .containsExactly(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.MARKDOWN,
                        ReportFormat.HTML);
        assertThat(ReportFormat.SARIF.displayName()).isEqualTo("sarif");
        assertThatThrownBy(() -> ReportFormat.fromNames("sarif,pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'pdf': expected one of json, sarif, junit, markdown, html,"
                        + " github, gitlab");
        assertThatThrownBy(() -> ReportFormat.fromNames(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no report format given");
    }

    @Test
    void theJsonFormOfEveryExamplePlanAndOfWaivedFindingsIsValidAgainstItsPublishedSchema() throws Exception {
        JsonSchema schema = jsonSchema();
        List<ComplianceReport> reports = new ArrayList<>(ExampleReports.all());
        reports.add(ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/annualReports", "late", new SourceLocation("p.yaml", 3, 1)),
                ExampleReports.finding("S", Severity.INFO, "", "whole plan", null))
                .withWaivers(Waivers.of(List.of(
                        new Waiver("R", "/annualReports", "p", "why", "who", LocalDate.of(2026, 3, 31),
                                new SourceLocation("waivers.yaml", 2, 5)),
                        new Waiver("T", null, null, "why", "who", LocalDate.of(2025, 3, 31), null))),
                        LocalDate.of(2026, 1, 1)));

        JsonNode json = new ObjectMapper().readTree(ReportRenderers.render(ReportFormat.JSON, reports,
                ReportOptions.defaults()));

        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.at("/reports/" + (reports.size() - 1) + "/waived")).hasSize(1);
        ((ObjectNode) json.at("/reports/0")).remove("findings");
        assertThat(schema.validate(json)).extracting(ValidationMessage::getMessage)
                .singleElement().asString().contains("findings");
    }

    @Test
    void theJsonFormHoldsEveryReportInItsOwnVersionedFormAndAnOverallVerdict() throws Exception {
        List<ComplianceReport> reports = ExampleReports.all();

        JsonNode json = new ObjectMapper().readTree(ReportRenderers.render(ReportFormat.JSON, reports,
                ReportOptions.defaults().withFailLevel(FailLevel.NEVER)));

        assertThat(json.get("reportVersion").asText()).isEqualTo(ComplianceReport.REPORT_VERSION);
        assertThat(json.get("failLevel").asText()).isEqualTo("NEVER");
        assertThat(json.get("verdict").asText()).isEqualTo("PASS");
        assertThat(json.get("reports")).hasSize(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            ObjectNode report = (ObjectNode) json.get("reports").get(i);
            assertThat(report.remove("failLevelVerdict").asText()).isEqualTo("PASS");
            report.remove("reviewScorecard"); // added to the report's own form; ReviewScorecardReportsTests tests it
            assertThat(report).isEqualTo(new ObjectMapper().readTree(reports.get(i).toJson()));
        }
        assertThat(json.get("unchecked")).isEmpty();
    }

    @Test
    void aDocumentThatCouldNotBeCheckedFailsTheRunAndIsListedWithEveryProblemAndItsPlace() throws Exception {
        UncheckedPlan malformed = ExampleReports.unchecked(ExampleReports.MALFORMED, "broken.yaml");
        UncheckedPlan invalid = ExampleReports.unchecked(ExampleReports.INVALID, "invalid.yaml");
        CheckResults results = new CheckResults(List.of(ExampleReports.all().get(0)), List.of(malformed, invalid));

        JsonNode json = new ObjectMapper().readTree(ReportRenderers.render(ReportFormat.JSON, results,
                ReportOptions.defaults().withFailLevel(FailLevel.NEVER)));

        assertThat(json.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.at("/reports/0/failLevelVerdict").asText()).isEqualTo("PASS");
        assertThat(json.at("/unchecked/0/source").asText()).isEqualTo("broken.yaml");
        assertThat(json.at("/unchecked/0/problems/0/location/line").asInt()).isEqualTo(1);
        assertThat(json.at("/unchecked/1/source").asText()).isEqualTo("invalid.yaml");
        assertThat(json.at("/unchecked/1/problems")).hasSize(invalid.problems().size());
        assertThat(json.at("/unchecked/1/problems").findValuesAsText("pointer")).contains("/period/end");
        assertThat(jsonSchema().validate(json)).isEmpty();
    }

    private static JsonSchema jsonSchema() throws Exception {
        try (InputStream in = ReportRenderers.class.getClassLoader().getResourceAsStream(
                ReportRenderers.JSON_SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
