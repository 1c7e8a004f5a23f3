package org.childplan.model.internal.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.model.Action;
import org.childplan.model.Approval;
import org.childplan.model.Consultation;
import org.childplan.model.FamilySupport;
import org.childplan.model.Governance;
import org.childplan.model.Measure;
import org.childplan.model.NeedsAssessment;
import org.childplan.model.Outcome;
import org.childplan.model.Plan;
import org.childplan.model.PlanPart;
import org.childplan.model.Priority;
import org.childplan.model.Service;
import org.childplan.model.ThemeLinks;
import org.childplan.model.Vision;

/** The cross-references of a plan, and those that name nothing the plan has. */
public final class PlanReferences {

    /**
     * The kinds of cross-reference, each with the record and component that hold it and the list its ids must be found
     * in. A record that refers to others by id declares each reference here and nowhere else: the references are found
     * by walking the plan's {@linkplain PlanPart parts}, and {@code PlanReferencesTests} fails naming a kind whose
     * record is no part of the plan or whose component holds no id.
     */
    public enum Kind {
        /** An action's lead body. */
        ACTION_LEAD(Action.class, "lead", IdList.BODIES),
        /** One of an action's partner bodies. */
        ACTION_PARTNER(Action.class, "partners", IdList.BODIES),
        /** A priority an action serves. */
        ACTION_PRIORITY(Action.class, "priorities", IdList.PRIORITIES),
        /** A measure that tracks an action. */
        ACTION_MEASURE(Action.class, "measures", IdList.MEASURES),
        /** A priority a measure tracks. */
        MEASURE_PRIORITY(Measure.class, "priorities", IdList.PRIORITIES),
        /** A priority an outcome belongs to. */
        OUTCOME_PRIORITY(Outcome.class, "priorities", IdList.PRIORITIES),
        /** The body that provides a service. */
        SERVICE_PROVIDER(Service.class, "provider", IdList.BODIES),
        /** A body represented on the oversight group. */
        GOVERNANCE_MEMBER(Governance.class, "members", IdList.BODIES),
        /** The body that took a decision on the plan. */
        APPROVAL_BODY(Approval.class, "bodyId", IdList.BODIES),
        /** A body that prepared the needs assessment. */
        NEEDS_ASSESSMENT_PREPARER(NeedsAssessment.class, "preparedBy", IdList.BODIES),
        /** A body consulted. */
        CONSULTATION_BODY(Consultation.class, "bodies", IdList.BODIES),
        /** A priority a consultation shaped. */
        CONSULTATION_PRIORITY(Consultation.class, "shapedPriorities", IdList.PRIORITIES),
        /** An action a consultation shaped. */
        CONSULTATION_ACTION(Consultation.class, "shapedActions", IdList.ACTIONS),
        /** A service that provides family support. */
        FAMILY_SUPPORT_SERVICE(FamilySupport.class, "services", IdList.SERVICES),
        /** A body that shares the vision. */
        VISION_SHARED_BY(Vision.class, "sharedBy", IdList.BODIES),
        /** A needs-assessment finding a priority cites as its rationale. */
        PRIORITY_RATIONALE(Priority.class, "rationale", IdList.NEEDS_FINDINGS),
        /** The body that owns a measure. */
        MEASURE_OWNER(Measure.class, "owner", IdList.BODIES),
        /** A priority that addresses a theme. */
        THEME_PRIORITY(ThemeLinks.class, "priorities", IdList.PRIORITIES),
        /** An action that addresses a theme. */
        THEME_ACTION(ThemeLinks.class, "actions", IdList.ACTIONS),
        /** A service that addresses a theme. */
        THEME_SERVICE(ThemeLinks.class, "services", IdList.SERVICES),
        /** A measure that tracks a theme. */
        THEME_MEASURE(ThemeLinks.class, "measures", IdList.MEASURES);

        private final Class<? extends Record> ownerType;
        private final String property;
        private final IdList<?> target;

        Kind(Class<? extends Record> ownerType, String property, IdList<?> target) {
            this.ownerType = ownerType;
            this.property = property;
            this.target = target;
        }

        /** The record that holds this kind of reference. */
        public Class<? extends Record> ownerType() {
            return ownerType;
        }

        /** The component of {@link #ownerType()} that holds the id or the list of ids. */
        public String property() {
            return property;
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

    /** The arguments of an accessor, shared so that reading a reference allocates nothing. */
    private static final Object[] NO_ARGUMENTS = {};

    /** The plan's parts that hold references, each with the kinds of reference its elements hold. */
    private static final List<Walk> WALKS = walks();

    private PlanReferences() {
    }

    /**
     * Every cross-reference of {@code plan}, in the order of the plan's components; missing references are skipped, and
     * so are blank ids in lists, which their own {@code @NotBlank} reports.
     */
    public static List<Reference> of(Plan plan) {
        List<Reference> references = new ArrayList<>();
        for (Walk walk : WALKS) {
            Object value = walk.part().valueIn(plan);
            if (value == null) {
                continue;
            }
            String owner = walk.part().name();
            if (!walk.part().isList()) {
                walk.collect(references, owner, null, (Record) value);
                continue;
            }
            List<?> elements = (List<?>) value;
            for (int index = 0; index < elements.size(); index++) {
                if (elements.get(index) instanceof Record element) {
                    walk.collect(references, owner, index, element);
                }
            }
        }
        return references;
    }

    /**
     * A part of the plan whose elements hold references, and the kinds they hold with the accessors that read them.
     */
    private record Walk(PlanPart part, List<Kind> kinds, List<Method> accessors) {

        void collect(List<Reference> references, String owner, Integer ownerIndex, Record element) {
            for (int i = 0; i < kinds.size(); i++) {
                Kind kind = kinds.get(i);
                Object held = read(accessors.get(i), element);
                if (held instanceof List<?> targets) {
                    many(references, kind, owner, ownerIndex, kind.property(), targets);
                } else {
                    one(references, kind, owner, ownerIndex, kind.property(), (String) held);
                }
            }
        }
    }

    private static List<Walk> walks() {
        List<Walk> walks = new ArrayList<>();
        for (PlanPart part : PlanPart.ofPlan()) {
            List<Kind> kinds = new ArrayList<>();
            List<Method> accessors = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                if (kind.ownerType() == part.elementType()) {
                    kinds.add(kind);
                    accessors.add(accessor(kind));
                }
            }
            if (!kinds.isEmpty()) {
                walks.add(new Walk(part, List.copyOf(kinds), List.copyOf(accessors)));
            }
        }
        return List.copyOf(walks);
    }

    /** The accessor of the component that holds {@code kind}'s references. */
    static Method accessor(Kind kind) {
        for (RecordComponent component : kind.ownerType().getRecordComponents()) {
            if (component.getName().equals(kind.property())) {
                return component.getAccessor();
            }
        }
        throw new IllegalStateException(kind + ": " + kind.ownerType().getSimpleName() + " has no component "
                + kind.property());
    }

    private static Object read(Method accessor, Record element) {
        try {
            return accessor.invoke(element, NO_ARGUMENTS);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
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

    private static void one(
            List<Reference> references, Kind kind, String owner, Integer ownerIndex, String property, String target) {
        if (target != null) {
            references.add(new Reference(kind, owner, ownerIndex, property, null, target));
        }
    }

    private static void many(
            List<Reference> references, Kind kind, String owner, Integer ownerIndex, String property,
            List<?> targets) {
        for (int position = 0; position < targets.size(); position++) {
            String target = (String) targets.get(position);
            // A blank id in a list is already reported by the list element's @NotBlank.
            if (target != null && !target.isBlank()) {
                references.add(new Reference(kind, owner, ownerIndex, property, position, target));
            }
        }
    }
}
