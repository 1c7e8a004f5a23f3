package org.childplan.model.internal.validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.childplan.model.Action;
import org.childplan.model.Body;
import org.childplan.model.Consultation;
import org.childplan.model.Measure;
import org.childplan.model.NeedsFinding;
import org.childplan.model.Outcome;
import org.childplan.model.Plan;
import org.childplan.model.Priority;
import org.childplan.model.Service;

/**
 * One of a plan's lists whose elements have ids that other parts of the plan may refer to.
 *
 * @param property the plan's component that holds the list
 * @param noun what one element is called in a sentence, in lower case
 * @param elements the list in a given plan
 * @param id the id of an element
 * @param name the element's name or title, for sentences, or {@code null} when the element has none
 * @param <T> the element type
 */
public record IdList<T>(
        String property, String noun, Function<Plan, List<T>> elements, Function<T, String> id,
        Function<T, String> name) {

    /** The plan's bodies. */
    public static final IdList<Body> BODIES = new IdList<>("bodies", "body", Plan::bodies, Body::id, Body::name);
    /** The plan's priorities. */
    public static final IdList<Priority> PRIORITIES =
            new IdList<>("priorities", "priority", Plan::priorities, Priority::id, Priority::title);
    /** The plan's outcomes. */
    public static final IdList<Outcome> OUTCOMES =
            new IdList<>("outcomes", "outcome", Plan::outcomes, Outcome::id, null);
    /** The plan's actions. */
    public static final IdList<Action> ACTIONS =
            new IdList<>("actions", "action", Plan::actions, Action::id, Action::title);
    /** The plan's measures. */
    public static final IdList<Measure> MEASURES =
            new IdList<>("measures", "measure", Plan::measures, Measure::id, Measure::title);
    /** The plan's services. */
    public static final IdList<Service> SERVICES =
            new IdList<>("services", "service", Plan::services, Service::id, Service::name);
    /** The plan's consultations. */
    public static final IdList<Consultation> CONSULTATIONS =
            new IdList<>("consultations", "consultation", Plan::consultations, Consultation::id, null);

    /**
     * The needs assessment's findings with ids ({@code needsAssessment.keyFindings}), which priorities cite. Not in
     * {@link #ALL}, which holds the lists that are components of the plan itself: references to a finding resolve
     * against it, but a finding id used twice is not reported (a reference to it still resolves).
     */
    public static final IdList<NeedsFinding> NEEDS_FINDINGS = new IdList<>("needsAssessment", "needs finding",
            plan -> plan.needsAssessment() == null ? List.of() : plan.needsAssessment().keyFindings(),
            NeedsFinding::id, NeedsFinding::statement);

    /** All of them, in the order of the plan's components. */
    public static final List<IdList<?>> ALL =
            List.of(BODIES, PRIORITIES, OUTCOMES, ACTIONS, MEASURES, SERVICES, CONSULTATIONS);

    /** The list named by the plan component {@code property}, if it is one of these. */
    public static Optional<IdList<?>> named(String property) {
        return ALL.stream().filter(list -> list.property().equals(property)).findFirst();
    }

    /** The id of the element at {@code index}, or {@code null} when there is no such element or it has no id. */
    public String idAt(Plan plan, int index) {
        T element = elementAt(plan, index);
        return element == null ? null : id.apply(element);
    }

    /** The name of the element at {@code index}, or {@code null} when it has none. */
    public String nameAt(Plan plan, int index) {
        T element = elementAt(plan, index);
        return element == null || name == null ? null : name.apply(element);
    }

    private T elementAt(Plan plan, int index) {
        List<T> list = elements.apply(plan);
        return index >= 0 && index < list.size() ? list.get(index) : null;
    }
}
