package org.childplan.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Evidence;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Score;
import org.childplan.rules.ScorecardRow;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.spi.ReviewCriterion;
import org.childplan.rules.spi.RulePack;

/**
 * A plan's scores on the criteria of its nation's review of plans, as every report format shows them: each row
 * scored, with the plan elements (JSON Pointers) that evidence it and what is missing, in the plan's terms (the
 * messages of the findings of the rules that count against it).
 *
 * <p>Only packs with review criteria give a scorecard ({@link RulePack#reviewCriteria()}); a plan judged by packs that
 * have none has an empty one and the reports leave the section out.
 *
 * @param rows one row per criterion, in the review's order
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record ReviewScorecard(List<Row> rows) {

    /** The heading every report gives the section. */
    public static final String HEADING = "National review scorecard";

    /**
     * What each score means, in words every report and the national table share: what a record does not show is not
     * evidenced, never not met.
     */
    public static final String SCORES = "fully met when every rule that applies is met; partly met when some are and "
            + "another is not (a complete record's silence counts as not met); not met when none is; partly "
            + "evidenced when some are and a partial record does not show whether the rest are; not evidenced when a "
            + "partial record shows none met and none not met; not assessed when no rule checks it or none applies";

    /** What the section is, in one sentence under the heading. */
    public static final String NOTE = "Each criterion of the national review of children's services plans, scored "
            + "from the rules that check it: " + ReviewScorecard.SCORES + ". A reviewer reads the plan for the rest.";

    /** The review criteria of each pack on the class path, by pack id, read once. */
    private static final Map<String, List<ReviewCriterion>> CRITERIA = new ConcurrentHashMap<>();

    /** Copies the rows. */
    public ReviewScorecard {
        rows = List.copyOf(rows);
    }

    /**
     * One scored criterion.
     *
     * @param score the score with the rules met, the rules not met and the evidence
     * @param missing what the rules that count against it found, one entry per finding
     */
    public record Row(ScorecardRow score, List<Missing> missing) {

        /** Copies the list. */
        public Row {
            missing = List.copyOf(missing);
        }

        /** The criterion's id, for example {@code 6a}. */
        public String id() {
            return score.criterion().id();
        }

        /** The criterion's title. */
        public String title() {
            return score.criterion().title();
        }

        /** The JSON Pointers of the plan elements that evidence the rules met. */
        public List<String> evidence() {
            return score.evidence().stream().map(Evidence::pointer).toList();
        }

        /** Whether no rule checks the criterion yet. */
        public boolean unchecked() {
            return score.criterion().ruleIds().isEmpty();
        }

        /**
         * What is missing in one line: each finding as {@code RULE-ID (outcome): message}, separated by semicolons;
         * else why nothing is listed when the criterion is not assessed; else {@code ""}.
         */
        public String missingInWords() {
            if (!missing.isEmpty()) {
                return String.join("; ", missing.stream().map(Missing::inWords).toList());
            }
            return note();
        }

        /** Why a criterion not assessed has no score, or {@code ""}: no rule checks it, or none applies. */
        public String note() {
            if (unchecked()) {
                return "no rule checks this criterion yet";
            }
            return score.score() == Score.NOT_ASSESSED ? "no rule that checks it applies to this plan" : "";
        }
    }

    /**
     * What one rule that counts against a criterion found.
     *
     * @param ruleId the rule
     * @param outcome not met, not evidenced, or waived
     * @param outcomeWords the outcome in words; a duty a partial record does not evidence is "not shown in the
     *     source"
     * @param message what is missing, in the plan's terms
     * @param pointer the plan element concerned ({@code ""} for the whole plan)
     */
    public record Missing(String ruleId, RuleOutcome outcome, String outcomeWords, String message, String pointer) {

        /** {@code RULE-ID (outcome): message}. */
        public String inWords() {
            return ruleId + " (" + outcomeWords + "): " + message;
        }
    }

    /** Whether the plan's packs have no review criteria. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The scorecard of the plan {@code report} describes. */
    public static ReviewScorecard of(ComplianceReport report) {
        List<ReviewCriterion> criteria = new ArrayList<>();
        for (AppliedPack pack : report.packs()) {
            criteria.addAll(criteria(pack.id()));
        }
        List<Row> rows = new ArrayList<>();
        for (ScorecardRow score : ScorecardRow.scores(report, criteria)) {
            List<Missing> missing = new ArrayList<>();
            for (String ruleId : score.shortfalls()) {
                for (Finding finding : report.findings()) {
                    if (finding.ruleId().equals(ruleId)) {
                        String words = finding.outcome() == RuleOutcome.NOT_EVIDENCED && !report.completeRecord()
                                ? "not shown in the source" : finding.outcome().words();
                        missing.add(new Missing(ruleId, finding.outcome(), words, finding.message(),
                                finding.pointer()));
                    }
                }
                for (WaivedFinding waived : report.waived()) {
                    if (waived.finding().ruleId().equals(ruleId)) {
                        missing.add(new Missing(ruleId, RuleOutcome.WAIVED, RuleOutcome.WAIVED.words(),
                                waived.finding().message(),
                                waived.finding().pointer()));
                    }
                }
            }
            rows.add(new Row(score, missing));
        }
        return new ReviewScorecard(rows);
    }

    private static List<ReviewCriterion> criteria(String packId) {
        return CRITERIA.computeIfAbsent(packId, id -> RulePacks.available().stream()
                .filter(pack -> pack.id().equals(id))
                .flatMap(pack -> pack.reviewCriteria().stream())
                .toList());
    }

    /** Whether {@code score} is one a board should look at: below fully met, as shown or as far as shown. */
    public static boolean fallsShort(Score score) {
        return score == Score.PARTLY_MET || score == Score.NOT_MET || score == Score.PARTLY_EVIDENCED
                || score == Score.NOT_EVIDENCED;
    }
}
