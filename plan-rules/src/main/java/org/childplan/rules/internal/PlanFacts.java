package org.childplan.rules.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.model.Plan;
import org.childplan.model.PlanPart;
import org.childplan.model.Resources;
import org.childplan.rules.spi.CheckContext;
import org.childplan.rules.spi.ReportingYear;

/**
 * The facts a check inserts for every pack (the plan's elements, the check's context, the plan's reporting years),
 * and the JSON Pointer of each plan element among them.
 *
 * <p>Pointers are worked out when a rule first reports a plan element, and kept by identity, not equality, so that
 * two equal elements at different places keep their own pointers. An object listed at several places has a pointer
 * for each; reported again, it is reported at its next place.
 */
final class PlanFacts {

    /**
     * The parts whose own parts are elements of the plan as well, each at its own pointer below the part's: the
     * resources' contributions, funding streams, allocations and shift to prevention.
     */
    private static final Set<Class<?>> OPENED = Set.of(Resources.class);

    /** The plan's parts, worked out once from its components. */
    private static final List<Place> PLAN_PARTS = places(Plan.class);

    private final Plan plan;
    private final List<Object> facts;
    private Map<Object, List<String>> pointers;

    private PlanFacts(Plan plan, List<Object> facts) {
        this.plan = plan;
        this.facts = facts;
    }

    static PlanFacts of(Plan plan, CheckContext context) {
        List<Object> facts = new ArrayList<>(elementCount(plan) + 16);
        forEachElement(plan, (element, place, index) -> facts.add(element));
        facts.add(context);
        if (plan.period() != null) {
            facts.addAll(ReportingYear.of(plan.period()));
        }
        return new PlanFacts(plan, facts);
    }

    List<Object> facts() {
        return facts;
    }

    /**
     * The pointer of the {@code occurrence}-th place (from 0) of {@code element}, which must be one of the plan's
     * elements; its last place when it has no more.
     */
    String pointerOf(Object element, int occurrence) {
        if (pointers == null) {
            Map<Object, List<String>> index = new IdentityHashMap<>(facts.size());
            forEachElement(plan, (each, place, position) ->
                    index.computeIfAbsent(each, first -> new ArrayList<>(1)).add(pointer(place, position)));
            pointers = index;
        }
        List<String> places = pointers.get(element);
        if (places == null) {
            throw new IllegalArgumentException("not an element of the plan being checked: " + element);
        }
        return places.get(Math.min(occurrence, places.size() - 1));
    }

    /** Receives the plan's elements: an element of a list with its index, any other with the index {@code -1}. */
    @FunctionalInterface
    private interface ElementVisitor {
        void visit(Object element, String place, int index);
    }

    private static String pointer(String place, int index) {
        return index < 0 ? place : place + "/" + index;
    }

    /**
     * Calls {@code visitor} with each element of {@code plan} that is present, and where it is: the plan, then each of
     * its {@linkplain PlanPart parts} in the order of its components, the parts of an {@linkplain #OPENED opened} part
     * right after it.
     */
    private static void forEachElement(Plan plan, ElementVisitor visitor) {
        visitor.visit(plan, "", -1);
        visitParts(plan, PLAN_PARTS, "", visitor);
    }

    private static void visitParts(Record owner, List<Place> places, String prefix, ElementVisitor visitor) {
        for (Place place : places) {
            Object value = place.part().valueIn(owner);
            if (value == null) {
                continue;
            }
            String pointer = prefix + place.pointer();
            if (!place.part().isList()) {
                visitor.visit(value, pointer, -1);
                if (place.opened() != null) {
                    visitParts((Record) value, place.opened(), pointer, visitor);
                }
                continue;
            }
            List<?> elements = (List<?>) value;
            for (int index = 0; index < elements.size(); index++) {
                Object element = elements.get(index);
                if (element != null) {
                    visitor.visit(element, pointer, index);
                }
            }
        }
    }

    /**
     * A part of a record and its pointer below the record's own; {@code opened} holds the places of the part's own
     * parts when they are elements too, and is {@code null} otherwise.
     */
    private record Place(PlanPart part, String pointer, List<Place> opened) {
    }

    private static List<Place> places(Class<? extends Record> type) {
        List<Place> places = new ArrayList<>();
        for (PlanPart part : PlanPart.of(type)) {
            Class<?> element = part.elementType();
            List<Place> opened = !part.isList() && OPENED.contains(element)
                    ? places(element.asSubclass(Record.class)) : null;
            places.add(new Place(part, "/" + part.name(), opened));
        }
        return List.copyOf(places);
    }

    private static int elementCount(Plan plan) {
        int[] count = {0};
        forEachElement(plan, (element, place, index) -> count[0]++);
        return count[0];
    }
}
