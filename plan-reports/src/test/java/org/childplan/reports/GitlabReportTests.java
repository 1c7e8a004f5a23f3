package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Severity;
import org.junit.jupiter.api.Test;

class GitlabReportTests {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String PLAN = ROOT.resolve("plans/p.yaml").toString();

    @Test
    void eachFindingIsACodeQualityIssueWithItsRuleFingerprintSeverityAndLine() throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, PLAN,
                ExampleReports.finding("R-ERROR", Severity.ERROR, "/a", "No report", new SourceLocation(PLAN, 3, 5)),
                ExampleReports.finding("R-WARN", Severity.WARNING, "/b", "Late", new SourceLocation(PLAN, 7, 1)),
                ExampleReports.finding("R-INFO", Severity.INFO, "/c", "Unmeasured", null));

        JsonNode issues = new ObjectMapper().readTree(
                ReportRenderers.render(ReportFormat.GITLAB, List.of(report), ReportOptions.defaults()));

        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(3);
        JsonNode error = issues.get(0);
        assertThat(error.path("check_name").asText()).isEqualTo("R-ERROR");
        assertThat(error.path("description").asText()).startsWith("R-ERROR: No report (not met; ");
        assertThat(error.path("severity").asText()).isEqualTo("blocker");
        assertThat(error.at("/location/path").asText()).isEqualTo("plans/p.yaml");
        assertThat(error.at("/location/lines/begin").asInt()).isEqualTo(3);
        assertThat(error.path("fingerprint").asText()).matches("[0-9a-f]{64}");
        assertThat(issues.get(1).path("severity").asText()).isEqualTo("minor");
        assertThat(issues.get(2).path("severity").asText()).isEqualTo("info");
        assertThat(issues.get(2).at("/location/path").asText()).as("no location: the plan file").isEqualTo("plans/p.yaml");
        assertThat(issues.get(2).at("/location/lines/begin").asInt()).isEqualTo(1);
        assertThat(issues.findValuesAsText("fingerprint")).doesNotHaveDuplicates();
    }

    @Test
    void theSameFindingHasTheSameFingerprintFromRunToRun() throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, PLAN,
                ExampleReports.finding("R", Severity.ERROR, "/a", "No report", new SourceLocation(PLAN, 3, 5)));

        String first = ReportRenderers.render(ReportFormat.GITLAB, List.of(report), ReportOptions.defaults());
        String second = ReportRenderers.render(ReportFormat.GITLAB, List.of(report), ReportOptions.defaults());

        assertThat(first).isEqualTo(second);
    }

    @Test
    void aDocumentNotCheckedIsABlockerIssue() throws Exception {
        UncheckedPlan broken = ExampleReports.unchecked(ExampleReports.MALFORMED, ROOT.resolve("broken.yaml").toString());

        JsonNode issues = new ObjectMapper().readTree(ReportRenderers.render(ReportFormat.GITLAB,
                new CheckResults(List.of(), List.of(broken)), ReportOptions.defaults()));

        assertThat(issues).hasSize(1);
        assertThat(issues.at("/0/check_name").asText()).isEqualTo("childplan/not-checked");
        assertThat(issues.at("/0/severity").asText()).isEqualTo("blocker");
        assertThat(issues.at("/0/location/path").asText()).isEqualTo("broken.yaml");
    }
}
