package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Body;
import org.childplan.model.BodyBuilder;
import org.childplan.model.MeasureBuilder;
import org.childplan.model.MeasureValueBuilder;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.Priority;
import org.childplan.model.PriorityBuilder;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingValuesTests {

    @Test
    void aWellFormedPlanLacksNothing() {
        assertThat(MissingValues.in(TestPlans.rich())).isFalse();
        assertThat(MissingValues.in(TestPlans.minimal())).isFalse();
    }

    /** Plans that each lack one value, at each depth of the model, with the pointer the validator gives it. */
    static Stream<Object[]> plansLackingAValue() {
        Plan rich = TestPlans.rich();
        return Stream.of(
                lacking("/status", plan -> PlanBuilder.builder(plan).status(null).build()),
                lacking("/id", plan -> PlanBuilder.builder(plan).id(null).build()),
                lacking("/period/start", plan -> PlanBuilder.from(plan).withPeriod(
                        new Period(null, plan.period().end(), null))),
                lacking("/bodies/1/type", plan -> PlanBuilder.from(plan).withBodies(
                        replace(plan.bodies(), 1, BodyBuilder.builder(plan.bodies().get(1)).type(null).build()))),
                lacking("/bodies/2", plan -> PlanBuilder.from(plan).withBodies(replace(plan.bodies(), 2, null))),
                lacking("/actions/0/priorities/0", plan -> PlanBuilder.from(plan).withActions(replace(plan.actions(), 0,
                        ActionBuilder.builder(plan.actions().get(0)).priorities(Arrays.asList((String) null)).build()))),
                lacking("/priorities/0/aims/0", plan -> PlanBuilder.from(plan).withPriorities(replace(plan.priorities(),
                        0, PriorityBuilder.builder(plan.priorities().get(0)).aims(Arrays.asList(null, null)).build()))),
                lacking("/measures/0/baseline/value", plan -> PlanBuilder.from(plan).withMeasures(replace(
                        plan.measures(), 0, MeasureBuilder.builder(plan.measures().get(0))
                                .baseline(MeasureValueBuilder.builder().date(LocalDate.of(2026, 3, 31)).build())
                                .build()))))
                .map(variant -> new Object[] {variant.pointer(), variant.change().apply(rich)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansLackingAValue")
    void aPlanLackingAValueIsFoundAndTheValidatorAgreesWhere(String pointer, Plan plan) {
        assertThat(MissingValues.in(plan)).isTrue();
        assertThat(PlanValidator.create().validate(plan)).extracting(PlanViolation::pointer).contains(pointer);
    }

    @Test
    void aPlanWhoseOnlyFaultsAreBlanksOrDanglingReferencesLacksNothing() {
        Plan rich = TestPlans.rich();
        List<Body> bodies = new ArrayList<>(rich.bodies());
        bodies.set(0, BodyBuilder.builder(bodies.get(0)).name(" ").build());
        Priority priority = PriorityBuilder.builder(rich.priorities().get(0)).id("P 1").build();
        Plan plan = PlanBuilder.builder(rich).bodies(bodies).priorities(replace(rich.priorities(), 0, priority)).build();

        assertThat(PlanValidator.create().validate(plan)).isNotEmpty();
        assertThat(MissingValues.in(plan)).isFalse();
    }

    private static Variant lacking(String pointer, UnaryOperator<Plan> change) {
        return new Variant(pointer, change);
    }

    private static <T> List<T> replace(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }

    private record Variant(String pointer, UnaryOperator<Plan> change) {
    }
}
