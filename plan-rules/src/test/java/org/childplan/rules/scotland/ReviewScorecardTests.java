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
import org.childplan.model.Plan;
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
    void aRecordThatDoesNotClaimToBeTheCompletePlanAndShowsNoRuleOfACriterionDoesNotEvidenceItRatherThanNotMeetIt() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("completeRecord: false\nconsultations: []"));

        ScorecardRow engagement = scorecard(report).get("10");

        assertThat(report.completeRecord()).isFalse();
        assertThat(engagement.shortfalls()).isNotEmpty().allSatisfy(id ->
                assertThat(report.outcomeOf(id)).contains(org.childplan.rules.RuleOutcome.NOT_EVIDENCED));
        assertThat(engagement.score()).isEqualTo(Score.NOT_EVIDENCED);
        assertThat(Score.NOT_EVIDENCED.words()).isEqualTo("not evidenced");
    }

    @Test
    void theSameRecordClaimingToBeTheCompletePlanDoesNotMeetTheCriterion() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("completeRecord: true\nconsultations: []"));

        assertThat(scorecard(report).get("10").score()).isEqualTo(Score.NOT_MET);
    }

    @Test
    void aPartialRecordThatShowsSomeRulesOfACriterionMetAndNotTheRestIsPartlyEvidencedNotPartlyMet() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("completeRecord: false\n"
                + "period: {start: 2020-04-01, end: 2023-03-31}\n"
                + "consultations: [{id: C1, groups: [CHILDREN_AND_YOUNG_PEOPLE, PARENTS_AND_FAMILIES]}]"));

        ScorecardRow engagement = scorecard(report).get("10");

        assertThat(engagement.met()).contains("SCO-SG2020-P4-CHILDREN-ENGAGED", "SCO-SG2020-P4-FAMILIES-ENGAGED");
        assertThat(engagement.shortfalls()).contains("SCO-CYPSA-S10-OTHER-SERVICE-PROVIDERS");
        assertThat(engagement.score()).isEqualTo(Score.PARTLY_EVIDENCED);
    }

    @Test
    void aRuleShownNotMetKeepsACriterionNotMetOrPartlyMetInAPartialRecord() {
        // Criterion 5: twelve priorities break "a manageable number" as written, whatever else the record leaves out.
        StringBuilder priorities = new StringBuilder("completeRecord: false\nperiod: {start: 2020-04-01, end: 2023-03-31}\n"
                + "priorities: [");
        for (int i = 1; i <= 12; i++) {
            priorities.append(i == 1 ? "" : ", ").append("{id: P").append(i).append(", title: Priority ").append(i)
                    .append("}");
        }
        ComplianceReport report = SCOTLAND.check(TestPlans.patched(priorities.append("]").toString()));

        ScorecardRow priorityRow = scorecard(report).get("5");

        assertThat(report.outcomeOf("SCO-SG2020-APPB-FEW-PRIORITIES")).contains(org.childplan.rules.RuleOutcome.NOT_MET);
        assertThat(priorityRow.score()).isIn(Score.NOT_MET, Score.PARTLY_MET);
    }

    @Test
    void everyCriterionOfTheReviewHasRulesThatCheckIt() {
        assertThat(ReviewCriteria.all()).hasSize(16)
                .allSatisfy(criterion -> assertThat(criterion.ruleIds()).as(criterion.id()).isNotEmpty());
    }

    @ParameterizedTest(name = "row {0} of a 2017-2020 plan is scored by the 2016 guidance: fully met by {1}")
    @CsvSource(delimiter = '|', value = {
            "4|SCO-SG2016-APPD-QUANTITATIVE-AND-QUALITATIVE,SCO-SG2016-APPD-INDICATORS-OF-NEED",
            "7|SCO-CYPSA-S9-EARLY-ACTION,SCO-SG2016-P49-PREVENTATIVE-FAMILY-SUPPORT",
            "11|SCO-SG2016-P49-FAMILY-SUPPORT,SCO-SG2016-P49-PREVENTATIVE-FAMILY-SUPPORT",
            "12|SCO-SG2016-APPD-RESOURCES-TO-PRIORITIES,SCO-SG2016-P162-COORDINATED-RESOURCES,SCO-SG2016-P23-SHIFT-TO-PREVENTION"})
    void aPlanBeforeTheSecondEditionThatShowsWhatThe2016GuidanceAsksFullyMeetsTheRowsItScores(String row,
            String rules) {
        ScorecardRow scored = scorecard(SCOTLAND.check(TestPlans.compliant())).get(row);

        assertThat(scored.score()).isEqualTo(Score.FULLY_MET);
        assertThat(scored.met()).containsExactlyInAnyOrder(rules.split(","));
        assertThat(scored.shortfalls()).isEmpty();
        assertThat(scored.evidence()).isNotEmpty();
    }

    @ParameterizedTest(name = "row {0} of a 2017-2020 plan is partly met when {2} is missing")
    @CsvSource(delimiter = '|', value = {
            "11|{services: [{id: S3, name: Intensive family support, kind: CHILDRENS_SERVICE, provider: council, continuum: [INTENSIVE]}]}|SCO-SG2016-P49-PREVENTATIVE-FAMILY-SUPPORT",
            "7|{services: [{id: S3, name: Intensive family support, kind: CHILDRENS_SERVICE, provider: council, continuum: [INTENSIVE]}]}|SCO-SG2016-P49-PREVENTATIVE-FAMILY-SUPPORT",
            "12|{resources: {shiftToPrevention: null}}|SCO-SG2016-P23-SHIFT-TO-PREVENTION",
            "4|{needsAssessment: {evidence: [{description: Looked after children by locality, nature: QUANTITATIVE, subject: POPULATION}]}}|SCO-SG2016-APPD-QUANTITATIVE-AND-QUALITATIVE"})
    void aPlanBeforeTheSecondEditionThatLacksOnePartPartlyMeetsTheRowItScores(String row, String patch,
            String missing) {
        ScorecardRow scored = scorecard(SCOTLAND.check(TestPlans.patched(patch))).get(row);

        assertThat(scored.score()).isEqualTo(Score.PARTLY_MET);
        assertThat(scored.shortfalls()).containsExactly(missing);
    }

    @ParameterizedTest(name = "row {0} of a 2017-2020 plan is not met by {1}")
    @CsvSource(delimiter = '|', value = {"4|{needsAssessment: null}", "11|{familySupport: null}", "12|{resources: null}"})
    void aPlanBeforeTheSecondEditionThatShowsNoneOfARowDoesNotMeetTheRowItScores(String row, String patch) {
        ScorecardRow scored = scorecard(SCOTLAND.check(TestPlans.patched(patch))).get(row);

        assertThat(scored.score()).isEqualTo(Score.NOT_MET);
        assertThat(scored.met()).isEmpty();
        assertThat(scored.shortfalls()).allSatisfy(id -> assertThat(id).startsWith("SCO-SG2016-"));
    }

    @Test
    void theReviewsOwnFamilySupportAndResourcesRulesDoNotScoreAPlanBeforeTheSecondEdition() {
        ScorecardRow familySupport = scorecard(SCOTLAND.check(TestPlans.patched("{familySupport: null, resources: null}")))
                .get("11");

        assertThat(familySupport.shortfalls()).noneMatch(id -> id.startsWith("SCO-REVIEW"));
        assertThat(familySupport.met()).noneMatch(id -> id.startsWith("SCO-REVIEW"));
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

    /** The compliant plan with {@link #REVIEWED}, then {@code patch}, applied (so that a null in it removes a part). */
    private static Map<String, ScorecardRow> reviewed(String patch) {
        JsonNode base = TestPlans.mergePatch(TestPlans.readTree(TestPlans.resource(TestPlans.COMPLIANT)),
                TestPlans.readTree(REVIEWED));
        JsonNode merged = TestPlans.mergePatch(base, TestPlans.readTree(patch));
        return scorecard(SCOTLAND.check(TestPlans.read(merged.toString(), "reviewed plan.yaml").plan()));
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

        assertThat(complete.get("14").score()).isEqualTo(Score.FULLY_MET);
        assertThat(withoutGovernance.get("14").score()).isEqualTo(Score.PARTLY_MET);
        assertThat(withoutGovernance.get("14").shortfalls()).containsExactly("SCO-PRACTICE-GOVERNANCE");
    }

    // --- which rules credit a row: only those that show what its "fully met" asks -----------------------------------

    @Test
    void theGroupThatOverseesThePlanDoesNotCreditTheMonitoringCriterionWhichAsksWhoMeasuresProgress() {
        assertThat(criterion("13").ruleIds()).doesNotContain("SCO-PRACTICE-GOVERNANCE")
                .contains("SCO-PRACTICE-MONITORING-RESPONSIBLE");
        Map<String, ScorecardRow> withoutGovernance = scorecard(SCOTLAND.check(TestPlans.patched("governance: null")));

        assertThat(withoutGovernance.get("13").shortfalls()).doesNotContain("SCO-PRACTICE-GOVERNANCE");
        assertThat(withoutGovernance.get("13").evidence()).extracting(evidence -> evidence.pointer())
                .doesNotContain("/governance");
    }

    @Test
    void anAimStatementDoesNotCreditTheServicesCriteriaWhichAskForServices() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("services: []"));
        Map<String, ScorecardRow> rows = scorecard(report);

        assertThat(report.outcomeOf("SCO-CYPSA-S9-WELLBEING")).contains(org.childplan.rules.RuleOutcome.MET);
        assertThat(rows.get("6a").met()).doesNotContain("SCO-CYPSA-S9-WELLBEING");
        assertThat(rows.get("6b").met()).doesNotContain("SCO-CYPSA-S9-RELATED-SERVICES");
        assertThat(rows.get("6a").score()).isEqualTo(Score.NOT_MET);
        assertThat(rows.get("6a").evidence()).extracting(evidence -> evidence.pointer())
                .noneMatch(pointer -> pointer.startsWith("/aims"));
    }

    @Test
    void prioritiesTaggedWithWellbeingIndicatorsDoNotShowGirfecPracticeSoA2017PlanIsNotAssessedOnIt() {
        ComplianceReport report = SCOTLAND.check(TestPlans.compliant());

        assertThat(report.outcomeOf("SCO-CYPSA-S96-WELLBEING-INDICATORS")).isPresent();
        assertThat(criterion("8").ruleIds()).doesNotContain("SCO-CYPSA-S96-WELLBEING-INDICATORS");
        assertThat(scorecard(report).get("8").score()).isEqualTo(Score.NOT_ASSESSED);
    }

    @Test
    void a2017PlanWithoutAMeasureForEachAimIsNotFullyMetOnSmartWhateverItsGovernanceAndServices() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("measures: []"));

        ScorecardRow smart = scorecard(report).get("14");

        assertThat(smart.met()).contains("SCO-PRACTICE-GOVERNANCE");
        assertThat(smart.shortfalls()).contains("SCO-PRACTICE-AIM-MEASURED");
        assertThat(smart.score()).isEqualTo(Score.PARTLY_MET);
    }

    private static ReviewCriterion criterion(String id) {
        return ReviewCriteria.all().stream().filter(criterion -> criterion.id().equals(id)).findFirst().orElseThrow();
    }

    // --- rows 1-5, 13 and 14 on a 2023-2026 plan --------------------------------------------------------------------

    private static final String COMPLIANT_2023 = "/org/childplan/rules/scotland/compliant-2023.yaml";

    /** The 2023-2026 plan that meets every rule of the pack, with {@code patch} (a JSON merge patch, as YAML). */
    private static Plan plan2023(String patch) {
        return TestPlans.patched(COMPLIANT_2023, patch == null ? null : TestPlans.readTree(patch));
    }

    private static ScorecardRow row(Plan plan, String criterion) {
        return scorecard(SCOTLAND.check(plan)).get(criterion);
    }

    @ParameterizedTest(name = "criterion {0} is fully met by a 2023-2026 plan that evidences all it asks")
    @CsvSource({"1", "2", "3", "4", "5", "9", "13", "14"})
    void aPlanThatEvidencesEverySubRequirementFullyMeetsTheCriterion(String criterion) {
        ScorecardRow row = row(plan2023(null), criterion);

        assertThat(row.score()).isEqualTo(Score.FULLY_MET);
        assertThat(row.shortfalls()).isEmpty();
        assertThat(row.met()).isNotEmpty();
        assertThat(row.evidence()).isNotEmpty();
    }

    @ParameterizedTest(name = "criterion {0} is partly met when {2}")
    @CsvSource(delimiter = '|', value = {
        "1 | 'vision: {sharedBy: [council]}' | the vision is shared by the council alone | SCO-SG2020-APPB-SHARED-VISION",
        "2 | 'vision: {nationalOutcomes: null}' | the vision names no national outcome | SCO-PRACTICE-NPF-VISION",
        "3 | 'needsAssessment: {method: null}' | the needs assessment does not say how it was done | SCO-PRACTICE-NEEDS-ASSESSMENT-METHOD",
        "4 | 'needsAssessment: {evidence: [{description: Population estimates, nature: QUANTITATIVE, subject: POPULATION}, {description: Waiting times, nature: QUANTITATIVE, subject: SERVICE_PERFORMANCE}, {description: Wellbeing census, nature: QUANTITATIVE, subject: WELLBEING}]}' | all the evidence is numbers | SCO-PRACTICE-QUANTITATIVE-AND-QUALITATIVE-EVIDENCE",
        "5 | 'priorities: [{id: P1, title: Children are safe, aims: [WELLBEING, EARLY_ACTION_AND_PREVENTION, INTEGRATED_FROM_RECIPIENTS_VIEW, BEST_USE_OF_RESOURCES, RELATED_SERVICES_WELLBEING], wellbeingIndicators: [SAFE], nationalOutcomes: [CHILDREN_AND_YOUNG_PEOPLE], timescale: {due: 2026-03-31}}]' | the priority cites no finding | SCO-SG2020-APPB-PRIORITY-RATIONALE",
        "9 | 'actions: [{id: A1, title: Extend family support, lead: council, timescale: {due: 2025-03-31}, priorities: [P1], measures: [M1], nationalOutcomes: [CHILDREN_AND_YOUNG_PEOPLE]}]' | no action names a right it puts into practice | SCO-PRACTICE-RIGHTS-IN-ACTIONS",
        "13 | 'monitoring: null' | the plan says nothing of how it is monitored | SCO-PRACTICE-MONITORING-APPROACH",
        "14 | 'accessibility: null' | the plan has no summary and no accessible version | SCO-PRACTICE-PLAN-SUMMARY",
    })
    void aPlanThatLacksOneSubRequirementPartlyMeetsTheCriterionAndNamesIt(String criterion, String patch,
            String what, String missing) {
        ScorecardRow row = row(plan2023(patch), criterion);

        assertThat(row.score()).as(what).isEqualTo(Score.PARTLY_MET);
        assertThat(row.shortfalls()).contains(missing);
        assertThat(row.met()).isNotEmpty();
    }

    @Test
    void aPlanWithNoVisionDoesNotMeetTheVisionCriterion() {
        ScorecardRow row = row(plan2023("vision: null"), "1");

        assertThat(row.score()).isEqualTo(Score.NOT_MET);
        assertThat(row.shortfalls()).containsExactlyInAnyOrder("SCO-SG2020-APPB-VISION", "SCO-SG2020-APPB-SHARED-VISION",
                "SCO-PRACTICE-VISION-END-OF-PLAN");
    }

    @Test
    void aPlanLinkingNothingToTheNationalOutcomesDoesNotMeetTheNationalPerformanceFrameworkCriterion() {
        ScorecardRow row = row(plan2023("vision: {nationalOutcomes: null}\n"
                + "priorities: [{id: P1, title: Children are safe, aims: [WELLBEING, EARLY_ACTION_AND_PREVENTION, "
                + "INTEGRATED_FROM_RECIPIENTS_VIEW, BEST_USE_OF_RESOURCES, RELATED_SERVICES_WELLBEING], rationale: [F1], "
                + "timescale: {due: 2026-03-31}}]\n"
                + "actions: [{id: A1, title: Extend family support, lead: council, timescale: {due: 2025-03-31}, "
                + "priorities: [P1], measures: [M1]}]"), "2");

        assertThat(row.score()).isEqualTo(Score.NOT_MET);
        assertThat(row.met()).isEmpty();
    }

    @Test
    void aPlanSilentOnChildrensRightsDoesNotMeetTheChildrensRightsCriterion() {
        ScorecardRow row = row(plan2023("childrensRights: null\n"
                + "actions: [{id: A1, title: Extend family support, lead: council, timescale: {due: 2025-03-31}, "
                + "priorities: [P1], measures: [M1], nationalOutcomes: [CHILDREN_AND_YOUNG_PEOPLE]}]"), "9");

        assertThat(row.score()).isEqualTo(Score.NOT_MET);
        assertThat(row.shortfalls()).containsExactlyInAnyOrder("SCO-SG2020-APPB-CHILDRENS-RIGHTS",
                "SCO-PRACTICE-RIGHTS-IN-ACTIONS");
    }

    @Test
    void aPlanWithNoNeedsAssessmentDoesNotMeetTheNeedsAssessmentOrDataCriteria() {
        Plan plan = plan2023("needsAssessment: null\n"
                + "priorities: [{id: P1, title: Children are safe, aims: [WELLBEING, EARLY_ACTION_AND_PREVENTION, "
                + "INTEGRATED_FROM_RECIPIENTS_VIEW, BEST_USE_OF_RESOURCES, RELATED_SERVICES_WELLBEING], "
                + "nationalOutcomes: [CHILDREN_AND_YOUNG_PEOPLE], timescale: {due: 2026-03-31}}]");

        assertThat(row(plan, "3").score()).isEqualTo(Score.NOT_MET);
        assertThat(row(plan, "4").score()).isEqualTo(Score.NOT_MET);
    }

    @Test
    void aPlanWithManyPrioritiesThatRestOnNoFindingAndNoMeasureDoesNotMeetThePrioritiesCriterion() {
        StringBuilder priorities = new StringBuilder("priorities: [");
        for (int i = 1; i <= 6; i++) {
            priorities.append(i == 1 ? "" : ", ").append("{id: P").append(i).append(", title: Priority ").append(i)
                    .append(", aims: [WELLBEING, EARLY_ACTION_AND_PREVENTION, INTEGRATED_FROM_RECIPIENTS_VIEW, "
                            + "BEST_USE_OF_RESOURCES, RELATED_SERVICES_WELLBEING]}");
        }
        Plan plan = plan2023(priorities + "]\nmeasures: []\nactions: []");

        ScorecardRow row = row(plan, "5");

        assertThat(row.score()).isEqualTo(Score.NOT_MET);
        assertThat(row.shortfalls()).contains("SCO-SG2020-APPB-FEW-PRIORITIES", "SCO-SG2020-APPB-PRIORITY-RATIONALE",
                "SCO-PRACTICE-PRIORITY-MEASURED", "SCO-PRACTICE-AIM-MEASURED");
    }

    @Test
    void aPlanWithNoMonitoringNoGovernanceAndUnmeasuredActionsDoesNotMeetTheMonitoringCriterion() {
        Plan plan = plan2023("monitoring: null\ngovernance: null\nmeasures: [{id: M1, title: Children referred early}]\n"
                + "actions: [{id: A1, title: Extend family support, lead: council, timescale: {due: 2025-03-31}, "
                + "priorities: [P1], nationalOutcomes: [CHILDREN_AND_YOUNG_PEOPLE]}]");

        ScorecardRow row = row(plan, "13");

        assertThat(row.met()).isEmpty();
        assertThat(row.score()).isEqualTo(Score.NOT_MET);
    }

    @Test
    void aPlanWithoutLeadsTimescalesMeasuresServicesGovernanceOrAnAccessibleVersionDoesNotMeetTheSmartCriterion() {
        Plan plan = plan2023("accessibility: null\ngovernance: null\nservices: []\n"
                + "measures: [{id: M1, title: Children referred early}]\n"
                + "priorities: [{id: P1, title: Children are safe, aims: [WELLBEING, EARLY_ACTION_AND_PREVENTION, "
                + "INTEGRATED_FROM_RECIPIENTS_VIEW, BEST_USE_OF_RESOURCES, RELATED_SERVICES_WELLBEING], rationale: [F1]}]\n"
                + "actions: [{id: A1, title: Extend family support, priorities: [P1]}]");

        ScorecardRow row = row(plan, "14");

        assertThat(row.met()).isEmpty();
        assertThat(row.score()).isEqualTo(Score.NOT_MET);
    }

    @Test
    void aPlanBeforeThe2020GuidanceIsScoredOnTheVisionByThe2016GuidanceAndNotYetOnTheNationalOutcomes() {
        Map<String, ScorecardRow> rows = scorecard(SCOTLAND.check(TestPlans.compliant()));

        assertThat(rows.get("1").score()).isEqualTo(Score.FULLY_MET);
        assertThat(rows.get("1").met()).containsExactly("SCO-SG2016-APPD-SHARED-VISION");
        assertThat(rows.get("2").score()).isEqualTo(Score.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "row {0} of a 2017-2020 plan has no rule of the 2016 guidance and is not assessed")
    @ValueSource(strings = {"2", "9"})
    void aPlanBeforeThe2020GuidanceIsNotAssessedOnTheNationalOutcomesOrChildrensRights(String row) {
        ScorecardRow scored = scorecard(SCOTLAND.check(TestPlans.compliant())).get(row);

        assertThat(scored.score()).isEqualTo(Score.NOT_ASSESSED);
        assertThat(scored.met()).isEmpty();
        assertThat(scored.shortfalls()).isEmpty();
    }
}
