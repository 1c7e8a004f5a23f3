package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.childplan.model.ChildrensRights;
import org.childplan.model.Consultation;
import org.childplan.model.ConsultationBuilder;
import org.childplan.model.MeasureBuilder;
import org.childplan.model.MeasureValue;
import org.childplan.model.ObjectiveProgress;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PreviousPlanProgress;
import org.childplan.model.PriorityBuilder;
import org.childplan.model.StatutoryAim;
import org.junit.jupiter.api.Test;

/** The constraints of Jakarta Bean Validation and Hibernate Validator on the model, in childplan's words. */
class BuiltInConstraintMessagesTests {

    private final PlanValidator validator = PlanValidator.create();
    private final Plan rich = TestPlans.rich();

    @Test
    void aBlankTitleMustBeGiven() {
        Plan plan = PlanBuilder.builder(rich).title("  ").build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation(
                "/title", "The plan: 'title' must be given and must not be blank.", "NotBlank", "  "));
    }

    @Test
    void aMissingJurisdictionMustBeGiven() {
        Plan plan = PlanBuilder.builder(rich).jurisdiction(null).build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation(
                "/jurisdiction", "The plan: 'jurisdiction' must be given.", "NotNull", null));
    }

    @Test
    void anEmptyEntryInAListIsReportedAtItsPosition() {
        Plan plan = PlanBuilder.builder(rich).bodies(TestPlans.append(rich.bodies(), (org.childplan.model.Body) null))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation(
                "/bodies/4", "Body 5 must be given.", "NotNull", null));
    }

    @Test
    void aConsultationMustListTheGroupsConsulted() {
        Consultation consultation = ConsultationBuilder.builder(rich.consultations().get(0)).groups(List.of()).build();
        Plan plan = PlanBuilder.builder(rich)
                .consultations(TestPlans.replace(rich.consultations(), 0, consultation))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/consultations/0/groups",
                "Consultation 'c-young-people': 'groups' must list at least one entry.", "NotEmpty", null));
    }

    @Test
    void aPriorityMustNotListTheSameAimTwice() {
        Plan plan = PlanBuilder.builder(rich)
                .priorities(TestPlans.replace(rich.priorities(), 1, PriorityBuilder.builder(rich.priorities().get(1))
                        .aims(List.of(StatutoryAim.WELLBEING, StatutoryAim.WELLBEING)).build()))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/priorities/1/aims",
                "Priority 'p-mental-health': 'aims' must not list the same entry twice.", "UniqueElements", null));
    }

    @Test
    void uncrcArticlesMustBeBetween1And54() {
        Plan plan = PlanBuilder.builder(rich)
                .childrensRights(new ChildrensRights("The plan follows the UNCRC.", List.of(0, 12, 55)))
                .build();

        assertThat(validator.validate(plan)).containsExactly(
                new PlanViolation("/childrensRights/uncrcArticles/0",
                        "The children's rights section: entry 1 of 'uncrcArticles' must be at least 1.", "Min", "0"),
                new PlanViolation("/childrensRights/uncrcArticles/2",
                        "The children's rights section: entry 3 of 'uncrcArticles' must be at most 54.", "Max", "55"));
    }

    @Test
    void aFieldOfAnEntryOfANestedListIsNamedFromTheInsideOut() {
        Plan plan = PlanBuilder.builder(rich)
                .previousPlanProgress(new PreviousPlanProgress("Most objectives were met.",
                        Arrays.asList(new ObjectiveProgress("Reduce exclusions", null, null))))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation(
                "/previousPlanProgress/objectives/0/status",
                "The report of progress on the previous plan: 'status' of entry 1 of 'objectives' must be given.",
                "NotNull", null));
    }

    @Test
    void aBlankValueOfANestedRecordIsReportedThroughIt() {
        Plan plan = PlanBuilder.builder(rich)
                .measures(TestPlans.replace(rich.measures(), 0, MeasureBuilder.builder(rich.measures().get(0))
                        .target(new MeasureValue("", null)).build()))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/measures/0/target/value",
                "Measure 'm-hub-visits': 'target.value' must be given and must not be blank.", "NotBlank", ""));
    }
}
