package org.childplan.rules;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.rules.spi.ReviewCriterion;

/**
 * One criterion of a national review, scored for one plan, with what shows the score.
 *
 * @param criterion the criterion
 * @param score the plan's score on it
 * @param met the ids of the rules checking the criterion that the plan meets
 * @param shortfalls the ids of the rules checking it that the plan does not meet or does not evidence
 * @param evidence the plan elements the met rules name
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScorecardRow(
        ReviewCriterion criterion, Score score, List<String> met, List<String> shortfalls, List<Evidence> evidence) {

    /** Checks that every part is given and copies the lists. */
    public ScorecardRow {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(score, "score");
        met = List.copyOf(met);
        shortfalls = List.copyOf(shortfalls);
        evidence = List.copyOf(evidence);
    }

    /**
     * The scores of {@code criteria} for the plan {@code report} describes. A rule that applies and is met (or had
     * nothing to check) counts towards the criterion; one not met, not evidenced or waived counts against it; a rule
     * not yet due or not applicable does not count. A criterion no applying rule checks is not assessed. A criterion
     * with a rule not met or waived is partly met when another rule is met, else not met; one whose rules against
     * are all only not evidenced, in a record that is not complete ({@link ComplianceReport#completeRecord()}),
     * is partly evidenced when another rule is met, else not evidenced (see {@link Score}); a complete record's
     * silence is taken as not met, as in the verdict.
     */
    public static List<ScorecardRow> scores(ComplianceReport report, List<ReviewCriterion> criteria) {
        return criteria.stream().map(criterion -> score(report, criterion)).toList();
    }

    private static ScorecardRow score(ComplianceReport report, ReviewCriterion criterion) {
        List<String> met = criterion.ruleIds().stream()
                .filter(id -> report.outcomeOf(id).filter(ScorecardRow::counts).isPresent())
                .toList();
        List<String> shortfalls = criterion.ruleIds().stream()
                .filter(id -> report.outcomeOf(id).filter(ScorecardRow::countsAgainst).isPresent())
                .toList();
        List<Evidence> evidence = report.met().stream()
                .filter(rule -> met.contains(rule.rule().id()))
                .flatMap(rule -> rule.evidence().stream())
                .distinct()
                .toList();
        // A complete record's silence is taken as not met, as in the verdict (ComplianceReport#passes); a partial
        // record's is only not evidenced.
        boolean shownNotMet = shortfalls.stream()
                .anyMatch(id -> report.outcomeOf(id)
                        .filter(outcome -> outcome != RuleOutcome.NOT_EVIDENCED || report.completeRecord())
                        .isPresent());
        Score score;
        if (met.isEmpty() && shortfalls.isEmpty()) {
            score = Score.NOT_ASSESSED;
        } else if (shortfalls.isEmpty()) {
            score = Score.FULLY_MET;
        } else if (shownNotMet) {
            score = met.isEmpty() ? Score.NOT_MET : Score.PARTLY_MET;
        } else {
            score = met.isEmpty() ? Score.NOT_EVIDENCED : Score.PARTLY_EVIDENCED;
        }
        return new ScorecardRow(criterion, score, met, shortfalls, evidence);
    }

    private static boolean counts(RuleOutcome outcome) {
        return outcome == RuleOutcome.MET || outcome == RuleOutcome.NOTHING_TO_CHECK;
    }

    private static boolean countsAgainst(RuleOutcome outcome) {
        return outcome == RuleOutcome.NOT_MET || outcome == RuleOutcome.NOT_EVIDENCED || outcome == RuleOutcome.WAIVED;
    }
}
