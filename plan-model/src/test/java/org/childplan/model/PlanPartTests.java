package org.childplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * The parts of a plan are worked out from its components, and a new component that holds records is a part without
 * being listed anywhere else: these tests fail naming a component that the derivation would miss.
 */
class PlanPartTests {

    private static List<String> names(List<PlanPart> parts) {
        return parts.stream().map(PlanPart::name).toList();
    }

    @Test
    void thePartsOfThePlanAreItsComponentsThatHoldRecordsOrListsOfRecordsInComponentOrder() {
        List<PlanPart> parts = PlanPart.ofPlan();

        assertThat(names(parts)).containsSubsequence("previousPlan", "period", "bodies", "governance", "actions",
                "resources", "girfec", "familySupport", "consultations", "linkedPlans", "sources", "themes");
        assertThat(names(parts)).doesNotContain("id", "title", "jurisdiction", "date", "includes", "completeRecord",
                "extensions");
        PlanPart actions = parts.get(names(parts).indexOf("actions"));
        assertThat(actions.isList()).isTrue();
        assertThat(actions.elementType()).isEqualTo(Action.class);
        PlanPart governance = parts.get(names(parts).indexOf("governance"));
        assertThat(governance.isList()).isFalse();
        assertThat(governance.elementType()).isEqualTo(Governance.class);
        assertThat(governance).hasToString("Plan.governance");
        assertThat(actions).hasToString("Plan.actions[]");
    }

    @Test
    void everyComponentOfThePlanThatHoldsARecordOtherThanADateIsAPart() {
        List<String> parts = names(PlanPart.ofPlan());
        List<String> missed = new ArrayList<>();
        for (RecordComponent component : Plan.class.getRecordComponents()) {
            Class<?> held = heldType(component);
            if (held.isRecord() && held != PartialDate.class && !parts.contains(component.getName())) {
                missed.add("Plan." + component.getName() + " holds " + held.getSimpleName()
                        + " but is no part of the plan: mark it (or its list's elements) @Valid");
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void theResourcesHaveTheirContributionsFundingStreamsAllocationsAndShiftAsParts() {
        assertThat(names(PlanPart.of(Resources.class)))
                .containsExactly("contributions", "fundingStreams", "allocations", "shiftToPrevention");
        assertThat(PlanPart.of(LinkedPlan.class)).isEmpty();
    }

    @Test
    void aPartGivesWhatItHoldsInAPlanAndItsElementsWithoutNulls() {
        Plan plan = TestPlans.rich();
        Function<String, PlanPart> part = name -> PlanPart.ofPlan().stream()
                .filter(each -> each.name().equals(name)).findFirst().orElseThrow();

        assertThat(part.apply("actions").valueIn(plan)).isEqualTo(plan.actions());
        assertThat(part.apply("actions").elementsIn(plan)).containsExactlyElementsOf(plan.actions());
        assertThat(part.apply("period").elementsIn(plan)).containsExactly(plan.period());
        Plan without = PlanBuilder.builder(plan).period(null).bodies(Arrays.asList(plan.bodies().get(0), null)).build();
        assertThat(part.apply("period").valueIn(without)).isNull();
        assertThat(part.apply("period").elementsIn(without)).isEmpty();
        assertThat(part.apply("bodies").elementsIn(without)).containsExactly(plan.bodies().get(0));
    }

    @Test
    void aPartReadFromARecordOfAnotherTypeIsRefused() {
        PlanPart governance = PlanPart.ofPlan().get(names(PlanPart.ofPlan()).indexOf("governance"));

        assertThatThrownBy(() -> governance.valueIn(new LinkedPlan("t", LinkedPlanKind.values()[0], null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyListAndMapOfThePlanIsCopiedSoThatThePlanStaysImmutableAndNeverHoldsNull() throws Exception {
        RecordComponent[] components = Plan.class.getRecordComponents();
        Object[] mutable = new Object[components.length];
        Object[] missing = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            mutable[i] = type == List.class ? new ArrayList<>() : type == Map.class ? new HashMap<>() : null;
        }
        Constructor<Plan> canonical = Plan.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Plan fromMutable = canonical.newInstance(mutable);
        Plan fromMissing = canonical.newInstance(missing);

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (mutable[i] == null) {
                continue;
            }
            Object copied = component.getAccessor().invoke(fromMutable);
            if (copied == mutable[i] || copied == null) {
                wrong.add(component.getName() + " keeps the caller's collection");
            }
            if (component.getAccessor().invoke(fromMissing) == null) {
                wrong.add(component.getName() + " is null when not given");
            }
        }
        assertThat(wrong).as("add each to Plan's compact constructor with Copies.list or Copies.map").isEmpty();
    }

    private static Class<?> heldType(RecordComponent component) {
        Type type = component.getGenericType();
        if (component.getType() == List.class && type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
    }
}
