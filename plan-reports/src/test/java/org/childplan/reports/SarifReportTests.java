package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReportTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SARIF_SCHEMA = sarifSchema();

    private static JsonSchema sarifSchema() {
        InputStream schema = SarifReportTests.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config);
    }

    static List<ExamplePlans> examples() {
        return ExampleReports.examples();
    }

    private static JsonNode sarif(List<ComplianceReport> reports, ReportOptions options) throws Exception {
        return sarif(CheckResults.of(reports), options);
    }

    private static JsonNode sarif(CheckResults results, ReportOptions options) throws Exception {
        String text = ReportRenderers.render(ReportFormat.SARIF, results, options);
        JsonNode sarif = JSON.readTree(text);
        Set<ValidationMessage> problems = SARIF_SCHEMA.validate(sarif);
        assertThat(problems).as("SARIF 2.1.0 schema violations").isEmpty();
        return sarif;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theSarifOfEveryExamplePlanIsValidAgainstTheOfficialSchemaAndHasAResultPerFinding(ExamplePlans example)
            throws Exception {
        ComplianceReport report = ExampleReports.of(example);

        JsonNode sarif = sarif(List.of(report), ReportOptions.defaults());

        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode run = sarif.at("/runs/0");
        assertThat(run.at("/results")).hasSize(report.findings().size());
        int expectedRules = report.passed().size() + report.notApplicable().size()
                + (int) report.findings().stream().map(Finding::ruleId).distinct().count();
        assertThat(run.at("/tool/driver/rules")).hasSize(expectedRules);
        for (JsonNode result : run.get("results")) {
            JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                    .isEqualTo(example.resourceName());
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
                    .isEqualTo("%SRCROOT%");
        }
    }

    @Test
    void allExamplePlansTogetherMakeOneValidRunListingEachRuleOnce() throws Exception {
        List<ComplianceReport> reports = ExampleReports.all();

        JsonNode run = sarif(reports, ReportOptions.defaults()).at("/runs/0");

        assertThat(run.get("results")).hasSize(reports.stream().mapToInt(report -> report.findings().size()).sum());
        List<String> ids = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(rule -> ids.add(rule.get("id").asText()));
        assertThat(ids).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void theDriverDescribesEveryRuleOfThePackWithItsLegalSourceAndLevel() throws Exception {
        ComplianceReport report = ExampleReports.of(ExamplePlans.GLENARDOCH_CSP_2023_2026);

        JsonNode driver = sarif(List.of(report), ReportOptions.defaults().withInformationUri("https://example.org/childplan"))
                .at("/runs/0/tool/driver");

        assertThat(driver.get("name").asText()).isEqualTo("childplan");
        assertThat(driver.get("version").asText()).isNotBlank().doesNotContain("${");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://example.org/childplan");
        List<RuleDescriptor> catalogue = RulePacks.catalogue(RulePacks.forJurisdiction(Jurisdiction.SCOTLAND).get(0));
        assertThat(driver.get("rules")).hasSize(catalogue.size());
        for (RuleDescriptor rule : catalogue) {
            JsonNode sarifRule = null;
            for (JsonNode candidate : driver.get("rules")) {
                if (candidate.get("id").asText().equals(rule.id())) {
                    sarifRule = candidate;
                }
            }
            assertThat(sarifRule).as(rule.id()).isNotNull();
            assertThat(sarifRule.at("/shortDescription/text").asText()).isEqualTo(rule.title());
            assertThat(sarifRule.at("/fullDescription/text").asText()).contains(rule.citation().toString());
            assertThat(sarifRule.get("helpUri").asText()).isEqualTo(rule.citation().url());
            assertThat(sarifRule.at("/defaultConfiguration/level").asText())
                    .isEqualTo(switch (rule.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "note";
                    });
            assertThat(sarifRule.at("/properties/citation/provision").asText()).isEqualTo(rule.citation().provision());
            if (rule.isComing()) {
                assertThat(sarifRule.at("/properties/inForceFrom").isMissingNode()).as(rule.id()).isTrue();
                assertThat(sarifRule.at("/properties/commencement").asText()).isEqualTo(rule.commencement());
                assertThat(sarifRule.at("/fullDescription/text").asText()).contains("Not yet in force: ");
            } else {
                assertThat(sarifRule.at("/properties/inForceFrom").asText()).isEqualTo(rule.inForceFrom().toString());
            }
            assertThat(sarifRule.at("/properties/inForceTo").isMissingNode()).isEqualTo(rule.inForceTo() == null);
        }
    }

    @Test
    void aResultIsAtThePlanFilesLineAndColumnAndAtItsJsonPointer() throws Exception {
        Finding finding = ExampleReports.finding("SCO-CYPSA-S13-ANNUAL-REPORT", Severity.ERROR, "/annualReports",
                "No annual report has been published.", new SourceLocation("plans/moray.yaml", 42, 3));
        ComplianceReport report = ExampleReports.handMade("moray", "Moray", Jurisdiction.SCOTLAND, "plans/moray.yaml",
                finding);

        JsonNode result = sarif(List.of(report), ReportOptions.defaults()).at("/runs/0/results/0");

        assertThat(result.get("ruleId").asText()).isEqualTo("SCO-CYPSA-S13-ANNUAL-REPORT");
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText()).startsWith("No annual report has been published.");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("plans/moray.yaml");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(42);
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(3);
        assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/annualReports");
    }

    @Test
    void anAbsolutePlanPathIsMadeRelativeToTheSourceRoot() throws Exception {
        Path root = Path.of("/work/repository").toAbsolutePath();
        String file = root.resolve("plans/area one/plan.yaml").toString();
        Finding finding = ExampleReports.finding("R", Severity.WARNING, "/consultation", "m", new SourceLocation(file, 5, 1));
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, file, finding);

        JsonNode result = sarif(List.of(report), ReportOptions.defaults().withSourceRoot(root)).at("/runs/0/results/0");

        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("plans/area%20one/plan.yaml");
        assertThat(result.get("level").asText()).isEqualTo("warning");
    }

    @Test
    void withFileNamesAsGivenAnAbsoluteNameInsideTheSourceRootIsAFileUriWithoutABase() throws Exception {
        Path root = Path.of("/work/repository").toAbsolutePath();
        String file = root.resolve("plans/area one/plan.yaml").toString();
        Finding finding = ExampleReports.finding("R", Severity.WARNING, "/consultation", "m", new SourceLocation(file, 5, 1));
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, file, finding);

        JsonNode run = sarif(List.of(report), ReportOptions.defaults().withSourceRoot(root).withFileNamesAsGiven())
                .at("/runs/0");

        JsonNode artifact = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo(Path.of(file).toUri().toASCIIString()).startsWith("file:");
        assertThat(artifact.has("uriBaseId")).isFalse();
        assertThat(run.has("originalUriBaseIds")).as("no relative location uses %SRCROOT%").isFalse();
    }

    @Test
    void aRelativeNameIsUnderTheSourceRootWhichTheRunDeclaresWithoutAMachinesPath() throws Exception {
        Finding finding = ExampleReports.finding("R", Severity.WARNING, "/consultation", "m",
                new SourceLocation("plans/moray.yaml", 5, 1));
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "plans/moray.yaml", finding);

        JsonNode run = sarif(List.of(report), ReportOptions.defaults().withFileNamesAsGiven()).at("/runs/0");

        JsonNode artifact = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo("plans/moray.yaml");
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asText()).startsWith("The repository root");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%").has("uri")).isFalse();
    }

    @Test
    void fingerprintsFollowTheRulePlanAndPointerNotTheLineSoResultsTrackAcrossCommits() throws Exception {
        Finding before = ExampleReports.finding("R", Severity.ERROR, "/actions/3", "m", new SourceLocation("p.yaml", 10, 3));
        Finding moved = ExampleReports.finding("R", Severity.ERROR, "/actions/3", "m", new SourceLocation("p.yaml", 80, 5));
        Finding elsewhere = ExampleReports.finding("R", Severity.ERROR, "/actions/4", "m", new SourceLocation("p.yaml", 10, 3));

        String first = fingerprint(ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml", before));
        String second = fingerprint(ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml", moved));
        String other = fingerprint(ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml", elsewhere));
        String otherPlan = fingerprint(ExampleReports.handMade("q", "Q", Jurisdiction.SCOTLAND, "p.yaml", before));

        assertThat(first).isEqualTo(second).matches("[0-9a-f]{64}");
        assertThat(Set.of(first, other, otherPlan)).hasSize(3);
    }

    @Test
    void twoFindingsOfOneRuleAtOnePointerGetDistinctFingerprints() throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/actions", "first", null),
                ExampleReports.finding("R", Severity.ERROR, "/actions", "second", null));

        JsonNode results = sarif(List.of(report), ReportOptions.defaults()).at("/runs/0/results");

        Set<String> fingerprints = new HashSet<>();
        results.forEach(result -> fingerprints.add(result.at("/partialFingerprints/childplanFinding~1v1").asText()));
        assertThat(fingerprints).hasSize(2);
    }

    private static String fingerprint(ComplianceReport report) throws Exception {
        return sarif(List.of(report), ReportOptions.defaults()).at("/runs/0/results/0/partialFingerprints")
                .get("childplanFinding/v1").asText();
    }

    @Test
    void aWaivedFindingIsAResultWithAnExternalSuppressionAndItsJustificationAndNoticesAreNotifications()
            throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/annualReports", "late", null));
        Waivers waivers = Waivers.of(List.of(
                new Waiver("R", null, null, "Delayed by the inspection.", "Board chair", LocalDate.of(2026, 3, 31),
                        new SourceLocation("waivers.yaml", 2, 5)),
                new Waiver("OTHER", null, null, "Stale.", "Board chair", LocalDate.of(2026, 3, 31),
                        new SourceLocation("waivers.yaml", 7, 5))));
        ComplianceReport waived = report.withWaivers(waivers, LocalDate.of(2026, 1, 1));

        JsonNode run = sarif(List.of(waived), ReportOptions.defaults()).at("/runs/0");

        assertThat(run.get("results")).hasSize(1);
        JsonNode suppression = run.at("/results/0/suppressions/0");
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText())
                .isEqualTo("Delayed by the inspection. (approved by Board chair; expires 2026-03-31)");
        assertThat(suppression.at("/location/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        JsonNode notification = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(notification.at("/message/text").asText()).contains("waivers.yaml:7:5").contains("matches no finding");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void theSameReportsGiveTheSameBytes() {
        CheckResults results = new CheckResults(ExampleReports.all(), List.of(
                ExampleReports.unchecked(ExampleReports.INVALID, "invalid.yaml"),
                ExampleReports.unchecked(ExampleReports.MALFORMED, "broken.yaml")));
        ReportOptions options = ReportOptions.defaults().withFailLevel(FailLevel.WARNING);

        assertThat(ReportRenderers.render(ReportFormat.SARIF, results, options))
                .isEqualTo(ReportRenderers.render(ReportFormat.SARIF, results, options));
    }

    @Test
    void eachProblemOfADocumentThatCouldNotBeCheckedIsAnErrorOfTheToolsOwnRuleAtItsFileLineAndPointer()
            throws Exception {
        Path root = Path.of("/work/repository").toAbsolutePath();
        UncheckedPlan malformed = ExampleReports.unchecked(ExampleReports.MALFORMED,
                root.resolve("plans/broken.yaml").toString());
        UncheckedPlan invalid = ExampleReports.unchecked(ExampleReports.INVALID,
                root.resolve("plans/invalid.yaml").toString());
        CheckResults results = new CheckResults(List.of(ExampleReports.of(ExamplePlans.GLENARDOCH_CSP_2023_2026)),
                List.of(malformed, invalid));

        JsonNode run = sarif(results, ReportOptions.defaults().withSourceRoot(root)).at("/runs/0");

        List<JsonNode> notChecked = new ArrayList<>();
        run.get("results").forEach(result -> {
            if (result.get("ruleId").asText().equals("childplan/plan-not-checked")) {
                notChecked.add(result);
            }
        });
        assertThat(notChecked).hasSize(1 + invalid.problems().size());
        List<String> ruleIds = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
        assertThat(ruleIds).containsOnlyOnce("childplan/plan-not-checked");
        JsonNode rule = run.at("/tool/driver/rules/" + notChecked.get(0).get("ruleIndex").asInt());
        assertThat(rule.get("id").asText()).isEqualTo("childplan/plan-not-checked");
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("The plan document could not be checked.");
        assertThat(rule.at("/fullDescription/text").asText()).contains("could not be read")
                .contains("fails the run at every fail level");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        for (JsonNode result : notChecked) {
            assertThat(result.get("level").asText()).isEqualTo("error");
            assertThat(result.get("kind").asText()).isEqualTo("fail");
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
                    .isEqualTo("%SRCROOT%");
        }

        JsonNode broken = notChecked.get(0);
        SourceLocation brokenAt = malformed.problems().get(0).location().orElseThrow();
        assertThat(broken.at("/message/text").asText()).isEqualTo(malformed.problems().get(0).message());
        assertThat(broken.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("plans/broken.yaml");
        assertThat(broken.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(brokenAt.line());
        assertThat(broken.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(brokenAt.column());

        UncheckedPlan.Problem periodEnd = invalid.problems().stream()
                .filter(problem -> "/period/end".equals(problem.pointer())).findFirst().orElseThrow();
        JsonNode endResult = notChecked.stream()
                .filter(result -> result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()
                        .equals("/period/end"))
                .findFirst().orElseThrow();
        assertThat(endResult.at("/message/text").asText()).isEqualTo(periodEnd.message());
        assertThat(endResult.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("plans/invalid.yaml");
        assertThat(endResult.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(periodEnd.location().orElseThrow().line());
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean())
                .as("the tool ran; the documents are at fault, not the tool").isTrue();
    }

    @Test
    void aFileThatCouldNotBeReadIsAResultAtTheFileWithoutRegionOrLogicalLocation() throws Exception {
        UncheckedPlan missing = ExampleReports.missingFile("target/no-such-folder/missing.yaml");

        JsonNode result = sarif(new CheckResults(List.of(), List.of(missing)), ReportOptions.defaults())
                .at("/runs/0/results/0");

        assertThat(result.get("ruleId").asText()).isEqualTo("childplan/plan-not-checked");
        assertThat(result.at("/message/text").asText()).isEqualTo(missing.problems().get(0).message());
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("target/no-such-folder/missing.yaml");
        assertThat(result.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(result.at("/locations/0/logicalLocations").isMissingNode()).isTrue();
    }

    @Test
    void aDocumentThatCouldNotBeCheckedKeepsItsFingerprintsWhenItsLinesMoveAndEachProblemHasItsOwn()
            throws Exception {
        UncheckedPlan invalid = ExampleReports.unchecked(ExampleReports.INVALID, "plans/invalid.yaml");
        UncheckedPlan moved = ExampleReports.unchecked("# a comment moves every line down\n\n"
                + ExampleReports.INVALID, "plans/invalid.yaml");
        UncheckedPlan elsewhere = ExampleReports.unchecked(ExampleReports.INVALID, "plans/other.yaml");
        assertThat(moved.problems().get(0).location().orElseThrow().line())
                .isNotEqualTo(invalid.problems().get(0).location().orElseThrow().line());

        List<String> first = notCheckedFingerprints(invalid);
        List<String> second = notCheckedFingerprints(moved);
        List<String> other = notCheckedFingerprints(elsewhere);

        assertThat(first).hasSize(invalid.problems().size()).doesNotHaveDuplicates()
                .allSatisfy(fingerprint -> assertThat(fingerprint).matches("[0-9a-f]{64}"));
        assertThat(second).isEqualTo(first);
        assertThat(other).doesNotContainAnyElementsOf(first);
    }

    private static List<String> notCheckedFingerprints(UncheckedPlan plan) throws Exception {
        List<String> fingerprints = new ArrayList<>();
        sarif(new CheckResults(List.of(), List.of(plan)), ReportOptions.defaults()).at("/runs/0/results")
                .forEach(result -> fingerprints.add(result.at("/partialFingerprints/childplanFinding~1v1").asText()));
        return fingerprints;
    }
}
