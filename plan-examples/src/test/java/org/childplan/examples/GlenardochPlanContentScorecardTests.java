package org.childplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Measure;
import org.childplan.model.EvidenceNature;
import org.childplan.model.EvidenceSubject;
import org.childplan.model.MeasureBuilder;
import org.childplan.model.NeedsAssessmentBuilder;
import org.childplan.model.NeedsEvidence;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.Priority;
import org.childplan.model.PriorityBuilder;
import org.childplan.model.VisionBuilder;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Score;
import org.childplan.rules.ScorecardRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The complete Glenardoch plan against what the national review of Scottish plans scores. */
class GlenardochPlanContentScorecardTests {

    private static final PlanChecker CHECKER = PlanChecker.forAllJurisdictions();
    private static final List<String> ROWS = List.of("1", "2", "3", "4", "5", "9", "13", "14");

    private static Plan glenardoch;

    @BeforeAll
    static void read() throws PlanReadException {
        glenardoch = ExamplePlans.GLENARDOCH_CSP_2023_2026.read().plan();
    }

    @Test
    void theCompletePlanFullyMeetsEveryCriterionOnTheVisionNationalOutcomesNeedsPrioritiesRightsMonitoringAndSmart() {
        Map<String, ScorecardRow> rows = ReviewScorecards.byCriterion(CHECKER.check(glenardoch));

        assertThat(ROWS).allSatisfy(id -> assertThat(rows.get(id).score()).as("criterion %s", id)
                .isEqualTo(Score.FULLY_MET));
    }

    static Stream<Arguments> removals() {
        return Stream.of(
                removal("the vision", "1", plan -> PlanBuilder.builder(plan).vision(null).build()),
                removal("the partners sharing the vision", "1", plan -> PlanBuilder.builder(plan)
                        .vision(VisionBuilder.builder(plan.vision()).sharedBy(List.of()).build()).build()),
                removal("what the vision will achieve by the end of the plan", "1", plan -> PlanBuilder.builder(plan)
                        .vision(VisionBuilder.builder(plan.vision()).byEndOfPlan(null).build()).build()),
                removal("the vision's national outcomes", "2", plan -> PlanBuilder.builder(plan)
                        .vision(VisionBuilder.builder(plan.vision()).nationalOutcomes(List.of()).build()).build()),
                removal("a priority's national outcomes", "2", priority(0, p -> PriorityBuilder.builder(p)
                        .nationalOutcomes(List.of()).build())),
                removal("an action's national outcomes", "2", action(0, a -> ActionBuilder.builder(a)
                        .nationalOutcomes(List.of()).build())),
                removal("the needs assessment's method", "3", plan -> PlanBuilder.builder(plan)
                        .needsAssessment(NeedsAssessmentBuilder.builder(plan.needsAssessment()).method(null).build())
                        .build()),
                removal("a priority's rationale", "5", priority(1, p -> PriorityBuilder.builder(p)
                        .rationale(List.of()).build())),
                removal("the needs assessment's qualitative evidence", "4", evidenceWithout(
                        evidence -> evidence.nature() == EvidenceNature.QUALITATIVE)),
                removal("the needs assessment's evidence on service performance", "3", evidenceWithout(
                        evidence -> evidence.subject() == EvidenceSubject.SERVICE_PERFORMANCE)),
                removal("the needs assessment's evidence on the child population", "3", evidenceWithout(
                        evidence -> evidence.subject() == EvidenceSubject.POPULATION)),
                removal("the needs assessment's evidence on child wellbeing", "4", evidenceWithout(
                        evidence -> evidence.subject() == EvidenceSubject.WELLBEING)),
                removal("every action's children's rights", "9", plan -> PlanBuilder.builder(plan)
                        .actions(plan.actions().stream().map(a -> ActionBuilder.builder(a).uncrcArticles(List.of())
                                .build()).toList()).build()),
                removal("the monitoring framework", "13", plan -> PlanBuilder.builder(plan).monitoring(null).build()),
                removal("a measure's owner", "13", measure(2, m -> MeasureBuilder.builder(m).owner(null).build())),
                removal("a measure's data source", "13", measure(3, m -> MeasureBuilder.builder(m).dataSource(null)
                        .build())),
                removal("a measure's target and direction of travel", "13", measure(3, m -> MeasureBuilder.builder(m)
                        .target(null).direction(null).build())),
                removal("an action's measures", "13", action(4, a -> ActionBuilder.builder(a).measures(List.of())
                        .build())),
                removal("a priority's timescale", "14", priority(2, p -> PriorityBuilder.builder(p).timescale(null)
                        .build())),
                removal("an action's timescale", "14", action(5, a -> ActionBuilder.builder(a).timescale(null)
                        .build())),
                removal("an action's lead", "14", action(6, a -> ActionBuilder.builder(a).lead(null).build())),
                removal("the accessibility section", "14", plan -> PlanBuilder.builder(plan).accessibility(null)
                        .build()));
    }

    @ParameterizedTest(name = "without {0} the plan no longer fully meets criterion {1} and has a finding")
    @MethodSource("removals")
    void removingAReviewedElementLowersTheScoreAndProducesAFinding(String element, String criterion,
            UnaryOperator<Plan> remove) {
        Map<String, ScorecardRow> complete = ReviewScorecards.byCriterion(CHECKER.check(glenardoch));
        ComplianceReport report = CHECKER.check(remove.apply(glenardoch));
        ScorecardRow row = ReviewScorecards.byCriterion(report).get(criterion);

        assertThat(complete.get(criterion).score()).isEqualTo(Score.FULLY_MET);
        assertThat(row.score()).as("criterion %s without %s", criterion, element)
                .isIn(Score.PARTLY_MET, Score.NOT_MET);
        assertThat(report.findings()).extracting(Finding::ruleId).containsAnyElementsOf(row.shortfalls());
    }

    private static Arguments removal(String element, String criterion, UnaryOperator<Plan> remove) {
        return Arguments.of(element, criterion, remove);
    }

    private static UnaryOperator<Plan> priority(int index, UnaryOperator<Priority> change) {
        return plan -> PlanBuilder.builder(plan).priorities(replace(plan.priorities(), index, change)).build();
    }

    private static UnaryOperator<Plan> action(int index, UnaryOperator<Action> change) {
        return plan -> PlanBuilder.builder(plan).actions(replace(plan.actions(), index, change)).build();
    }

    private static UnaryOperator<Plan> measure(int index, UnaryOperator<Measure> change) {
        return plan -> PlanBuilder.builder(plan).measures(replace(plan.measures(), index, change)).build();
    }

    private static UnaryOperator<Plan> evidenceWithout(Predicate<NeedsEvidence> dropped) {
        return plan -> PlanBuilder.builder(plan).needsAssessment(NeedsAssessmentBuilder.builder(plan.needsAssessment())
                .evidence(plan.needsAssessment().evidence().stream().filter(dropped.negate()).toList()).build())
                .build();
    }

    private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }
}
