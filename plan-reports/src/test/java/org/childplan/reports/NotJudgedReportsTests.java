package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocument;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.examples.ExamplePlans;
import org.junit.jupiter.api.Test;

/**
 * A plan no rule applies to is reported as not judged in the formats people read, never as passed: the law was not
 * applied to it.
 */
class NotJudgedReportsTests {

    private static final PlanChecker SCOTLAND = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);

    private static final LocalDate BEFORE_PART_3 = LocalDate.of(2014, 4, 1);

    private static ComplianceReport glenardochAsOf(LocalDate asOf) {
        try {
            PlanDocument document = ExamplePlans.GLENARDOCH_CSP_2023_2026.read();
            return SCOTLAND.check(document, asOf);
        } catch (org.childplan.model.io.PlanReadException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theTextReportSaysThePlanIsNotJudgedAndWhyInsteadOfPassed() {
        ComplianceReport report = glenardochAsOf(BEFORE_PART_3);

        String text = ExampleReports.text(report);

        assertThat(report.judged()).isFalse();
        assertThat(text).contains("0 errors, 0 warnings, 0 info \u2014 NOT JUDGED: no rule of the pack applies to this"
                + " kind of document on 2014-04-01, so nothing is said of its compliance")
                .doesNotContain("PASSED (fail level");
    }

    @Test
    void theRunTotalCountsAPlanNotJudgedApartFromThoseThatPassed() {
        ComplianceReport notJudged = glenardochAsOf(BEFORE_PART_3);
        ComplianceReport judged = glenardochAsOf(LocalDate.of(2024, 4, 1));
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            ReportWriters.named("text").write(CheckResults.of(List.of(notJudged, judged)), ReportOptions.defaults(), out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        assertThat(out.toString()).containsPattern("2 plans checked: [01] passed, [01] failed, 1 not judged");
    }

    @Test
    void markdownAndHtmlGiveTheVerdictNotJudgedWithTheReason() {
        ComplianceReport report = glenardochAsOf(BEFORE_PART_3);

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(report), ReportOptions.defaults());
        String html = ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults());

        assertThat(markdown).contains("## NOT JUDGED: ")
                .contains("**Verdict:** NOT JUDGED: no rule of the pack applies to this kind of document on 2014-04-01")
                .doesNotContain("## PASS");
        assertThat(html).contains("<span class=\"verdict verdict-NOT-JUDGED\">NOT JUDGED</span>: no rule of the pack"
                + " applies to this kind of document on 2014-04-01")
                .doesNotContain("verdict-PASS\">PASS</span> at fail level");
    }

    @Test
    void aJudgedPlanKeepsItsVerdict() {
        ComplianceReport report = glenardochAsOf(LocalDate.of(2024, 4, 1));

        assertThat(report.judged()).isTrue();
        assertThat(ExampleReports.text(report)).doesNotContain("NOT JUDGED").containsPattern("\u2014 (PASSED|FAILED)");
        assertThat(ReportRenderers.render(ReportFormat.MARKDOWN, List.of(report), ReportOptions.defaults()))
                .doesNotContain("NOT JUDGED");
    }
}
