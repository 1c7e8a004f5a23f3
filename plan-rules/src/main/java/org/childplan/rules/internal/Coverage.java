package org.childplan.rules.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * aims of the actions it tracks and of its priorities. Each list of the plan is walked once for all five aims, not once
 * per aim: on a plan too large for the processor's caches the walks, not the set look-ups, are what costs.
 */
final class Coverage {

    private Coverage() {
    }

    static List<AimCoverage> of(Plan plan) {
        Map<String, Set<StatutoryAim>> aimsOfPriority = new HashMap<>(plan.priorities().size() * 4 / 3 + 1);
        Map<StatutoryAim, Set<String>> priorities = byAim();
        for (Priority priority : plan.priorities()) {
            aimsOfPriority.computeIfAbsent(priority.id(), id -> EnumSet.noneOf(StatutoryAim.class))
                    .addAll(priority.aims());
            priority.aims().forEach(aim -> priorities.get(aim).add(priority.id()));
        }
        Map<StatutoryAim, Set<String>> actions = byAim();
        Map<StatutoryAim, Set<String>> measuresOfActions = byAim();
        Set<StatutoryAim> aims = EnumSet.noneOf(StatutoryAim.class);
        for (Action action : plan.actions()) {
            aims.clear();
            aims.addAll(action.aims());
            action.priorities().forEach(id -> aims.addAll(aimsOfPriority.getOrDefault(id, Set.of())));
            for (StatutoryAim aim : aims) {
                actions.get(aim).add(action.id());
                measuresOfActions.get(aim).addAll(action.measures());
            }
        }
        Map<StatutoryAim, List<String>> measures = new EnumMap<>(StatutoryAim.class);
        for (StatutoryAim aim : StatutoryAim.values()) {
            measures.put(aim, new ArrayList<>());
        }
        for (Measure measure : plan.measures()) {
            aims.clear();
            measure.priorities().forEach(id -> aims.addAll(aimsOfPriority.getOrDefault(id, Set.of())));
            for (StatutoryAim aim : StatutoryAim.values()) {
                if (aims.contains(aim) || measuresOfActions.get(aim).contains(measure.id())) {
                    measures.get(aim).add(measure.id());
                }
            }
        }
        List<AimCoverage> coverage = new ArrayList<>(StatutoryAim.values().length);
        for (StatutoryAim aim : StatutoryAim.values()) {
            coverage.add(new AimCoverage(aim, List.copyOf(priorities.get(aim)), List.copyOf(actions.get(aim)),
                    measures.get(aim)));
        }
        return coverage;
    }

    /** An empty, insertion-ordered set for each aim, so that every list of the matrix keeps the plan's order. */
    private static Map<StatutoryAim, Set<String>> byAim() {
        Map<StatutoryAim, Set<String>> sets = new EnumMap<>(StatutoryAim.class);
        for (StatutoryAim aim : StatutoryAim.values()) {
            sets.put(aim, new LinkedHashSet<>());
        }
        return sets;
    }
}
