package org.childplan.reports;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Verdict;

/**
 * What one run of checks produced: a report for each plan checked and an {@link UncheckedPlan} for each document that
 * could not be checked, each in the order the documents were given.
 *
 * @param reports the compliance reports (apply waivers first, with {@link ComplianceReport#withWaivers})
 * @param unchecked the documents that could not be checked
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CheckResults(List<ComplianceReport> reports, List<UncheckedPlan> unchecked) {

    /** Copies the lists. */
    public CheckResults {
        reports = List.copyOf(reports);
        unchecked = List.copyOf(unchecked);
    }

    /** Results in which every document could be checked. */
    public static CheckResults of(List<ComplianceReport> reports) {
        return new CheckResults(reports, List.of());
    }

    /**
     * The verdict over the whole run at {@code failLevel}: {@link Verdict#FAIL} when a plan fails at that level or a
     * document could not be checked (whatever the level, since nothing is known of it).
     */
    public Verdict verdict(FailLevel failLevel) {
        boolean fails = !unchecked.isEmpty()
                || reports.stream().anyMatch(report -> report.verdict(failLevel) == Verdict.FAIL);
        return fails ? Verdict.FAIL : Verdict.PASS;
    }
}
