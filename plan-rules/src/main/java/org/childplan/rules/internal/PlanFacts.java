package org.childplan.rules.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.childplan.model.Plan;
import org.childplan.rules.AimCoverage;

/**
 * The facts a check inserts, and the JSON Pointer of each plan element among them.
 *
 * <p>Pointers are kept by identity, not equality, so that two equal elements at different places keep their own
 * pointers.
 */
final class PlanFacts {

    private final List<Object> facts;
    private final Map<Object, String> pointers;

    private PlanFacts(int elements) {
        // Sized for every element up front: on a large plan, growing the maps copies them again and again.
        facts = new ArrayList<>(elements);
        pointers = new IdentityHashMap<>(elements);
    }

    static PlanFacts of(Plan plan, CheckContext context, List<AimCoverage> coverage) {
        int lists = plan.bodies().size() + plan.priorities().size() + plan.outcomes().size() + plan.actions().size()
                + plan.measures().size() + plan.services().size() + plan.consultations().size()
                + plan.approvals().size() + plan.annualReports().size() + plan.reviews().size()
                + plan.linkedPlans().size();
        PlanFacts facts = new PlanFacts(lists + 9);
        facts.add(plan, "");
        facts.add(plan.period(), "/period");
        facts.add(plan.governance(), "/governance");
        facts.add(plan.needsAssessment(), "/needsAssessment");
        facts.add(plan.vision(), "/vision");
        facts.add(plan.childrensRights(), "/childrensRights");
        facts.add(plan.publication(), "/publication");
        facts.add(plan.previousPlan(), "/previousPlan");
        facts.add(plan.previousPlanProgress(), "/previousPlanProgress");
        facts.addAll(plan.bodies(), "/bodies");
        facts.addAll(plan.priorities(), "/priorities");
        facts.addAll(plan.outcomes(), "/outcomes");
        facts.addAll(plan.actions(), "/actions");
        facts.addAll(plan.measures(), "/measures");
        facts.addAll(plan.services(), "/services");
        facts.addAll(plan.consultations(), "/consultations");
        facts.addAll(plan.approvals(), "/approvals");
        facts.addAll(plan.annualReports(), "/annualReports");
        facts.addAll(plan.reviews(), "/reviews");
        facts.addAll(plan.linkedPlans(), "/linkedPlans");
        facts.facts.add(context);
        facts.facts.addAll(coverage);
        if (plan.period() != null) {
            facts.facts.addAll(ReportingYear.of(plan.period()));
        }
        return facts;
    }

    private void add(Object element, String pointer) {
        if (element != null) {
            facts.add(element);
            pointers.put(element, pointer);
        }
    }

    private void addAll(List<?> elements, String pointer) {
        for (int index = 0; index < elements.size(); index++) {
            add(elements.get(index), pointer + "/" + index);
        }
    }

    List<Object> facts() {
        return facts;
    }

    /** The pointer of {@code element}, which must be one of the plan's elements. */
    String pointerOf(Object element) {
        String pointer = pointers.get(element);
        if (pointer == null) {
            throw new IllegalArgumentException("not an element of the plan being checked: " + element);
        }
        return pointer;
    }
}
