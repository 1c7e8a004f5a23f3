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
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

        assertThat(List.of("1", "2")).allSatisfy(id -> {
            assertThat(rows.get(id).score()).isEqualTo(Score.NOT_ASSESSED);
            assertThat(rows.get(id).criterion().ruleIds()).isEmpty();
        });
    }

    @Test
    void familySupportAndResourcesAreNotAssessedForAPlanBeforeTheSecondEditionOfTheGuidance() {
        Map<String, ScorecardRow> rows = scorecard(SCOTLAND.check(TestPlans.compliant()));

        assertThat(List.of("11", "12")).allSatisfy(id -> {
            assertThat(rows.get(id).score()).isEqualTo(Score.NOT_ASSESSED);
            assertThat(rows.get(id).criterion().ruleIds()).isNotEmpty();
        });
    }

    /** A 2020-23 plan that records every part the review's rows 6a to 15 look at (merged onto the compliant plan). */
    static final String REVIEWED = """
            period: {start: 2020-04-01, end: 2023-03-31}
            services:
              - {id: S1, name: Health visiting, kind: CHILDRENS_SERVICE, provider: nhs,
                 continuum: [UNIVERSAL_PREVENTION, EARLY_INTERVENTION]}
              - {id: S3, name: Intensive family support, kind: CHILDRENS_SERVICE, provider: council,
                 continuum: [TARGETED, INTENSIVE]}
              - {id: S2, name: Adult mental health services, kind: RELATED_SERVICE, provider: nhs,
                 category: ADULT_MENTAL_HEALTH}
              - {id: S4, name: Welfare rights advice, kind: RELATED_SERVICE, provider: council, category: WELFARE_RIGHTS}
            resources:
              contributions:
                - {body: council, year: 2020-21, kind: BUDGET, amount: 1200000}
                - {body: nhs, year: 2020-21, kind: WORKFORCE, amount: 12, unit: FTE}
              fundingStreams:
                - {id: F1, name: Whole Family Wellbeing Fund, years: [2022-23], spentOn: family support}
              allocations:
                - {actions: [A1], fundingStreams: [F1], amount: 300000, years: [2022-23]}
              shiftToPrevention:
                description: Residential placements are reduced and the savings fund family support.
                disinvestments: [{from: Out-of-area residential placements}]
            girfec:
              strategic: The Chief Officers' Group oversees GIRFEC.
              operational: A lead professional coordinates a single child's plan.
              frontline: Practitioners are trained in the National Practice Model.
            familySupport: {strategy: Family support in every school cluster., services: [S1, S3]}
            consultations:
              - id: C1
                groups: [CHILDREN_AND_YOUNG_PEOPLE, PARENTS_AND_FAMILIES, SERVICE_USER_REPRESENTATIVES, THIRD_SECTOR,
                         SERVICE_PROVIDERS, SOCIAL_LANDLORDS, STAFF, PUBLIC]
                phase: DEVELOPMENT
                findings: [Families want help before a crisis.]
                shapedPriorities: [P1]
              - {id: C2, groups: [CHILDREN_AND_YOUNG_PEOPLE], phase: DELIVERY}
            linkedPlans:
              - {title: Child Protection Committee Business Plan, kind: CHILD_PROTECTION}
              - {title: Corporate Parenting Plan, kind: CORPORATE_PARENTING}
              - {title: Local Child Poverty Action Report, kind: CHILD_POVERTY_ACTION_REPORT}
              - {title: Keeping The Promise, kind: THE_PROMISE}
              - {title: Children's Rights Report, kind: CHILDRENS_RIGHTS_REPORT}
              - {title: Local Outcomes Improvement Plan, kind: COMMUNITY_PLAN}
            """;

    private static Map<String, ScorecardRow> reviewed(String patch) {
        JsonNode merged = TestPlans.mergePatch(TestPlans.readTree(REVIEWED), TestPlans.readTree(patch));
        return scorecard(SCOTLAND.check(TestPlans.patched(merged)));
    }

    @ParameterizedTest(name = "row {0} is fully met by a plan that evidences every part of it")
    @ValueSource(strings = {"6a", "6b", "7", "8", "10", "11", "12", "15"})
    void aPlanThatEvidencesEveryPartOfARowFullyMeetsIt(String row) {
        ScorecardRow scored = reviewed("{}").get(row);

        assertThat(scored.score()).as("row %s: %s", row, scored.shortfalls()).isEqualTo(Score.FULLY_MET);
        assertThat(scored.evidence()).isNotEmpty();
    }

    @ParameterizedTest(name = "row {0} is partly met when the plan lacks {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            6a | services: [{id: S1, name: Health visiting, kind: CHILDRENS_SERVICE, continuum: [UNIVERSAL_PREVENTION]}, {id: S2, name: Adult mental health, kind: RELATED_SERVICE, category: ADULT_MENTAL_HEALTH}] | SCO-REVIEW2023-C6-CONTINUUM-OF-NEED
            6b | services: [{id: S1, name: Health visiting, kind: CHILDRENS_SERVICE, continuum: [UNIVERSAL_PREVENTION, EARLY_INTERVENTION, TARGETED]}, {id: S2, name: Adult mental health, kind: RELATED_SERVICE, category: ADULT_MENTAL_HEALTH}, {id: S3, name: Intensive family support, kind: CHILDRENS_SERVICE}] | SCO-REVIEW2023-C6-COMMUNITY-RELATED-SERVICES
            7 | services: [{id: S1, name: Health visiting, kind: CHILDRENS_SERVICE, continuum: [UNIVERSAL_PREVENTION]}, {id: S2, name: Adult mental health, kind: RELATED_SERVICE}, {id: S3, name: Intensive family support, kind: CHILDRENS_SERVICE}] | SCO-REVIEW2023-C7-EARLY-INTERVENTION
            8 | girfec: {operational: null} | SCO-SG2020-P49-GIRFEC-OPERATIONAL
            10 | consultations: [{id: C1, groups: [CHILDREN_AND_YOUNG_PEOPLE, PARENTS_AND_FAMILIES, SERVICE_USER_REPRESENTATIVES, THIRD_SECTOR, SERVICE_PROVIDERS, SOCIAL_LANDLORDS, STAFF, PUBLIC], phase: DELIVERY, findings: [Families want help early.]}] | SCO-REVIEW2023-C10-SHAPED-THE-PLAN
            11 | familySupport: {services: [S1]} | SCO-REVIEW2020-C11-FAMILY-SUPPORT-CONTINUUM
            12 | resources: {shiftToPrevention: {disinvestments: []}} | SCO-REVIEW2023-C12-DISINVESTMENT
            15 | linkedPlans: [{title: Corporate Parenting Plan, kind: CORPORATE_PARENTING}, {title: Child Protection Committee Business Plan, kind: CHILD_PROTECTION}, {title: Keeping The Promise, kind: THE_PROMISE}, {title: Children's Rights Report, kind: CHILDRENS_RIGHTS_REPORT}, {title: LOIP, kind: COMMUNITY_PLAN}] | SCO-REVIEW2023-C15-CHILD-POVERTY-LINK
            """)
    void aPlanThatLacksOnePartOfARowPartlyMeetsItAndNamesThePart(String row, String patch, String missing) {
        ScorecardRow scored = reviewed(patch).get(row);

        assertThat(scored.score()).as("row %s: %s", row, scored.shortfalls()).isEqualTo(Score.PARTLY_MET);
        assertThat(scored.shortfalls()).containsExactly(missing);
    }

    @ParameterizedTest(name = "row {0} is not met when the plan evidences none of it")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            6a | {services: [{id: S2, name: Adult mental health, kind: RELATED_SERVICE}], priorities: [{id: P1, title: Safe, aims: [EARLY_ACTION_AND_PREVENTION]}]}
            6b | {services: [{id: S1, name: Health visiting, kind: CHILDRENS_SERVICE}], priorities: [{id: P1, title: Safe, aims: [WELLBEING]}]}
            7 | {services: [{id: S1, name: Health visiting, kind: CHILDRENS_SERVICE}], priorities: [{id: P1, title: Safe, aims: [WELLBEING]}]}
            8 | {girfec: null, priorities: [{id: P1, title: Safe}]}
            10 | consultations: []
            11 | familySupport: null
            12 | resources: null
            15 | linkedPlans: []
            """)
    void aPlanThatEvidencesNoPartOfARowDoesNotMeetIt(String row, String patch) {
        ScorecardRow scored = reviewed(patch).get(row);

        assertThat(scored.score()).as("row %s: met %s", row, scored.met()).isEqualTo(Score.NOT_MET);
        assertThat(scored.met()).isEmpty();
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
