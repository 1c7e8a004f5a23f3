package org.childplan.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Measure;
import org.childplan.model.MeasureBuilder;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.Priority;
import org.childplan.model.PriorityBuilder;
import org.childplan.model.io.PlanReadException;

/**
 * The plans the benchmarks check: the Glenardoch example (a complete Scottish plan) and larger plans grown from it.
 *
 * <p>A grown plan is deterministic: the same size always gives the same plan. It holds as many copies of
 * Glenardoch's priorities, measures and actions as its size needs, the first copy being the originals and each
 * later copy {@code n} having every id suffixed {@code ~n}; a copied action serves the priorities and is tracked by
 * the measures of its own copy, so every reference stays valid. As in a plan read from a file, an id and every
 * reference to it are one {@code String}. The actions are then cut to the size asked for.
 * Everything else (bodies, services, consultations, annual reports, ...) is Glenardoch's, once. A grown plan is
 * therefore a large plan of one area, such as a plan with a long action table, not many plans glued together.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BenchmarkPlans {

    /** The plan sizes, in actions, that the scaling benchmark measures. */
    public static final List<Integer> SIZES = List.of(10, 100, 1_000, 10_000);

    private BenchmarkPlans() {
    }

    /**
     * The Glenardoch children's services plan 2023-2026, as read from the example's YAML.
     *
     * @throws IllegalStateException when the bundled example cannot be read, which means the examples jar is broken
     */
    public static Plan glenardoch() {
        return read(ExamplePlans.GLENARDOCH_CSP_2023_2026);
    }

    /**
     * An example plan, as read from its YAML.
     *
     * @throws IllegalStateException when the bundled example cannot be read, which means the examples jar is broken
     */
    public static Plan read(ExamplePlans example) {
        try {
            return example.read().plan();
        } catch (PlanReadException e) {
            throw new IllegalStateException("the bundled example " + example.fileName() + " cannot be read", e);
        }
    }

    /** A plan grown from Glenardoch to exactly {@code actions} actions (see the class description). */
    public static Plan withActions(int actions) {
        return grow(glenardoch(), actions);
    }

    /**
     * {@code count} plans of {@code actions} actions, each grown from its own reading of Glenardoch's YAML, so that no
     * two share an element, as plans read from different files do not.
     *
     * @throws IllegalArgumentException when {@code actions} or {@code count} is not positive
     */
    public static List<Plan> separatelyGrown(int actions, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of plans must be positive, not " + count);
        }
        List<Plan> plans = new ArrayList<>(count);
        for (int plan = 0; plan < count; plan++) {
            plans.add(grow(glenardoch(), actions));
        }
        return plans;
    }

    /**
     * A plan grown from {@code base} to exactly {@code actions} actions (see the class description).
     *
     * @throws IllegalArgumentException when {@code actions} is not positive or {@code base} has no action to copy
     */
    public static Plan grow(Plan base, int actions) {
        if (actions < 1) {
            throw new IllegalArgumentException("a grown plan needs at least one action, not " + actions);
        }
        if (base.actions().isEmpty()) {
            throw new IllegalArgumentException("plan '" + base.id() + "' has no action to copy");
        }
        int copies = (actions + base.actions().size() - 1) / base.actions().size();
        List<Priority> priorities = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        List<Action> grownActions = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            UnaryOperator<String> id = idOfCopy(copy);
            for (Priority priority : base.priorities()) {
                priorities.add(PriorityBuilder.builder(priority).id(id.apply(priority.id())).build());
            }
            for (Measure measure : base.measures()) {
                measures.add(MeasureBuilder.builder(measure)
                        .id(id.apply(measure.id()))
                        .priorities(measure.priorities().stream().map(id).toList())
                        .build());
            }
            for (Action action : base.actions()) {
                if (grownActions.size() == actions) {
                    break;
                }
                grownActions.add(ActionBuilder.builder(action)
                        .id(id.apply(action.id()))
                        .priorities(action.priorities().stream().map(id).toList())
                        .measures(action.measures().stream().map(id).toList())
                        .build());
            }
        }
        return PlanBuilder.builder(base)
                .id(base.id() + "-" + actions + "-actions")
                .priorities(priorities)
                .measures(measures)
                .actions(grownActions)
                .build();
    }

    /**
     * The ids of copy {@code copy}: one {@code String} per id, shared by the element and every reference to it, as the
     * plan reader gives them.
     */
    private static UnaryOperator<String> idOfCopy(int copy) {
        if (copy == 0) {
            return UnaryOperator.identity();
        }
        Map<String, String> ids = new HashMap<>();
        return id -> ids.computeIfAbsent(id, original -> original + "~" + copy);
    }
}
