package org.childplan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
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
