package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childplan.examples.ExamplePlans;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

/**
 * Markdown and HTML say what kind of record a plan file is and count what a partial record does not show, as the text
 * report does; and they tell the rules met from those that had nothing to check.
 */
class PartialRecordReportsTests {

    private static final String PARTIAL = "The plan file is a partial record (its sources show only part of the plan):"
            + " a duty it does not evidence is not shown in the source and does not fail the check.";

    @Test
    void aPartialRecordIsSaidToBeOneWithTheFindingsItDoesNotShowCountedInEveryFormat() {
        ComplianceReport moray = ExampleReports.of(ExamplePlans.MORAY_CSP_2017_2020);
        int notShown = moray.count(RuleOutcome.NOT_EVIDENCED);
        String counts = "info (" + notShown + " not shown in the source); ";
        String rules = moray.met().size() + " rules met, " + moray.nothingToCheck().size() + " with nothing to check, "
                + moray.notApplicable().size() + " not applicable";

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(moray), ReportOptions.defaults());
        String html = ReportRenderers.render(ReportFormat.HTML, List.of(moray), ReportOptions.defaults());

        assertThat(moray.completeRecord()).isFalse();
        assertThat(notShown).isPositive();
        assertThat(ExampleReports.text(moray)).contains(PARTIAL).contains("(" + notShown + " not shown in the source)");
        assertThat(markdown).contains("**Record:** " + PARTIAL).contains(counts).contains(rules)
                .doesNotContain("rules passed");
        assertThat(html).contains("<th scope=\"row\">Record</th><td>" + PARTIAL + "</td>").contains(counts)
                .contains(rules).doesNotContainPattern("\\d+ applied: \\d+ passed");
    }

    @Test
    void aCompleteRecordIsSaidToBeOneAndCountsNothingAsNotShown() {
        ComplianceReport glenardoch = ExampleReports.of(ExamplePlans.GLENARDOCH_CSP_2023_2026);

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(glenardoch), ReportOptions.defaults());
        String html = ReportRenderers.render(ReportFormat.HTML, List.of(glenardoch), ReportOptions.defaults());

        assertThat(glenardoch.completeRecord()).isTrue();
        assertThat(markdown).doesNotContain("**Record:**").doesNotContain("not shown in the source)");
        assertThat(html).contains("<th scope=\"row\">Record</th><td>a complete record of the plan</td>");
    }
}
