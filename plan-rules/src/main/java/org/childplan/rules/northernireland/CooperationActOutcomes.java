package org.childplan.rules.northernireland;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.CooperationActOutcome;
import org.childplan.model.Plan;

/**
 * The eight aspects of well-being of the Children's Services Co-operation Act (Northern Ireland) 2015 s1(2) as a
 * plan addresses them, for the Northern Ireland rules.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CooperationActOutcomes {

    private CooperationActOutcomes() {
    }

    /** The aspects that no priority, outcome or action of {@code plan} addresses, in the order of s1(2). */
    public static List<CooperationActOutcome> unaddressed(Plan plan) {
        Set<CooperationActOutcome> missing = EnumSet.allOf(CooperationActOutcome.class);
        plan.priorities().forEach(priority -> missing.removeAll(priority.cooperationActOutcomes()));
        plan.outcomes().forEach(outcome -> missing.removeAll(outcome.cooperationActOutcomes()));
        plan.actions().forEach(action -> missing.removeAll(action.cooperationActOutcomes()));
        return List.copyOf(missing);
    }

    /**
     * The priorities, outcomes and actions of {@code plan} tagged with any aspect of well-being, in plan order: the
     * evidence that the plan addresses them.
     */
    public static List<Object> addressing(Plan plan) {
        List<Object> elements = new ArrayList<>();
        plan.priorities().stream().filter(priority -> !priority.cooperationActOutcomes().isEmpty()).forEach(elements::add);
        plan.outcomes().stream().filter(outcome -> !outcome.cooperationActOutcomes().isEmpty()).forEach(elements::add);
        plan.actions().stream().filter(action -> !action.cooperationActOutcomes().isEmpty()).forEach(elements::add);
        return elements;
    }
}
