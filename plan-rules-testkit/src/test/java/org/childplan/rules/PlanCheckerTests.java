package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Measure;
import org.childplan.model.MeasureBuilder;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PriorityBuilder;
import org.childplan.model.StatutoryAim;
import org.childplan.model.WellbeingIndicator;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.childplan.rules.testkit.ComplianceReportAssert;
import org.junit.jupiter.api.Test;

class PlanCheckerTests {

    private static final PlanChecker SCOTLAND = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);

    @Test
    void aPlanIsJudgedByTheLawInForceAtTheStartOfItsPeriodUnlessAnotherDateIsGiven() {
        Plan plan = TestPlans.compliant();
        assertThat(SCOTLAND.check(plan).asOf()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(SCOTLAND.check(plan, LocalDate.of(2019, 1, 1)).asOf()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void aPlanThatStatesNeitherAPeriodNorADateCannotBeCheckedWithoutAnAsOfDate() {
        Plan plan = TestPlans.patched("period: null");
        assertThatThrownBy(() -> SCOTLAND.check(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plan 'test-compliant' states neither a period nor a date, so the date whose law applies "
                        + "cannot be chosen: give an as-of date");
        assertThat(SCOTLAND.check(plan, LocalDate.of(2017, 4, 1)).findingsOf("SCO-CYPSA-S8-THREE-YEAR-PERIOD")).hasSize(1);
    }

    @Test
    void aPlanThatStatesNoPeriodIsJudgedOnTheEarliestDayItsDateCanMean() {
        assertThat(SCOTLAND.check(TestPlans.patched("period: null\ndate: 2018-06")).asOf())
                .isEqualTo(LocalDate.of(2018, 6, 1));
        assertThat(SCOTLAND.check(TestPlans.patched("period: null\ndate: '2019'")).asOf())
                .isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(SCOTLAND.check(TestPlans.patched("date: '2019'")).asOf())
                .as("a period's start comes first").isEqualTo(SCOTLAND.check(TestPlans.compliant()).asOf());
    }

    @Test
    void aCheckerForScotlandJudgesAPlanOfAnotherJurisdictionByScottishLaw() {
        Plan english = PlanBuilder.from(TestPlans.compliant()).withJurisdiction(Jurisdiction.ENGLAND);
        ComplianceReport report = SCOTLAND.check(english);
        assertThat(report.jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        assertThat(report.packs()).extracting(AppliedPack::id).containsExactly("scotland");
    }

    @Test
    void aCheckerThatFollowsEachPlansJurisdictionRefusesAPlanWhoseJurisdictionHasNoPack() {
        PlanChecker checker = PlanChecker.builder().pack(new ScotlandRulePack()).build();
        Plan welsh = PlanBuilder.from(TestPlans.compliant()).withJurisdiction(Jurisdiction.WALES);
        assertThat(checker.check(TestPlans.compliant()).jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        assertThatThrownBy(() -> checker.check(welsh))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule pack for WALES (plan 'test-compliant'); packs are available for [SCOTLAND]");
    }

    @Test
    void everyRuleOfTheAppliedPacksIsReportedOnceAsFoundPassedOrNotApplicable() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("governance: null\nneedsAssessment: null"));
        Set<String> found = new HashSet<>();
        report.findings().forEach(finding -> found.add(finding.ruleId()));
        List<String> accounted = new ArrayList<>(found);
        report.passed().forEach(rule -> accounted.add(rule.id()));
        report.notApplicable().forEach(rule -> accounted.add(rule.rule().id()));
        assertThat(accounted).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(SCOTLAND.rules().stream().map(RuleDescriptor::id).toList());
        assertThat(report.notApplicable()).extracting(rule -> rule.rule().id(), NotApplicableRule::reason)
                .contains(org.assertj.core.groups.Tuple.tuple("SCO-SG2020-P4-CHILDREN-ENGAGED", "in force from 2020-04-01"));
    }

    @Test
    void aFindingTakesItsIdSeverityCitationAndRemedyFromItsRulesMetadataAndNamesThePlanElement() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched(
                "priorities: [{id: P1, title: Safe, aims: [WELLBEING, INTEGRATED_FROM_RECIPIENTS_VIEW, "
                        + "BEST_USE_OF_RESOURCES, RELATED_SERVICES_WELLBEING], wellbeingIndicators: [SAFE]}]"));
        RuleDescriptor rule = SCOTLAND.rules().stream().filter(r -> r.id().equals("SCO-CYPSA-S9-EARLY-ACTION")).findFirst().orElseThrow();
        assertThat(report.findingsOf("SCO-CYPSA-S9-EARLY-ACTION"))
                .extracting(Finding::pointer, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/priorities",
                        "No priority or action addresses the aim of early action and prevention (missing: priority, action)"));
        assertThat(report.findingsOf("SCO-CYPSA-S9-EARLY-ACTION")).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(rule.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.citation()).isEqualTo(rule.citation());
            assertThat(finding.citation().url()).isEqualTo("https://www.legislation.gov.uk/asp/2014/8/section/9");
            assertThat(finding.title()).isEqualTo(rule.title());
            assertThat(finding.remedy()).isEqualTo(rule.remedy());
        });
    }

    @Test
    void aFindingOnOneElementOfAListNamesThatElementsPointer() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("""
                measures:
                  - {id: M1, title: Referrals, baseline: {value: "1"}, target: {value: "2"}, priorities: [P1]}
                  - {id: M2, title: Exclusions, baseline: {value: "1"}, priorities: [P1]}
                """));
        assertThat(report.findingsOf("SCO-PRACTICE-MEASURE-BASELINE-TARGET"))
                .extracting(Finding::pointer, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/measures/1", "The measure 'Exclusions' records no target"));
    }

    @Test
    void oneElementObjectListedAtTwoPlacesIsReportedOnceAtItsFirstPlace() {
        Plan plan = TestPlans.patched("""
                measures:
                  - {id: M1, title: Referrals, baseline: {value: "1"}, target: {value: "2"}, priorities: [P1]}
                  - {id: M2, title: Exclusions, baseline: {value: "1"}, priorities: [P1]}
                """);
        Measure withoutTarget = plan.measures().get(1);
        Plan twice = PlanBuilder.builder(plan).measures(List.of(withoutTarget, plan.measures().get(0), withoutTarget))
                .build();
        assertThat(SCOTLAND.check(twice).findingsOf("SCO-PRACTICE-MEASURE-BASELINE-TARGET"))
                .extracting(Finding::pointer)
                .containsExactly("/measures/0");
    }

    @Test
    void aPlanOfManyPropagationBatchesIsJudgedOnEveryElementWhicheverBatchItIsIn() {
        // A check propagates inserted facts in batches of 512: the three measures without a target lie in three
        // batches, the last in the final, partial one, and the one action that names an indicator after the first.
        ComplianceReport report = SCOTLAND.check(largePlan(3_000, 2_000, true));
        assertThat(report.findingsOf("SCO-PRACTICE-MEASURE-BASELINE-TARGET"))
                .extracting(Finding::pointer)
                .containsExactly("/measures/0", "/measures/1400", "/measures/2999");
        assertThat(report.passed()).extracting(RuleDescriptor::id)
                .contains("SCO-CYPSA-S96-WELLBEING-INDICATORS");

        ComplianceReport withoutIndicators = SCOTLAND.check(largePlan(3_000, 2_000, false));
        assertThat(withoutIndicators.findingsOf("SCO-CYPSA-S96-WELLBEING-INDICATORS")).hasSize(1);
    }

    /**
     * The compliant plan with {@code measureCount} copies of its first measure (those at 0, 1,400 and the last without
     * a target) and {@code actionCount} copies of its first action, where only the last action names a wellbeing
     * indicator, and only when {@code lastActionNamesAnIndicator}.
     */
    private static Plan largePlan(int measureCount, int actionCount, boolean lastActionNamesAnIndicator) {
        Plan compliant = TestPlans.compliant();
        List<Measure> measures = new ArrayList<>();
        for (int index = 0; index < measureCount; index++) {
            MeasureBuilder measure = MeasureBuilder.builder(compliant.measures().get(0)).id("M" + index);
            if (index == 0 || index == 1_400 || index == measureCount - 1) {
                measure.target(null);
            }
            measures.add(measure.build());
        }
        List<Action> actions = new ArrayList<>();
        for (int index = 0; index < actionCount; index++) {
            boolean names = lastActionNamesAnIndicator && index == actionCount - 1;
            actions.add(ActionBuilder.builder(compliant.actions().get(0)).id("A" + index)
                    .wellbeingIndicators(names ? List.of(WellbeingIndicator.SAFE) : List.of()).build());
        }
        return PlanBuilder.builder(compliant)
                .priorities(compliant.priorities().stream()
                        .map(priority -> PriorityBuilder.builder(priority).wellbeingIndicators(List.of()).build())
                        .toList())
                .outcomes(List.of())
                .actions(actions)
                .measures(measures)
                .build();
    }

    @Test
    void findingsAreOrderedBySeverityThenRuleIdThenPointer() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("governance: null\nbodies: []\nservices: []\nneedsAssessment: null"));
        assertThat(report.findings()).isSortedAccordingTo(Finding.REPORT_ORDER);
        assertThat(report.findings()).extracting(Finding::severity)
                .containsSubsequence(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }

    @Test
    void theVerdictFailsAtTheChosenLevelAndCountsFindingsBySeverity() {
        // Without its needs assessment the plan shows no shared assessment of needs (2016 guidance, a warning) and
        // neither kind of information nor indicators of need (two info).
        ComplianceReport warningsAndInfo = SCOTLAND.check(TestPlans.patched("needsAssessment: null"));
        ComplianceReportAssert.assertThat(warningsAndInfo)
                .hasCount(Severity.ERROR, 0).hasCount(Severity.WARNING, 1).hasCount(Severity.INFO, 2)
                .passes(FailLevel.ERROR).fails(FailLevel.WARNING).fails(FailLevel.INFO).passes(FailLevel.NEVER);
        assertThat(warningsAndInfo.counts()).containsEntry(Severity.ERROR, 0).containsEntry(Severity.WARNING, 1)
                .containsEntry(Severity.INFO, 2);
        assertThat(warningsAndInfo.passes()).isTrue();
        ComplianceReport errors = SCOTLAND.check(TestPlans.patched("services: []"));
        ComplianceReportAssert.assertThat(errors).fails(FailLevel.ERROR).passes(FailLevel.NEVER);
    }

    @Test
    void theCoverageMatrixShowsEachAimAgainstThePrioritiesActionsAndMeasuresThatAddressIt() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("""
                priorities:
                  - {id: P1, title: Safe, aims: [WELLBEING], wellbeingIndicators: [SAFE]}
                  - {id: P2, title: Early, aims: [EARLY_ACTION_AND_PREVENTION]}
                actions:
                  - {id: A1, title: Support, priorities: [P1], measures: [M1]}
                  - {id: A2, title: Prevent, aims: [BEST_USE_OF_RESOURCES], measures: [M2]}
                measures:
                  - {id: M1, title: Referrals, baseline: {value: "1"}, target: {value: "2"}}
                  - {id: M2, title: Spend, baseline: {value: "1"}, target: {value: "2"}}
                  - {id: M3, title: Early help, baseline: {value: "1"}, target: {value: "2"}, priorities: [P2]}
                """));
        assertThat(report.coverage()).extracting(AimCoverage::aim).containsExactly(StatutoryAim.values());
        assertThat(report.coverage()).extracting(AimCoverage::aim, AimCoverage::priorities, AimCoverage::actions, AimCoverage::measures)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.WELLBEING, List.of("P1"), List.of("A1"), List.of("M1")),
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.EARLY_ACTION_AND_PREVENTION, List.of("P2"), List.of(), List.of("M3")),
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.INTEGRATED_FROM_RECIPIENTS_VIEW, List.of(), List.of(), List.of()),
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.BEST_USE_OF_RESOURCES, List.of(), List.of("A2"), List.of("M2")),
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.RELATED_SERVICES_WELLBEING, List.of(), List.of(), List.of()));
        // A priority (early action) or an action (resources) that addresses an aim shows the plan prepared with a view
        // to it; an aim nothing addresses is not evidenced, at the plan's priorities.
        assertThat(report.findingsOf("SCO-CYPSA-S9-EARLY-ACTION")).isEmpty();
        assertThat(report.findingsOf("SCO-CYPSA-S9-BEST-USE-OF-RESOURCES")).isEmpty();
        assertThat(report.findingsOf("SCO-CYPSA-S9-INTEGRATED")).extracting(Finding::pointer, Finding::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/priorities", RuleOutcome.NOT_EVIDENCED));
        assertThat(report.findingsOf("SCO-CYPSA-S9-WELLBEING")).isEmpty();
    }

    @Test
    void theCoverageMatrixListsEveryElementThatAddressesAnAimOnceEvenWhenAnUnvalidatedPlanRepeatsAnId() {
        ComplianceReport report = SCOTLAND.check(TestPlans.patched("""
                priorities:
                  - {id: P1, title: Safe and early, aims: [WELLBEING, EARLY_ACTION_AND_PREVENTION]}
                  - {id: P1, title: Safe again, aims: [WELLBEING]}
                actions:
                  - {id: A1, title: Support, priorities: [P1, P9], measures: [M1]}
                  - {id: A2, title: Join up, aims: [INTEGRATED_FROM_RECIPIENTS_VIEW], measures: [M1, M9]}
                  - {id: A3, title: Unaimed, priorities: [P9], measures: [M2]}
                measures:
                  - {id: M1, title: Referrals, baseline: {value: "1"}, target: {value: "2"}}
                  - {id: M2, title: Spend, baseline: {value: "1"}, target: {value: "2"}}
                """));
        assertThat(report.coverage()).extracting(AimCoverage::aim, AimCoverage::priorities, AimCoverage::actions, AimCoverage::measures)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.WELLBEING, List.of("P1", "P1"), List.of("A1"), List.of("M1")),
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.EARLY_ACTION_AND_PREVENTION, List.of("P1"), List.of("A1"), List.of("M1")),
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.INTEGRATED_FROM_RECIPIENTS_VIEW, List.of(), List.of("A2"), List.of("M1")),
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.BEST_USE_OF_RESOURCES, List.of(), List.of(), List.of()),
                        org.assertj.core.groups.Tuple.tuple(StatutoryAim.RELATED_SERVICES_WELLBEING, List.of(), List.of(), List.of()));
    }

    @Test
    void theJsonFormOfTheReportIsVersionedAndCarriesEveryPartOfTheReport() throws Exception {
        ComplianceReport report = SCOTLAND.check(TestPlans.compliantDocument(), LocalDate.of(2019, 5, 1));
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.get("reportVersion").asText()).isEqualTo("2");
        assertThat(json.at("/plan/id").asText()).isEqualTo("test-compliant");
        assertThat(json.at("/plan/source").asText()).isEqualTo("compliant-plan.yaml");
        assertThat(json.get("asOf").asText()).isEqualTo("2019-05-01");
        assertThat(json.get("completeRecord").asBoolean()).isTrue();
        assertThat(json.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.at("/counts/ERROR").asInt()).isEqualTo(1);
        assertThat(json.at("/findings/0/ruleId").asText()).isEqualTo("SCO-CYPSA-S13-ANNUAL-REPORT");
        assertThat(json.at("/findings/0/outcome").asText()).isEqualTo("NOT_EVIDENCED");
        assertThat(json.at("/findings/0/citation/provision").asText()).isEqualTo("s13(1)");
        assertThat(json.at("/findings/0/pointer").asText()).isEqualTo("/annualReports");
        assertThat(json.at("/packs/0/id").asText()).isEqualTo("scotland");
        assertThat(json.get("met").findValuesAsText("ruleId")).contains("SCO-CYPSA-S9-WELLBEING");
        assertThat(json.at("/met").findValues("pointer")).isNotEmpty();
        java.util.Set<String> accounted = new java.util.HashSet<>(json.get("passed").findValuesAsText("ruleId"));
        json.get("passed").forEach(id -> accounted.add(id.asText()));
        json.get("notApplicable").forEach(rule -> accounted.add(rule.get("ruleId").asText()));
        json.get("findings").forEach(finding -> accounted.add(finding.get("ruleId").asText()));
        assertThat(accounted).hasSize(SCOTLAND.rules().size());
        assertThat(json.at("/coverage/1/aim").asText()).isEqualTo("EARLY_ACTION_AND_PREVENTION");
        assertThat(json.at("/coverage/1/provision").asText()).isEqualTo("s9(2)(a)(ii)");
        assertThat(report.toJson()).doesNotContain("null");
    }

    @Test
    void manyChecksFromManyThreadsOnOneCheckerGiveTheSameReportsAsOneThread() throws Exception {
        List<Plan> plans = List.of(
                TestPlans.compliant(),
                TestPlans.patched("governance: null\nneedsAssessment: null"),
                TestPlans.patched("services: []\nbodies: []"),
                TestPlans.patched("consultations: [{id: C1, groups: [OTHER]}]\nperiod: {start: 2018-04-01, end: 2021-03-31}"),
                largePlan(1_500, 1_000, true));
        List<LocalDate> dates = List.of(LocalDate.of(2017, 4, 1), LocalDate.of(2019, 6, 1), LocalDate.of(2021, 1, 1));
        List<ComplianceReport> expected = new ArrayList<>();
        for (Plan plan : plans) {
            for (LocalDate date : dates) {
                expected.add(SCOTLAND.check(plan, date));
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ComplianceReport>>> runs = new ArrayList<>();
            for (int run = 0; run < 64; run++) {
                runs.add(threads.submit(() -> {
                    List<ComplianceReport> reports = new ArrayList<>();
                    for (Plan plan : plans) {
                        for (LocalDate date : dates) {
                            reports.add(SCOTLAND.check(plan, date));
                        }
                    }
                    return reports;
                }));
            }
            for (Future<List<ComplianceReport>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
        // The plans and dates are chosen so that the reports differ: the threads could not pass by returning one report.
        assertThat(expected.stream().map(ComplianceReport::findings).distinct().count()).isGreaterThan(plans.size());
    }
}
