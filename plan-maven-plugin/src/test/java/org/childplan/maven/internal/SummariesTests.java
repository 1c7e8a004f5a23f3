package org.childplan.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.Severity;
import org.junit.jupiter.api.Test;

class SummariesTests {

    private static final Citation S9 = new Citation("Children and Young People (Scotland) Act 2014", "s9(2)(a)(ii)",
            "https://www.legislation.gov.uk/asp/2014/8/section/9");

    @Test
    void theSummaryCountsFindingsBySeverityAndGivesTheVerdict() {
        ComplianceReport report = report(3, 1, 0);

        assertThat(Summaries.summary("moray.yaml", report, FailLevel.ERROR))
                .isEqualTo("moray.yaml: 3 errors, 1 warning — FAILED");
    }

    @Test
    void theSummaryLeavesOutSeveritiesWithNoFindingAndUsesTheSingularForOne() {
        assertThat(Summaries.summary("p.yaml", report(1, 0, 2), FailLevel.ERROR))
                .isEqualTo("p.yaml: 1 error, 2 info — FAILED");
        assertThat(Summaries.summary("p.yaml", report(0, 2, 1), FailLevel.ERROR))
                .isEqualTo("p.yaml: 2 warnings, 1 info — PASSED");
    }

    @Test
    void aPlanWithoutFindingsSaysSo() {
        assertThat(Summaries.summary("glenardoch.yaml", report(0, 0, 0), FailLevel.INFO))
                .isEqualTo("glenardoch.yaml: no findings — PASSED");
    }

    @Test
    void theVerdictFollowsTheFailLevel() {
        ComplianceReport warningsOnly = report(0, 1, 0);

        assertThat(Summaries.summary("p.yaml", warningsOnly, FailLevel.ERROR)).endsWith("— PASSED");
        assertThat(Summaries.summary("p.yaml", warningsOnly, FailLevel.WARNING)).endsWith("— FAILED");
        assertThat(Summaries.summary("p.yaml", report(5, 0, 0), FailLevel.NEVER)).endsWith("— PASSED");
    }

    @Test
    void theFailingFindingsAreThoseAtOrOverTheFailLevel() {
        ComplianceReport report = report(2, 1, 3);

        assertThat(Summaries.failing(report, FailLevel.ERROR)).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.ERROR);
        assertThat(Summaries.failing(report, FailLevel.WARNING)).hasSize(3);
        assertThat(Summaries.failing(report, FailLevel.INFO)).hasSize(6);
        assertThat(Summaries.failing(report, FailLevel.NEVER)).isEmpty();
    }

    @Test
    void aFindingIsLoggedAtItsFileLineAndColumnWithRuleMessageAndCitation() {
        Finding finding = finding(Severity.ERROR, 0, new SourceLocation("plans/moray.yaml", 12, 5));

        assertThat(Summaries.finding(finding, "plans/moray.yaml"))
                .isEqualTo("plans/moray.yaml:12:5: SCO-TEST-0 No action addresses the aim of early action and "
                        + "prevention (Children and Young People (Scotland) Act 2014, s9(2)(a)(ii))");
    }

    @Test
    void aFindingWithoutAPlaceInTheFileIsLoggedAtThePlanAndItsPointer() {
        Finding finding = finding(Severity.ERROR, 0, null);

        assertThat(Summaries.finding(finding, "moray.yaml")).startsWith("moray.yaml /actions: SCO-TEST-0 ");
    }

    private static ComplianceReport report(int errors, int warnings, int infos) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            findings.add(finding(Severity.ERROR, i, null));
        }
        for (int i = 0; i < warnings; i++) {
            findings.add(finding(Severity.WARNING, i, null));
        }
        for (int i = 0; i < infos; i++) {
            findings.add(finding(Severity.INFO, i, null));
        }
        return new ComplianceReport("moray-csp-2017-2020", "Moray", "moray.yaml", Jurisdiction.SCOTLAND,
                LocalDate.of(2017, 4, 1), List.of(), findings, List.of(), List.of(), List.of());
    }

    private static Finding finding(Severity severity, int number, SourceLocation location) {
        return new Finding("SCO-TEST-" + number, severity, "Early action",
                "No action addresses the aim of early action and prevention", S9, "/actions", location,
                "Add an action.");
    }
}
