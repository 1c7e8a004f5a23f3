package org.childplan.benchmarks.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.childplan.benchmarks.BenchmarkPlans;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.AnnualReport;
import org.childplan.model.BodyType;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanStatus;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The floor makes the same findings as the Drools checker restricted to the floor's core rules, so that it cannot
 * drift from the rules it stands for: on every example plan, on a bare plan that misses almost everything, on plans
 * just either side of the core rules' thresholds and on grown plans of up to 1,000 actions, each at dates either
 * side of the commencements and of the annual report's falling due. Only the core is compared, so a rule added to the
 * pack needs no Java twin; findings are compared by rule id, pointer, outcome and severity, not by message, so a
 * rule's wording can change without the floor.
 */
class FloorAgreementTests {

    /**
     * Dates either side of the 2014 Act's and the 2020 guidance's commencement, within the 2016 guidance's force,
     * and during and after Glenardoch's period, either side of the day its first year's report is overdue.
     */
    private static final List<LocalDate> AS_OF_DATES = List.of(
            LocalDate.of(2017, 3, 31), LocalDate.of(2017, 4, 1), LocalDate.of(2019, 6, 30), LocalDate.of(2020, 3, 31),
            LocalDate.of(2020, 4, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1),
            LocalDate.of(2026, 6, 1));

    private static PlanChecker wholePack;
    private static PlanChecker core;
    private static ScotlandFloorChecker floor;

    @BeforeAll
    static void buildCheckers() {
        wholePack = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
        core = ScotlandFloorChecker.coreDroolsChecker();
        floor = ScotlandFloorChecker.create();
    }

    /** The cases of {@link #examplesAtDates()}, read once for the class. */
    private static List<Arguments> examplesAtDates;

    static synchronized Stream<Arguments> examplesAtDates() {
        if (examplesAtDates == null) {
            examplesAtDates = List.copyOf(readExamplesAtDates());
        }
        return examplesAtDates.stream();
    }

    private static List<Arguments> readExamplesAtDates() {
        List<Arguments> cases = new ArrayList<>();
        for (ExamplePlans example : ExamplePlans.values()) {
            Plan plan = BenchmarkPlans.read(example);
            if (plan.period() != null) {
                cases.add(Arguments.of(example.fileName() + " at the start of its period", plan, null));
            }
            AS_OF_DATES.forEach(date -> cases.add(Arguments.of(example.fileName() + " on " + date, plan, date)));
        }
        Plan bare = bare(BenchmarkPlans.glenardoch());
        cases.add(Arguments.of("a bare plan at the start of its period", bare, null));
        AS_OF_DATES.forEach(date -> cases.add(Arguments.of("a bare plan on " + date, bare, date)));
        boundaries(BenchmarkPlans.glenardoch()).forEach((name, plan) -> {
            cases.add(Arguments.of(name + " at the start of its period", plan, null));
            AS_OF_DATES.forEach(date -> cases.add(Arguments.of(name + " on " + date, plan, date)));
        });
        return cases;
    }

    /** Glenardoch changed just over or just under the thresholds of the core rules' conditions. */
    private static Map<String, Plan> boundaries(Plan glenardoch) {
        Map<String, Plan> plans = new LinkedHashMap<>();
        AnnualReport report = glenardoch.annualReports().get(0);
        plans.put("an unpublished annual report", PlanBuilder.builder(glenardoch).annualReports(List.of(
                withPublished(report, null))).build());
        plans.put("an annual report ending the day before the year", PlanBuilder.builder(glenardoch).annualReports(
                List.of(new AnnualReport(report.title(), report.coversFrom(),
                        report.coversTo().minusDays(1), report.published(), report.location()))).build());
        plans.put("no health board among the preparers", PlanBuilder.builder(glenardoch).bodies(
                glenardoch.bodies().stream()
                        .filter(body -> body.type() != BodyType.HEALTH_BOARD).toList()).build());
        plans.put("no consultation recorded, the bodies as they are", PlanBuilder.builder(glenardoch)
                .consultations(List.of()).build());
        plans.put("an unpublished draft whose period has not begun", PlanBuilder.builder(glenardoch)
                .status(PlanStatus.DRAFT).publication(null)
                .period(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), null))
                .build());
        plans.put("an approved plan without publication", PlanBuilder.builder(glenardoch)
                .status(PlanStatus.APPROVED).publication(null).build());
        plans.put("a period ending on 1 April", PlanBuilder.builder(glenardoch)
                .period(new Period(LocalDate.of(2023, 4, 1), LocalDate.of(2026, 4, 1), null))
                .build());
        plans.put("a period starting late", PlanBuilder.builder(glenardoch)
                .period(new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 31), null))
                .build());
        plans.put("no priority or action", PlanBuilder.builder(glenardoch)
                .priorities(List.of()).actions(List.of()).build());
        return plans;
    }

    private static AnnualReport withPublished(
            AnnualReport report, LocalDate published) {
        return new AnnualReport(report.title(), report.coversFrom(), report.coversTo(), published,
                report.location());
    }

    /**
     * Glenardoch grown to the benchmark sizes up to 1,000 actions; the 10,000-action plan is grown by the same code and
     * would double the time of this class.
     */
    static Stream<Arguments> grownPlans() {
        return BenchmarkPlans.SIZES.stream().filter(size -> size <= 1_000).flatMap(size -> {
            Plan plan = BenchmarkPlans.withActions(size);
            return Stream.of(
                    Arguments.of(size + " actions at the start of the period", plan, null),
                    Arguments.of(size + " actions after the period", plan, LocalDate.of(2026, 6, 1)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesAtDates")
    void theFloorFindsWhatTheCoreRulesFindOnEveryExamplePlan(String name, Plan plan, LocalDate asOf) {
        assertSameReport(plan, asOf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grownPlans")
    void theFloorFindsWhatTheCoreRulesFindOnTheGrownPlansOfEverySize(String name, Plan plan, LocalDate asOf) {
        assertSameReport(plan, asOf);
    }

    @Test
    void theCasesComparedMakeEveryCoreRuleFindSomethingAndEveryCoreRulePass() {
        Set<String> found = new TreeSet<>();
        Set<String> passed = new TreeSet<>();
        // The grown plans add no outcome the examples and boundaries lack, and would double the time of this class.
        examplesAtDates().forEach(arguments -> {
            ComplianceReport report = check(core, (Plan) arguments.get()[1], (LocalDate) arguments.get()[2]);
            report.findings().forEach(finding -> found.add(finding.ruleId()));
            report.passed().forEach(rule -> passed.add(rule.id()));
        });

        assertThat(found).as("core rules that found something in some case")
                .containsExactlyInAnyOrderElementsOf(ScotlandFloorChecker.CORE_RULES);
        assertThat(passed).as("core rules that passed in some case")
                .containsExactlyInAnyOrderElementsOf(ScotlandFloorChecker.CORE_RULES);
    }

    @Test
    void aRuleOfThePackOutsideTheCoreNeedsNoJavaTwin() {
        List<String> outsideTheCore = wholePack.rules().stream().map(RuleDescriptor::id)
                .filter(id -> !ScotlandFloorChecker.CORE_RULES.contains(id)).toList();
        Plan bare = bare(BenchmarkPlans.glenardoch());
        LocalDate asOf = LocalDate.of(2024, 6, 30);

        assertThat(outsideTheCore).as("rules of the pack the floor does not implement").isNotEmpty();
        assertThat(ScotlandFloorChecker.create().ruleIds()).as("the floor's rules")
                .containsExactlyElementsOf(ScotlandFloorChecker.CORE_RULES);
        assertThat(core.rules()).extracting(RuleDescriptor::id).as("the rules the floor is compared with")
                .containsExactlyInAnyOrderElementsOf(ScotlandFloorChecker.CORE_RULES);
        assertThat(wholePack.check(bare, asOf).findings()).extracting(Finding::ruleId)
                .as("a rule outside the core finds something on the bare plan").containsAnyElementsOf(outsideTheCore);
        assertThat(core.check(bare, asOf).findings()).extracting(Finding::ruleId)
                .as("and is not compared").doesNotContainAnyElementsOf(outsideTheCore);
        assertSameReport(bare, asOf);
    }

    @Test
    void theCoreNamesOnlyRulesOfThePackInIdOrder() {
        assertThat(ScotlandFloorChecker.CORE_RULES).isSorted().doesNotHaveDuplicates()
                .isSubsetOf(wholePack.rules().stream().map(RuleDescriptor::id).toList());
    }

    private static void assertSameReport(Plan plan, LocalDate asOf) {
        ComplianceReport expected = check(core, plan, asOf);
        ComplianceReport actual = asOf == null ? floor.check(plan) : floor.check(plan, asOf);

        assertThat(actual.asOf()).isEqualTo(expected.asOf());
        assertThat(described(actual.findings())).as("findings (rule id, pointer, outcome and severity)")
                .containsExactlyElementsOf(described(expected.findings()));
        assertThat(actual.passed()).extracting(RuleDescriptor::id).as("passed rules")
                .containsExactlyElementsOf(expected.passed().stream().map(RuleDescriptor::id).toList());
        assertThat(actual.notApplicable()).extracting(rule -> rule.rule().id()).as("rules not applicable")
                .containsExactlyElementsOf(expected.notApplicable().stream()
                        .map((NotApplicableRule rule) -> rule.rule().id()).toList());
        assertThat(actual.coverage()).as("coverage matrix").isEqualTo(expected.coverage());
    }

    /** The findings as the floor must match them, in an order that does not depend on their messages. */
    private static List<String> described(List<Finding> findings) {
        return findings.stream()
                .map(finding -> finding.ruleId() + " at '" + finding.pointer() + "' " + finding.outcome() + " "
                        + finding.severity())
                .sorted()
                .toList();
    }

    private static ComplianceReport check(PlanChecker checker, Plan plan, LocalDate asOf) {
        return asOf == null ? checker.check(plan) : checker.check(plan, asOf);
    }

    /** Glenardoch stripped of everything the rules look for, but still in a (wrong) draft period. */
    private static Plan bare(Plan plan) {
        return PlanBuilder.builder(plan)
                .id("bare")
                .status(PlanStatus.DRAFT)
                .period(new Period(LocalDate.of(2020, 4, 1), LocalDate.of(2024, 3, 31), null))
                .bodies(List.of())
                .governance(null)
                .needsAssessment(null)
                .priorities(List.of())
                .outcomes(List.of())
                .actions(List.of())
                .measures(plan.measures().stream()
                        .map(measure -> org.childplan.model.MeasureBuilder.builder(measure).target(null).build())
                        .toList())
                .services(List.of())
                .consultations(List.of())
                .childrensRights(null)
                .publication(null)
                .annualReports(List.of())
                .linkedPlans(List.of())
                .build();
    }
}
