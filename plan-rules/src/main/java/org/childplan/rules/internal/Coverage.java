package org.childplan.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.model.Action;
import org.childplan.model.Measure;
import org.childplan.model.Plan;
import org.childplan.model.Priority;
import org.childplan.model.StatutoryAim;
import org.childplan.rules.AimCoverage;

/**
 * Works out which priorities, actions and measures address each statutory aim (see {@link AimCoverage}).
 *
 * <p>A priority addresses the aims it names; an action, the aims it names and those of its priorities; a measure, the
 * aims of the actions it tracks and of its priorities. Each list of the plan is walked once for all five aims, and
 * the aims an element addresses are carried as the bits of an {@code int}: the only look-ups are one per reference
 * from an action or a measure to a priority or a measure, in maps of plain ids. On a plan too large for the
 * processor's caches every look-up is a likely miss, so their number, not the arithmetic, sets the cost.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Coverage {

    private static final StatutoryAim[] AIMS = StatutoryAim.values();

    private Coverage() {
    }

    /** The coverage matrix of {@code plan}: one row per aim of s9(2), in the order of {@link StatutoryAim}. */
    public static List<AimCoverage> of(Plan plan) {
        Map<String, Integer> aimsOfPriority = new HashMap<>(capacityFor(plan.priorities().size()));
        IdsByAim priorities = new IdsByAim();
        for (Priority priority : plan.priorities()) {
            int aims = bits(priority.aims());
            aimsOfPriority.merge(priority.id(), aims, Coverage::union);
            priorities.add(aims, priority.id());
        }
        Map<String, Integer> aimsOfMeasureThroughActions = new HashMap<>(capacityFor(plan.measures().size()));
        IdsByAim actions = new IdsByAim();
        for (Action action : plan.actions()) {
            int aims = bits(action.aims()) | aimsOf(action.priorities(), aimsOfPriority);
            if (aims != 0) {
                actions.add(aims, action.id());
                for (String measure : action.measures()) {
                    aimsOfMeasureThroughActions.merge(measure, aims, Coverage::union);
                }
            }
        }
        IdsByAim measures = new IdsByAim();
        for (Measure measure : plan.measures()) {
            int aims = aimsOfMeasureThroughActions.getOrDefault(measure.id(), 0)
                    | aimsOf(measure.priorities(), aimsOfPriority);
            measures.add(aims, measure.id());
        }
        List<AimCoverage> coverage = new ArrayList<>(AIMS.length);
        for (StatutoryAim aim : AIMS) {
            coverage.add(new AimCoverage(aim, priorities.of(aim), actions.of(aim), measures.of(aim)));
        }
        return coverage;
    }

    private static int bits(List<StatutoryAim> aims) {
        int bits = 0;
        for (int index = 0; index < aims.size(); index++) {
            bits |= 1 << aims.get(index).ordinal();
        }
        return bits;
    }

    private static int aimsOf(List<String> priorityIds, Map<String, Integer> aimsOfPriority) {
        int bits = 0;
        for (int index = 0; index < priorityIds.size(); index++) {
            bits |= aimsOfPriority.getOrDefault(priorityIds.get(index), 0);
        }
        return bits;
    }

    private static Integer union(Integer left, Integer right) {
        return left | right;
    }

    private static int capacityFor(int entries) {
        return entries * 4 / 3 + 1;
    }

    /** The ids of the elements of one kind that address each aim, in plan order, one entry per element. */
    private static final class IdsByAim {

        private final List<List<String>> ids = new ArrayList<>(AIMS.length);

        IdsByAim() {
            for (int aim = 0; aim < AIMS.length; aim++) {
                ids.add(new ArrayList<>());
            }
        }

        void add(int aims, String id) {
            for (int rest = aims; rest != 0; rest &= rest - 1) {
                ids.get(Integer.numberOfTrailingZeros(rest)).add(id);
            }
        }

        List<String> of(StatutoryAim aim) {
            return ids.get(aim.ordinal());
        }
    }
}
