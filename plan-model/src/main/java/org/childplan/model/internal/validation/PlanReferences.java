package org.childplan.model.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.model.FamilySupport;
import org.childplan.model.Governance;
import org.childplan.model.NeedsAssessment;
import org.childplan.model.Plan;
import org.childplan.model.Vision;

/** The cross-references of a plan, and those that name nothing the plan has. */
public final class PlanReferences {

    /** The kinds of cross-reference, each with the list its ids must be found in. */
    public enum Kind {
        /** An action's lead body. */
        ACTION_LEAD(IdList.BODIES),
        /** One of an action's partner bodies. */
        ACTION_PARTNER(IdList.BODIES),
        /** A priority an action serves. */
        ACTION_PRIORITY(IdList.PRIORITIES),
        /** A measure that tracks an action. */
        ACTION_MEASURE(IdList.MEASURES),
        /** A priority a measure tracks. */
        MEASURE_PRIORITY(IdList.PRIORITIES),
        /** A priority an outcome belongs to. */
        OUTCOME_PRIORITY(IdList.PRIORITIES),
        /** The body that provides a service. */
        SERVICE_PROVIDER(IdList.BODIES),
        /** A body represented on the oversight group. */
        GOVERNANCE_MEMBER(IdList.BODIES),
        /** The body that took a decision on the plan. */
        APPROVAL_BODY(IdList.BODIES),
        /** A body that prepared the needs assessment. */
        NEEDS_ASSESSMENT_PREPARER(IdList.BODIES),
        /** A body consulted. */
        CONSULTATION_BODY(IdList.BODIES),
        /** A priority a consultation shaped. */
        CONSULTATION_PRIORITY(IdList.PRIORITIES),
        /** An action a consultation shaped. */
        CONSULTATION_ACTION(IdList.ACTIONS),
        /** A service that provides family support. */
        FAMILY_SUPPORT_SERVICE(IdList.SERVICES),
        /** A body that shares the vision. */
        VISION_SHARED_BY(IdList.BODIES),
        /** A needs-assessment finding a priority cites as its rationale. */
        PRIORITY_RATIONALE(IdList.NEEDS_FINDINGS),
        /** The body that owns a measure. */
        MEASURE_OWNER(IdList.BODIES),
        /** A priority that addresses a theme. */
        THEME_PRIORITY(IdList.PRIORITIES),
        /** An action that addresses a theme. */
        THEME_ACTION(IdList.ACTIONS),
        /** A service that addresses a theme. */
        THEME_SERVICE(IdList.SERVICES),
        /** A measure that tracks a theme. */
        THEME_MEASURE(IdList.MEASURES);

        private final IdList<?> target;

        Kind(IdList<?> target) {
            this.target = target;
        }

        /** The list whose ids this kind of reference names. */
        public IdList<?> target() {
            return target;
        }
    }

    /**
     * One cross-reference, where it is written and what it names.
     *
     * @param kind the kind of reference
     * @param owner the plan component holding the referring element ({@code actions}, {@code governance}, ...)
     * @param ownerIndex the referring element's position in {@code owner}, or {@code null} when {@code owner} holds one
     *     element
     * @param property the referring element's component that holds the reference
     * @param position the reference's position in {@code property}, or {@code null} when it holds one id
     * @param target the id the reference names
     */
    public record Reference(
            Kind kind, String owner, Integer ownerIndex, String property, Integer position, String target) {
    }

    /**
     * A reference that names nothing the plan has.
     *
     * @param reference the reference
     * @param suggestion the existing id closest to the one named, or {@code null} when none is close
     */
    public record Dangling(Reference reference, String suggestion) {
    }

    /** The most dangling references of one plan that get a suggestion. */
    static final int MAX_SUGGESTED = 500;

    private PlanReferences() {
    }

    /**
     * Every cross-reference of {@code plan}, in the order of the plan's components; missing references are skipped, and
     * so are blank ids in lists, which their own {@code @NotBlank} reports.
     */
    public static List<Reference> of(Plan plan) {
        List<Reference> references = new ArrayList<>();
        eachInList(plan.outcomes(), (outcome, index) ->
                many(references, Kind.OUTCOME_PRIORITY, "outcomes", index, "priorities", outcome.priorities()));
        eachInList(plan.priorities(), (priority, index) ->
                many(references, Kind.PRIORITY_RATIONALE, "priorities", index, "rationale", priority.rationale()));
        eachInList(plan.actions(), (action, index) -> {
            one(references, Kind.ACTION_LEAD, "actions", index, "lead", action.lead());
            many(references, Kind.ACTION_PARTNER, "actions", index, "partners", action.partners());
            many(references, Kind.ACTION_PRIORITY, "actions", index, "priorities", action.priorities());
            many(references, Kind.ACTION_MEASURE, "actions", index, "measures", action.measures());
        });
        eachInList(plan.measures(), (measure, index) -> {
            many(references, Kind.MEASURE_PRIORITY, "measures", index, "priorities", measure.priorities());
            one(references, Kind.MEASURE_OWNER, "measures", index, "owner", measure.owner());
        });
        eachInList(plan.services(), (service, index) ->
                one(references, Kind.SERVICE_PROVIDER, "services", index, "provider", service.provider()));
        eachInList(plan.consultations(), (consultation, index) -> {
            many(references, Kind.CONSULTATION_BODY, "consultations", index, "bodies", consultation.bodies());
            many(references, Kind.CONSULTATION_PRIORITY, "consultations", index, "shapedPriorities",
                    consultation.shapedPriorities());
            many(references, Kind.CONSULTATION_ACTION, "consultations", index, "shapedActions",
                    consultation.shapedActions());
        });
        eachInList(plan.themes(), (links, index) -> {
            many(references, Kind.THEME_PRIORITY, "themes", index, "priorities", links.priorities());
            many(references, Kind.THEME_ACTION, "themes", index, "actions", links.actions());
            many(references, Kind.THEME_SERVICE, "themes", index, "services", links.services());
            many(references, Kind.THEME_MEASURE, "themes", index, "measures", links.measures());
        });
        eachInList(plan.approvals(), (approval, index) ->
                one(references, Kind.APPROVAL_BODY, "approvals", index, "bodyId", approval.bodyId()));
        Governance governance = plan.governance();
        if (governance != null) {
            many(references, Kind.GOVERNANCE_MEMBER, "governance", null, "members", governance.members());
        }
        NeedsAssessment assessment = plan.needsAssessment();
        if (assessment != null) {
            many(references, Kind.NEEDS_ASSESSMENT_PREPARER, "needsAssessment", null, "preparedBy",
                    assessment.preparedBy());
        }
        FamilySupport familySupport = plan.familySupport();
        if (familySupport != null) {
            many(references, Kind.FAMILY_SUPPORT_SERVICE, "familySupport", null, "services", familySupport.services());
        }
        Vision vision = plan.vision();
        if (vision != null) {
            many(references, Kind.VISION_SHARED_BY, "vision", null, "sharedBy", vision.sharedBy());
        }
        return references;
    }

    /** The references of {@code plan} that name no element of their target list, each with a suggestion if one is close. */
    public static List<Dangling> dangling(Plan plan) {
        List<Dangling> dangling = new ArrayList<>();
        Map<IdList<?>, Set<String>> idsByList = new HashMap<>();
        Map<IdList<?>, Suggestions> suggestionsByList = new HashMap<>();
        for (Reference reference : of(plan)) {
            IdList<?> list = reference.kind().target();
            Set<String> ids = idsByList.computeIfAbsent(list, target -> ids(plan, target));
            if (!ids.contains(reference.target())) {
                // Past a few hundred, suggestions no longer help the author and would only cost time.
                String suggestion = dangling.size() >= MAX_SUGGESTED ? null : suggestionsByList
                        .computeIfAbsent(list, target -> Suggestions.among(ids))
                        .closest(reference.target())
                        .orElse(null);
                dangling.add(new Dangling(reference, suggestion));
            }
        }
        return dangling;
    }

    /**
     * The id in {@code ids} closest to {@code wanted}, ignoring case, when it is close enough to be a likely slip: at
     * most two edits, or a third of the length for long ids (see {@link Suggestions} for the bounds of the search).
     */
    public static Optional<String> closest(String wanted, Set<String> ids) {
        return Suggestions.among(ids).closest(wanted);
    }

    private static <T> Set<String> ids(Plan plan, IdList<T> list) {
        Function<T, String> id = list.id();
        return list.elements().apply(plan).stream()
                .filter(Objects::nonNull)
                .map(id)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private interface ElementVisitor<T> {
        void visit(T element, int index);
    }

    private static <T> void eachInList(List<T> list, ElementVisitor<T> visitor) {
        for (int index = 0; index < list.size(); index++) {
            T element = list.get(index);
            if (element != null) {
                visitor.visit(element, index);
            }
        }
    }

    private static void one(
            List<Reference> references, Kind kind, String owner, Integer ownerIndex, String property, String target) {
        if (target != null) {
            references.add(new Reference(kind, owner, ownerIndex, property, null, target));
        }
    }

    private static void many(
            List<Reference> references, Kind kind, String owner, Integer ownerIndex, String property,
            List<String> targets) {
        for (int position = 0; position < targets.size(); position++) {
            String target = targets.get(position);
            // A blank id in a list is already reported by the list element's @NotBlank.
            if (target != null && !target.isBlank()) {
                references.add(new Reference(kind, owner, ownerIndex, property, position, target));
            }
        }
    }
}
