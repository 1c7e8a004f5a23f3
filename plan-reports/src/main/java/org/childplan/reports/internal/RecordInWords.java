package org.childplan.reports.internal;

import org.apiguardian.api.API;
import org.childplan.reports.Counts;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;

/**
 * What kind of record a plan file is and what became of the rules applied to it, in the words every human-facing
 * format uses, so that the text, Markdown and HTML reports count alike.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RecordInWords {

    /** What a partial record means for the findings, in one sentence. */
    public static final String PARTIAL_RECORD = "The plan file is a partial record (its sources show only part of the"
            + " plan): a duty it does not evidence is not shown in the source and does not fail the check.";

    private RecordInWords() {
    }

    /** {@code  (29 not shown in the source)} after the counts of a partial record that leaves duties unshown, else empty. */
    public static String notShown(ComplianceReport report) {
        int notShown = report.count(RuleOutcome.NOT_EVIDENCED);
        return report.completeRecord() || notShown == 0 ? "" : " (" + notShown + " not shown in the source)";
    }

    /**
     * {@code 5 errors, 4 warnings, 20 info (29 not shown in the source); 0 waived}: the findings by severity, how many of
     * them a partial record does not show, and the waived findings.
     */
    public static String findings(ComplianceReport report) {
        return Counts.plural(report.count(Severity.ERROR), "error", "errors") + ", "
                + Counts.plural(report.count(Severity.WARNING), "warning", "warnings") + ", "
                + report.count(Severity.INFO) + " info" + notShown(report) + "; " + Counts.waived(report.waived());
    }

    /** {@code 12 rules met, 5 with nothing to check, 64 not applicable}: the rules that found nothing, told apart. */
    public static String rules(ComplianceReport report) {
        return Counts.plural(report.met().size(), "rule", "rules") + " met, " + report.nothingToCheck().size()
                + " with nothing to check, " + report.notApplicable().size() + " not applicable";
    }
}
