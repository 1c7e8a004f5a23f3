package org.childplan.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.childplan.model.Action;
import org.childplan.model.Measure;
import org.childplan.model.Plan;
import org.childplan.model.Priority;
import org.childplan.model.StatutoryAim;
import org.childplan.rules.AimCoverage;

/** Works out which priorities, actions and measures address each statutory aim (see {@link AimCoverage}). */
final class Coverage {

    private Coverage() {
    }

    static List<AimCoverage> of(Plan plan) {
        List<AimCoverage> coverage = new ArrayList<>();
        for (StatutoryAim aim : StatutoryAim.values()) {
            coverage.add(of(plan, aim));
        }
        return coverage;
    }

    private static AimCoverage of(Plan plan, StatutoryAim aim) {
        Set<String> priorities = new LinkedHashSet<>();
        for (Priority priority : plan.priorities()) {
            if (priority.aims().contains(aim)) {
                priorities.add(priority.id());
            }
        }
        Set<String> actions = new LinkedHashSet<>();
        Set<String> measuresOfActions = new LinkedHashSet<>();
        for (Action action : plan.actions()) {
            if (action.aims().contains(aim) || action.priorities().stream().anyMatch(priorities::contains)) {
                actions.add(action.id());
                measuresOfActions.addAll(action.measures());
            }
        }
        List<String> measures = new ArrayList<>();
        for (Measure measure : plan.measures()) {
            if (measuresOfActions.contains(measure.id()) || measure.priorities().stream().anyMatch(priorities::contains)) {
                measures.add(measure.id());
            }
        }
        return new AimCoverage(aim, List.copyOf(priorities), List.copyOf(actions), measures);
    }
}
