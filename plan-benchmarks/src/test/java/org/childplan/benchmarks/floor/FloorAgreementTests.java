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
import org.childplan.model.NeedsAssessment;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanStatus;
import org.childplan.model.Priority;
import org.childplan.model.PriorityBuilder;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The floor makes the same findings as the Drools checker, so that it cannot drift from the rules it stands for: on
 * every example plan, on a bare plan that misses almost everything, and on the grown plans of every benchmark size,
 * each at dates either side of the guidance's commencements.
 */
class FloorAgreementTests {

    /**
     * Dates either side of the 2014 Act's and the 2020 guidance's commencement (and so of the 2016 guidance's end),
     * within the 2016 guidance's force, and during and after Glenardoch's period.
     */
    private static final List<LocalDate> AS_OF_DATES = List.of(
            LocalDate.of(2017, 3, 31), LocalDate.of(2017, 4, 1), LocalDate.of(2019, 6, 30), LocalDate.of(2020, 3, 31),
            LocalDate.of(2020, 4, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2026, 6, 1));

    private static PlanChecker drools;
    private static ScotlandFloorChecker floor;

    @BeforeAll
    static void buildCheckers() {
        drools = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
        floor = ScotlandFloorChecker.create();
    }

    static Stream<Arguments> examplesAtDates() {
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
        return cases.stream();
    }

    /** Glenardoch changed just over or just under the thresholds of the rules' conditions. */
    private static Map<String, Plan> boundaries(Plan glenardoch) {
        Map<String, Plan> plans = new LinkedHashMap<>();
        List<Priority> sixPriorities = new ArrayList<>(glenardoch.priorities());
        sixPriorities.add(PriorityBuilder.builder(glenardoch.priorities().get(0)).id("sixth").build());
        plans.put("six priorities", PlanBuilder.builder(glenardoch).priorities(sixPriorities).build());
        AnnualReport report = glenardoch.annualReports().get(0);
        plans.put("an annual report published on 30 June", PlanBuilder.builder(glenardoch).annualReports(List.of(
                withPublished(report, report.coversTo().plusMonths(3)))).build());
        plans.put("an annual report published on 1 July", PlanBuilder.builder(glenardoch).annualReports(List.of(
                withPublished(report, report.coversTo().plusMonths(3).plusDays(1)))).build());
        plans.put("an unpublished annual report", PlanBuilder.builder(glenardoch).annualReports(List.of(
                withPublished(report, null))).build());
        plans.put("an annual report ending the day before the year", PlanBuilder.builder(glenardoch).annualReports(
                List.of(new AnnualReport(report.title(), report.coversFrom(),
                        report.coversTo().minusDays(1), report.published(), report.location()))).build());
        NeedsAssessment assessment = glenardoch.needsAssessment();
        plans.put("a needs assessment by one body without sources", PlanBuilder.builder(glenardoch).needsAssessment(
                new NeedsAssessment(assessment.title(), assessment.date(),
                        assessment.preparedBy().subList(0, 1), List.of(), assessment.findings())).build());
        plans.put("a needs assessment by two bodies", PlanBuilder.builder(glenardoch).needsAssessment(
                new NeedsAssessment(assessment.title(), assessment.date(),
                        assessment.preparedBy().subList(0, 2), assessment.sources(), assessment.findings())).build());
        plans.put("no health board among the preparers", PlanBuilder.builder(glenardoch).bodies(
                glenardoch.bodies().stream()
                        .filter(body -> body.type() != BodyType.HEALTH_BOARD).toList()).build());
        plans.put("an unpublished draft whose period has not begun", PlanBuilder.builder(glenardoch)
                .status(PlanStatus.DRAFT).publication(null)
                .period(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), null))
                .build());
        plans.put("an approved plan without publication", PlanBuilder.builder(glenardoch)
                .status(PlanStatus.APPROVED).publication(null).build());
        plans.put("a period ending on 1 April", PlanBuilder.builder(glenardoch)
                .period(new Period(LocalDate.of(2023, 4, 1), LocalDate.of(2026, 4, 1), null))
                .build());
        return plans;
    }

    private static AnnualReport withPublished(
            AnnualReport report, LocalDate published) {
        return new AnnualReport(report.title(), report.coversFrom(), report.coversTo(), published,
                report.location());
    }

    static Stream<Arguments> grownPlans() {
        return BenchmarkPlans.SIZES.stream().flatMap(size -> {
            Plan plan = BenchmarkPlans.withActions(size);
            return Stream.of(
                    Arguments.of(size + " actions at the start of the period", plan, null),
                    Arguments.of(size + " actions after the period", plan, LocalDate.of(2026, 6, 1)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesAtDates")
    void theFloorFindsWhatTheDroolsCheckerFindsOnEveryExamplePlan(String name, Plan plan, LocalDate asOf) {
        assertSameReport(plan, asOf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grownPlans")
    void theFloorFindsWhatTheDroolsCheckerFindsOnTheGrownPlansOfEverySize(String name, Plan plan, LocalDate asOf) {
        assertSameReport(plan, asOf);
    }

    @Test
    void theCasesComparedMakeEveryRuleFindSomethingAndEveryRulePass() {
        Set<String> found = new TreeSet<>();
        Set<String> passed = new TreeSet<>();
        Stream.concat(examplesAtDates(), grownPlans()).forEach(arguments -> {
            ComplianceReport report = check(drools, (Plan) arguments.get()[1], (LocalDate) arguments.get()[2]);
            report.findings().forEach(finding -> found.add(finding.ruleId()));
            report.passed().forEach(rule -> passed.add(rule.id()));
        });
        Set<String> every = new TreeSet<>();
        drools.rules().forEach(rule -> every.add(rule.id()));

        assertThat(found).as("rules that found something in some case").isEqualTo(every);
        assertThat(passed).as("rules that passed in some case").isEqualTo(every);
    }

    private static void assertSameReport(Plan plan, LocalDate asOf) {
        ComplianceReport expected = check(drools, plan, asOf);
        ComplianceReport actual = asOf == null ? floor.check(plan) : floor.check(plan, asOf);

        assertThat(actual.asOf()).isEqualTo(expected.asOf());
        assertThat(actual.findings())
                .extracting(finding -> finding.ruleId() + " at '" + finding.pointer() + "'")
                .as("findings (rule id and pointer) in report order")
                .containsExactlyElementsOf(expected.findings().stream()
                        .map(finding -> finding.ruleId() + " at '" + finding.pointer() + "'").toList());
        assertThat(actual.passed()).extracting(RuleDescriptor::id).as("passed rules")
                .containsExactlyElementsOf(expected.passed().stream().map(RuleDescriptor::id).toList());
        assertThat(actual.notApplicable()).extracting(rule -> rule.rule().id()).as("rules not applicable")
                .containsExactlyElementsOf(expected.notApplicable().stream()
                        .map((NotApplicableRule rule) -> rule.rule().id()).toList());
        assertThat(actual.coverage()).as("coverage matrix").isEqualTo(expected.coverage());
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
