package org.childplan.rules.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.childplan.model.Plan;
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
            Map<Object, List<String>> index = new IdentityHashMap<>(elementCount(plan));
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

    /** Calls {@code visitor} with each element of {@code plan} that is present, and where it is, in plan order. */
    private static void forEachElement(Plan plan, ElementVisitor visitor) {
        visit(plan, "", visitor);
        visit(plan.period(), "/period", visitor);
        visit(plan.governance(), "/governance", visitor);
        visit(plan.safeguarding(), "/safeguarding", visitor);
        visit(plan.needsAssessment(), "/needsAssessment", visitor);
        visit(plan.vision(), "/vision", visitor);
        visit(plan.monitoring(), "/monitoring", visitor);
        visit(plan.accessibility(), "/accessibility", visitor);
        visit(plan.childrensRights(), "/childrensRights", visitor);
        visit(plan.publication(), "/publication", visitor);
        visit(plan.previousPlan(), "/previousPlan", visitor);
        visit(plan.previousPlanProgress(), "/previousPlanProgress", visitor);
        visitAll(plan.bodies(), "/bodies", visitor);
        visitAll(plan.priorities(), "/priorities", visitor);
        visitAll(plan.outcomes(), "/outcomes", visitor);
        visitAll(plan.aims(), "/aims", visitor);
        visitAll(plan.actions(), "/actions", visitor);
        visitAll(plan.measures(), "/measures", visitor);
        visitAll(plan.services(), "/services", visitor);
        Resources resources = plan.resources();
        if (resources != null) {
            visit(resources, "/resources", visitor);
            visitAll(resources.contributions(), "/resources/contributions", visitor);
            visitAll(resources.fundingStreams(), "/resources/fundingStreams", visitor);
            visitAll(resources.allocations(), "/resources/allocations", visitor);
            visit(resources.shiftToPrevention(), "/resources/shiftToPrevention", visitor);
        }
        visit(plan.girfec(), "/girfec", visitor);
        visit(plan.familySupport(), "/familySupport", visitor);
        visitAll(plan.consultations(), "/consultations", visitor);
        visitAll(plan.approvals(), "/approvals", visitor);
        visitAll(plan.annualReports(), "/annualReports", visitor);
        visitAll(plan.reviews(), "/reviews", visitor);
        visitAll(plan.linkedPlans(), "/linkedPlans", visitor);
        visitAll(plan.copiesSent(), "/copiesSent", visitor);
        visit(plan.improvementStatement(), "/improvementStatement", visitor);
    }

    private static void visit(Object element, String place, ElementVisitor visitor) {
        if (element != null) {
            visitor.visit(element, place, -1);
        }
    }

    private static void visitAll(List<?> elements, String list, ElementVisitor visitor) {
        for (int index = 0; index < elements.size(); index++) {
            Object element = elements.get(index);
            if (element != null) {
                visitor.visit(element, list, index);
            }
        }
    }

    private static int elementCount(Plan plan) {
        return 15 + plan.bodies().size() + plan.priorities().size() + plan.outcomes().size() + plan.aims().size()
                + plan.actions().size()
                + plan.measures().size() + plan.services().size() + plan.consultations().size()
                + plan.approvals().size() + plan.annualReports().size() + plan.reviews().size()
                + plan.linkedPlans().size() + plan.copiesSent().size();
    }
}
