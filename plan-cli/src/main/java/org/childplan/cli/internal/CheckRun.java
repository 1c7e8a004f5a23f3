package org.childplan.cli.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.reports.CheckResults;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Verdict;

/**
 * The outcome of one {@code childplan check}: a report for each plan that could be checked, and each document that
 * could not (in the order the files were given), judged at one fail level.
 *
 * @param results the reports and the documents that could not be checked
 * @param failLevel the fail level the verdicts are taken at
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CheckRun(CheckResults results, FailLevel failLevel) {

    /** The reports, in the order of the files. */
    public List<ComplianceReport> reports() {
        return results.reports();
    }

    /** The documents that could not be checked, in the order of the files. */
    public List<UncheckedPlan> unchecked() {
        return results.unchecked();
    }

    /** Whether any plan fails at the fail level. */
    public boolean anyFails() {
        return reports().stream().anyMatch(report -> report.verdict(failLevel) == Verdict.FAIL);
    }
}
