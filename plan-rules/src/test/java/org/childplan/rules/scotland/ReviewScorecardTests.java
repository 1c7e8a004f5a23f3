package org.childplan.rules.scotland;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Score;
import org.childplan.rules.ScorecardRow;
import org.childplan.rules.TestPlans;
import org.childplan.rules.spi.ReviewCriterion;
import org.junit.jupiter.api.Test;

class ReviewScorecardTests {

    private static final PlanChecker SCOTLAND = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);

    private static Map<String, ScorecardRow> scorecard(ComplianceReport report) {
        return RulePacks.scorecard(report).stream()
                .collect(Collectors.toMap(row -> row.criterion().id(), row -> row));
    }

    @Test
    void theReviewScoresSixteenRowsAndEveryRuleItNamesIsARuleOfThePack() {
        List<ReviewCriterion> criteria = new ScotlandRulePack().reviewCriteria();
        assertThat(criteria).extracting(ReviewCriterion::id).containsExactly(
                "1", "2", "3", "4", "5", "6a", "6b", "7", "8", "9", "10", "11", "12", "13", "14", "15");
        List<String> ids = SCOTLAND.rules().stream().map(rule -> rule.id()).toList();
        assertThat(criteria).flatExtracting(ReviewCriterion::ruleIds).allSatisfy(id -> assertThat(ids).contains(id));
    }

    @Test
    void aPlanThatMeetsEveryRuleOfACriterionFullyMeetsItWithTheEvidenceTheRulesName() {
        Map<String, ScorecardRow> rows = scorecard(SCOTLAND.check(TestPlans.compliant()));

        assertThat(rows.get("10").score()).isEqualTo(Score.FULLY_MET);
        assertThat(rows.get("10").shortfalls()).isEmpty();
        assertThat(rows.get("10").evidence()).extracting(evidence -> evidence.pointer())
                .allSatisfy(pointer -> assertThat(pointer).startsWith("/consultations/"));
    }

    @Test
    void aPlanThatMeetsSomeRulesOfACriterionPartlyMeetsItAndNamesWhatIsMissing() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("period: {start: 2020-04-01, end: 2023-03-31}\n"
                + "consultations: [{id: C1, groups: [CHILDREN_AND_YOUNG_PEOPLE, PARENTS_AND_FAMILIES]}]"));

        ScorecardRow engagement = scorecard(report).get("10");

        assertThat(engagement.score()).isEqualTo(Score.PARTLY_MET);
        assertThat(engagement.met()).contains("SCO-SG2020-P4-CHILDREN-ENGAGED", "SCO-SG2020-P4-FAMILIES-ENGAGED");
        assertThat(engagement.shortfalls()).contains("SCO-CYPSA-S10-OTHER-SERVICE-PROVIDERS");
    }

    @Test
    void aPlanThatMeetsNoRuleOfACriterionDoesNotMeetIt() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("consultations: []"));

        assertThat(scorecard(report).get("10").score()).isEqualTo(Score.NOT_MET);
        assertThat(scorecard(report).get("10").met()).isEmpty();
    }

    @Test
    void aCriterionNoRuleChecksIsNotAssessedWhateverThePlanSays() {
        Map<String, ScorecardRow> rows = scorecard(SCOTLAND.check(TestPlans.compliant()));

        assertThat(List.of("11", "12")).allSatisfy(id -> {
            assertThat(rows.get(id).score()).isEqualTo(Score.NOT_ASSESSED);
            assertThat(rows.get(id).criterion().ruleIds()).isEmpty();
        });
    }

    @Test
    void removingAReviewedElementFromACompletePlanLowersItsScore() {
        Map<String, ScorecardRow> complete = scorecard(SCOTLAND.check(TestPlans.compliant()));
        Map<String, ScorecardRow> withoutGovernance = scorecard(SCOTLAND.check(TestPlans.patched("governance: null")));

        assertThat(complete.get("13").score()).isEqualTo(Score.FULLY_MET);
        assertThat(withoutGovernance.get("13").score()).isEqualTo(Score.PARTLY_MET);
        assertThat(withoutGovernance.get("13").shortfalls()).containsExactly("SCO-PRACTICE-GOVERNANCE");
    }
}
