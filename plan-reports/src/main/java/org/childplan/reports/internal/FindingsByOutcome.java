package org.childplan.reports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;
import org.childplan.rules.WaivedFinding;

/**
 * A report's findings counted by outcome and severity: what the HTML report's chart draws and its table states.
 *
 * <p>The rows are the outcomes a finding can have (not met, not evidenced, not yet due) and the waived findings,
 * always all four and in that order, so that two plans' charts read alike; a row with no finding counts zeros.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record FindingsByOutcome(List<Row> rows) {

    /** The outcomes counted, in the order of the rows. */
    private static final List<RuleOutcome> OUTCOMES = List.of(RuleOutcome.NOT_MET, RuleOutcome.NOT_EVIDENCED,
            RuleOutcome.NOT_YET_DUE, RuleOutcome.WAIVED);

    /** Copies the rows. */
    public FindingsByOutcome {
        rows = List.copyOf(rows);
    }

    /**
     * One outcome's findings by severity.
     *
     * @param outcome the outcome
     * @param words the outcome in words as the report says it ("not shown in the source" for a duty a partial record
     *     does not evidence)
     * @param counts the number of findings of each severity, every severity present
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Row(RuleOutcome outcome, String words, Map<Severity, Integer> counts) {

        /** Copies the counts. */
        public Row {
            counts = Map.copyOf(counts);
        }

        /** The findings of every severity. */
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Counts the findings and waived findings of {@code report}. */
    public static FindingsByOutcome of(ComplianceReport report) {
        List<Row> rows = new ArrayList<>();
        for (RuleOutcome outcome : OUTCOMES) {
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                counts.put(severity, 0);
            }
            if (outcome == RuleOutcome.WAIVED) {
                for (WaivedFinding waived : report.waived()) {
                    counts.merge(waived.finding().severity(), 1, Integer::sum);
                }
            } else {
                for (Finding finding : report.findings()) {
                    if (finding.outcome() == outcome) {
                        counts.merge(finding.severity(), 1, Integer::sum);
                    }
                }
            }
            rows.add(new Row(outcome, words(report, outcome), counts));
        }
        return new FindingsByOutcome(rows);
    }

    /** The outcome in words; a duty a partial record does not evidence is "not shown in the source". */
    public static String words(ComplianceReport report, RuleOutcome outcome) {
        return outcome == RuleOutcome.NOT_EVIDENCED && !report.completeRecord()
                ? "not shown in the source" : outcome.words();
    }

    /** The number of findings in the largest row. */
    public int largestRow() {
        return rows.stream().mapToInt(Row::total).max().orElse(0);
    }

    /** The number of findings and waived findings. */
    public int total() {
        return rows.stream().mapToInt(Row::total).sum();
    }
}
