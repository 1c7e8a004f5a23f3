package org.childplan.examples;

import java.util.Map;
import java.util.stream.Collectors;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.RulePacks;
import org.childplan.rules.ScorecardRow;

/** A report's national review scorecard, by criterion id, for the tests of the complete examples. */
final class ReviewScorecards {

    private ReviewScorecards() {
    }

    /** Each row of the scorecard of {@code report}, keyed by its criterion's id ({@code 1} to {@code 15}, {@code 6a}). */
    static Map<String, ScorecardRow> byCriterion(ComplianceReport report) {
        return RulePacks.scorecard(report).stream().collect(Collectors.toMap(row -> row.criterion().id(), row -> row));
    }
}
