package org.childplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.model.Action;
import org.childplan.model.Measure;
import org.childplan.model.Plan;
import org.childplan.model.Priority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BenchmarkPlansTests {

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 9, 10, 100, 1_000, 10_000})
    void aGrownPlanHasExactlyTheActionsAskedFor(int actions) {
        assertThat(BenchmarkPlans.withActions(actions).actions()).hasSize(actions);
    }

    @Test
    void separatelyGrownPlansAreEqualButShareNoElement() {
        List<Plan> plans = BenchmarkPlans.separatelyGrown(20, 3);
        assertThat(plans).hasSize(3).allSatisfy(plan -> assertThat(plan).isEqualTo(plans.get(0)));
        Set<Object> elements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Plan plan : plans) {
            for (List<?> list : List.of(plan.priorities(), plan.actions(), plan.measures(), plan.bodies(),
                    plan.consultations())) {
                list.forEach(element -> assertThat(elements.add(element)).as("shared: %s", element).isTrue());
            }
        }
        assertThatThrownBy(() -> BenchmarkPlans.separatelyGrown(20, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the number of plans must be positive, not 0");
    }

    @Test
    void aGrownPlanCopiesPrioritiesAndMeasuresAsOftenAsItsActionsNeed() {
        Plan glenardoch = BenchmarkPlans.glenardoch();
        int perCopy = glenardoch.actions().size();

        Plan grown = BenchmarkPlans.withActions(perCopy * 3 + 1);

        assertThat(grown.priorities()).hasSize(glenardoch.priorities().size() * 4);
        assertThat(grown.measures()).hasSize(glenardoch.measures().size() * 4);
        assertThat(grown.bodies()).isEqualTo(glenardoch.bodies());
        assertThat(grown.consultations()).isEqualTo(glenardoch.consultations());
    }

    @Test
    void theFirstCopyIsTheOriginalPlanElements() {
        Plan glenardoch = BenchmarkPlans.glenardoch();

        Plan grown = BenchmarkPlans.withActions(glenardoch.actions().size());

        assertThat(grown.actions()).isEqualTo(glenardoch.actions());
        assertThat(grown.priorities()).isEqualTo(glenardoch.priorities());
        assertThat(grown.measures()).isEqualTo(glenardoch.measures());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 10_000})
    void everyIdOfAGrownPlanIsUniqueAndEveryReferenceResolves(int actions) {
        Plan grown = BenchmarkPlans.withActions(actions);
        Set<String> priorities = uniqueIds(grown.priorities().stream().map(Priority::id).toList());
        Set<String> measures = uniqueIds(grown.measures().stream().map(Measure::id).toList());
        uniqueIds(grown.actions().stream().map(Action::id).toList());
        Set<String> bodies = uniqueIds(grown.bodies().stream().map(org.childplan.model.Body::id).toList());

        for (Action action : grown.actions()) {
            assertThat(priorities).as("priorities of action %s", action.id()).containsAll(action.priorities());
            assertThat(measures).as("measures of action %s", action.id()).containsAll(action.measures());
            if (action.lead() != null) {
                assertThat(bodies).as("lead of action %s", action.id()).contains(action.lead());
            }
            assertThat(bodies).as("partners of action %s", action.id()).containsAll(action.partners());
        }
        for (Measure measure : grown.measures()) {
            assertThat(priorities).as("priorities of measure %s", measure.id()).containsAll(measure.priorities());
        }
        assertThat(grown.actions()).anySatisfy(action -> assertThat(action.priorities()).isNotEmpty());
    }

    @Test
    void inEveryCopyAnIdAndTheReferencesToItAreOneStringAsInAPlanReadFromAFile() {
        Plan plan = BenchmarkPlans.withActions(100);
        Map<String, String> ids = new HashMap<>();
        plan.priorities().forEach(priority -> ids.put(priority.id(), priority.id()));
        plan.measures().forEach(measure -> ids.put(measure.id(), measure.id()));
        int references = 0;
        for (Action action : plan.actions()) {
            for (String reference : concat(action.priorities(), action.measures())) {
                assertThat(reference).isSameAs(ids.get(reference));
                references++;
            }
        }
        for (Measure measure : plan.measures()) {
            for (String reference : measure.priorities()) {
                assertThat(reference).isSameAs(ids.get(reference));
                references++;
            }
        }
        assertThat(references).isGreaterThan(100);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    @Test
    void growingIsDeterministic() {
        assertThat(BenchmarkPlans.withActions(1_000)).isEqualTo(BenchmarkPlans.withActions(1_000));
    }

    @Test
    void aPlanCannotBeGrownToNoAction() {
        assertThatThrownBy(() -> BenchmarkPlans.withActions(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one action");
    }

    private static Set<String> uniqueIds(List<String> ids) {
        Set<String> unique = new HashSet<>(ids);
        assertThat(unique).as("ids %s", ids.size() > 20 ? ids.subList(0, 20) + "..." : ids).hasSameSizeAs(ids);
        return unique;
    }
}
