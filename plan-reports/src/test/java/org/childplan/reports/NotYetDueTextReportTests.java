package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;
import org.junit.jupiter.api.Test;

/** The text report keeps a duty whose time has not come apart from the errors and warnings that fail a check. */
class NotYetDueTextReportTests {


    private static Finding finding(String ruleId, Severity severity, RuleOutcome outcome) {
        return new Finding(ruleId, severity, "Title of " + ruleId, "Message of " + ruleId, ExampleReports.S13, "",
                null, "Remedy.", outcome);
    }

    @Test
    void aDutyNotYetDueIsListedUnderItsOwnHeadingAndEachSeverityHeadingCountsWhatTheSummaryCounts() {
        ComplianceReport report = new ComplianceReport("p", "P", "p.yaml", Jurisdiction.SCOTLAND,
                LocalDate.of(2017, 4, 1), List.of(), List.of(
                        finding("SCO-A", Severity.ERROR, RuleOutcome.NOT_EVIDENCED),
                        finding("SCO-REPORT", Severity.ERROR, RuleOutcome.NOT_YET_DUE)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), true);

        String text = ExampleReports.text(report);

        assertThat(report.count(Severity.ERROR)).isEqualTo(1);
        assertThat(text).contains("Errors: duties the law says a plan must meet (1)\n")
                .contains("Not yet due on 2017-04-01 (1)\n")
                .contains("1 finding not yet due");
        String errors = text.substring(text.indexOf("Errors:"), text.indexOf("Not yet due on"));
        assertThat(errors).contains("SCO-A").doesNotContain("SCO-REPORT");
        assertThat(text.substring(text.indexOf("Not yet due on"))).contains("ERROR (not yet due) SCO-REPORT");
    }

    @Test
    void aReportWithNothingNotYetDueHasNoSuchHeading() {
        ComplianceReport report = new ComplianceReport("p", "P", "p.yaml", Jurisdiction.SCOTLAND,
                LocalDate.of(2017, 4, 1), List.of(), List.of(finding("SCO-A", Severity.ERROR, RuleOutcome.NOT_MET)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), true);

        assertThat(ExampleReports.text(report)).contains("Errors: duties the law says a plan must meet (1)")
                .doesNotContain("Not yet due on");
    }
}
