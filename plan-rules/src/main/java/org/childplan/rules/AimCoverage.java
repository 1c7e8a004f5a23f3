package org.childplan.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.Action;
import org.childplan.model.Measure;
import org.childplan.model.Plan;
import org.childplan.model.Priority;
import org.childplan.model.StatutoryAim;

/**
 * One row of a report's coverage matrix: a statutory aim and the ids of the priorities, actions and measures that
 * address it.
 *
 * <p>A priority addresses an aim it lists. An action addresses an aim it lists, or one listed by a priority it
 * serves. A measure addresses an aim through the actions that are tracked by it and the priorities it tracks.
 *
 * <p>Each list has one entry per element, in plan order. Ids are unique in a valid plan
 * ({@link org.childplan.model.validation.UniqueIds}); in a plan that was not validated, two elements sharing an id are
 * both listed.
 *
 * @param aim the aim (Children and Young People (Scotland) Act 2014, s9(2))
 * @param priorities ids of the priorities that address it, in plan order
 * @param actions ids of the actions that address it, in plan order
 * @param measures ids of the measures that address it, in plan order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AimCoverage(StatutoryAim aim, List<String> priorities, List<String> actions, List<String> measures) {

    /** Copies the lists so that the record stays immutable. */
    public AimCoverage {
        Objects.requireNonNull(aim, "aim");
        priorities = List.copyOf(priorities);
        actions = List.copyOf(actions);
        measures = List.copyOf(measures);
    }

    /**
     * The coverage matrix of {@code plan}: one row per aim of s9(2), in the order of {@link StatutoryAim}.
     *
     * <p>A priority addresses the aims it names; an action, the aims it names and those of its priorities; a
     * measure, the aims of the actions it tracks and of its priorities.
     */
    public static List<AimCoverage> matrixOf(Plan plan) {
        Map<String, Set<StatutoryAim>> aimsOfPriority = new HashMap<>();
        plan.priorities().forEach(priority ->
                aimsOfPriority.computeIfAbsent(priority.id(), id -> EnumSet.noneOf(StatutoryAim.class))
                        .addAll(priority.aims()));
        Map<String, Set<StatutoryAim>> aimsOfAction = new LinkedHashMap<>();
        Map<String, Set<StatutoryAim>> aimsOfMeasure = new HashMap<>();
        for (Action action : plan.actions()) {
            Set<StatutoryAim> aims = EnumSet.noneOf(StatutoryAim.class);
            aims.addAll(action.aims());
            action.priorities().forEach(id -> aims.addAll(aimsOfPriority.getOrDefault(id, Set.of())));
            aimsOfAction.computeIfAbsent(action.id(), id -> EnumSet.noneOf(StatutoryAim.class)).addAll(aims);
            action.measures().forEach(id ->
                    aimsOfMeasure.computeIfAbsent(id, measure -> EnumSet.noneOf(StatutoryAim.class)).addAll(aims));
        }
        List<AimCoverage> matrix = new ArrayList<>();
        for (StatutoryAim aim : StatutoryAim.values()) {
            matrix.add(new AimCoverage(aim,
                    plan.priorities().stream().filter(priority -> priority.aims().contains(aim))
                            .map(Priority::id).toList(),
                    plan.actions().stream()
                            .filter(action -> aimsOfAction.getOrDefault(action.id(), Set.of()).contains(aim))
                            .map(Action::id).toList(),
                    plan.measures().stream()
                            .filter(measure -> aimsOfMeasure.getOrDefault(measure.id(), Set.of()).contains(aim)
                                    || measure.priorities().stream().anyMatch(id ->
                                            aimsOfPriority.getOrDefault(id, Set.of()).contains(aim)))
                            .map(Measure::id).toList()));
        }
        return matrix;
    }

    /** Whether at least one priority, one action and one measure address the aim. */
    public boolean isComplete() {
        return !priorities.isEmpty() && !actions.isEmpty() && !measures.isEmpty();
    }

    /**
     * The kinds of plan element of which none addresses the aim, from {@code priority}, {@code action} and
     * {@code measure}, in that order.
     */
    public List<String> missingElements() {
        List<String> missing = new ArrayList<>(3);
        if (priorities.isEmpty()) {
            missing.add("priority");
        }
        if (actions.isEmpty()) {
            missing.add("action");
        }
        if (measures.isEmpty()) {
            missing.add("measure");
        }
        return List.copyOf(missing);
    }
}
