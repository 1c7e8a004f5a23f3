package org.childplan.cli.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Verdict;

/**
 * The outcome of one {@code childplan check}: a report for each plan that could be checked, and a line for each file
 * that could not (in the order the files were given).
 *
 * @param reports the reports, in the order of the files
 * @param unchecked one line per file that could not be checked, each starting with where the problem is
 * @param failLevel the fail level the verdicts are taken at
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CheckRun(List<ComplianceReport> reports, List<String> unchecked, FailLevel failLevel) {

    /** Copies the lists. */
    public CheckRun {
        reports = List.copyOf(reports);
        unchecked = List.copyOf(unchecked);
    }

    /** Whether any plan fails at the fail level. */
    public boolean anyFails() {
        return reports.stream().anyMatch(report -> report.verdict(failLevel) == Verdict.FAIL);
    }
}
