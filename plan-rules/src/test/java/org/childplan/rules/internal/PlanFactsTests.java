package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Measure;
import org.childplan.model.MeasureBuilder;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanPart;
import org.childplan.model.Resources;
import org.childplan.rules.spi.CheckContext;
import org.childplan.rules.spi.ReportingYear;
import org.childplan.rules.TestPlans;
import org.junit.jupiter.api.Test;

class PlanFactsTests {

    private static final Plan PLAN = TestPlans.compliant();
    private static final CheckContext CONTEXT = new CheckContext(LocalDate.of(2017, 4, 1), Jurisdiction.SCOTLAND);

    @Test
    void theFactsAreThePlansElementsInPlanOrderThenTheCheckContextAndTheReportingYears() {
        List<Object> facts = PlanFacts.of(PLAN, CONTEXT).facts();
        List<ReportingYear> years = ReportingYear.of(PLAN.period());
        assertThat(facts).startsWith(PLAN, PLAN.period());
        assertThat(facts).containsSubsequence(PLAN.priorities().get(0), PLAN.actions().get(0), PLAN.measures().get(0),
                CONTEXT, years.get(0), years.get(years.size() - 1));
        assertThat(facts).containsAll(PLAN.bodies()).containsAll(PLAN.consultations()).containsAll(PLAN.linkedPlans());
    }

    @Test
    void eachElementIsFoundAtItsOwnPointerEvenWhenAnotherElementEqualsIt() {
        Plan twins = TestPlans.patched("""
                measures:
                  - {id: M1, title: Referrals, baseline: {value: "1"}, target: {value: "2"}}
                  - {id: M1, title: Referrals, baseline: {value: "1"}, target: {value: "2"}}
                """);
        assertThat(twins.measures().get(0)).isEqualTo(twins.measures().get(1));
        PlanFacts facts = PlanFacts.of(twins, CONTEXT);
        assertThat(facts.pointerOf(twins, 0)).isEmpty();
        assertThat(facts.pointerOf(twins.period(), 0)).isEqualTo("/period");
        assertThat(facts.pointerOf(twins.measures().get(0), 0)).isEqualTo("/measures/0");
        assertThat(facts.pointerOf(twins.measures().get(1), 0)).isEqualTo("/measures/1");
    }

    @Test
    void oneObjectListedAtTwoPlacesHasAPointerForEachAndItsLastForAnyFurtherOccurrence() {
        Measure measure = PLAN.measures().get(0);
        Plan twice = PlanBuilder.builder(PLAN)
                .measures(List.of(measure, MeasureBuilder.builder(measure).id("another").build(), measure)).build();
        PlanFacts facts = PlanFacts.of(twice, CONTEXT);
        assertThat(facts.facts()).filteredOn(fact -> fact == measure).hasSize(2);
        assertThat(facts.pointerOf(measure, 0)).isEqualTo("/measures/0");
        assertThat(facts.pointerOf(measure, 1)).isEqualTo("/measures/2");
        assertThat(facts.pointerOf(measure, 2)).isEqualTo("/measures/2");
    }

    @Test
    void theResourcesAndTheirOwnPartsAreFactsEachAtItsPointerBelowTheResources() {
        Plan plan = TestPlans.patched("""
                resources:
                  contributions: [{body: council, year: 2020-21, kind: BUDGET, amount: 1200000}]
                  fundingStreams: [{id: F1, name: Pupil Equity Fund}]
                  allocations: [{amount: 300000, years: [2020-21]}, {amount: 5, years: [2021-22]}]
                  shiftToPrevention: {description: More is to be spent on early help.}
                """);
        Resources resources = plan.resources();
        PlanFacts facts = PlanFacts.of(plan, CONTEXT);

        assertThat(facts.facts()).containsSubsequence(resources, resources.contributions().get(0),
                resources.fundingStreams().get(0), resources.allocations().get(0), resources.allocations().get(1),
                resources.shiftToPrevention());
        assertThat(facts.pointerOf(resources, 0)).isEqualTo("/resources");
        assertThat(facts.pointerOf(resources.contributions().get(0), 0)).isEqualTo("/resources/contributions/0");
        assertThat(facts.pointerOf(resources.fundingStreams().get(0), 0)).isEqualTo("/resources/fundingStreams/0");
        assertThat(facts.pointerOf(resources.allocations().get(1), 0)).isEqualTo("/resources/allocations/1");
        assertThat(facts.pointerOf(resources.shiftToPrevention(), 0)).isEqualTo("/resources/shiftToPrevention");
    }

    @Test
    void everyElementOfEveryPartOfThePlanIsAFactAtItsOwnPointerAndNothingElseOfThePlanIs() {
        Plan plan = TestPlans.patched("""
                themes: [{theme: INTEGRATION, description: One front door.}]
                sources: [{title: The plan as published}]
                """);
        PlanFacts facts = PlanFacts.of(plan, CONTEXT);
        int elements = 1;
        for (PlanPart part : PlanPart.ofPlan()) {
            List<Object> held = part.elementsIn(plan);
            elements += held.size();
            for (int index = 0; index < held.size(); index++) {
                String pointer = "/" + part.name() + (part.isList() ? "/" + index : "");
                assertThat(facts.pointerOf(held.get(index), 0)).as(part.name()).isEqualTo(pointer);
            }
        }
        // The resources are opened: their own parts are facts too (their pointers are checked above).
        if (plan.resources() != null) {
            for (PlanPart part : PlanPart.of(Resources.class)) {
                elements += part.elementsIn(plan.resources()).size();
            }
        }
        assertThat(facts.pointerOf(plan.themes().get(0), 0)).isEqualTo("/themes/0");
        assertThat(facts.pointerOf(plan.sources().get(0), 0)).isEqualTo("/sources/0");
        int years = ReportingYear.of(plan.period()).size();
        assertThat(facts.facts()).hasSize(elements + 1 + years);
    }

    @Test
    void anObjectFromOutsideThePlanHasNoPointer() {
        PlanFacts facts = PlanFacts.of(PLAN, CONTEXT);
        assertThatThrownBy(() -> facts.pointerOf("M1", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an element of the plan being checked: M1");
    }
}
