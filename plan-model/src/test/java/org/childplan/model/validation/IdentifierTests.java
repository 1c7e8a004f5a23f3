package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childplan.model.Body;
import org.childplan.model.BodyType;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanRelation;
import org.childplan.model.PlanRole;
import org.childplan.model.PreviousPlan;
import org.childplan.model.Service;
import org.childplan.model.ServiceKind;
import org.junit.jupiter.api.Test;

class IdentifierTests {

    private static final String NOT_WELL_FORMED = "is not a well-formed id: use only letters, digits, '-', '_' and '.', "
            + "starting with a letter or digit, with no spaces.";

    private final PlanValidator validator = PlanValidator.create();

    @Test
    void aBodyIdWithASpaceIsReportedAtTheIdWithTheIdAsValue() {
        Plan rich = TestPlans.rich();
        Plan plan = PlanBuilder.builder(rich)
                .bodies(TestPlans.replace(rich.bodies(), 1,
                        new Body("nhs glenbrae", "NHS Glenbrae", BodyType.HEALTH_BOARD, PlanRole.JOINT_PREPARER)))
                .build();

        assertThat(validator.validate(plan)).contains(new PlanViolation(
                "/bodies/1/id", "Body 'nhs glenbrae': 'id' " + NOT_WELL_FORMED, "Identifier", "nhs glenbrae"));
    }

    @Test
    void thePlansOwnIdMustBeWellFormed() {
        Plan plan = PlanBuilder.builder(TestPlans.minimal()).id("Glenbrae CSP / 2026").build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation(
                "/id", "The plan: 'id' " + NOT_WELL_FORMED, "Identifier", "Glenbrae CSP / 2026"));
    }

    @Test
    void thePreviousPlansIdMustBeWellFormedWhenGiven() {
        Plan plan = PlanBuilder.builder(TestPlans.minimal())
                .previousPlan(new PreviousPlan("csp 2023", "Earlier plan", (LocalDate) null, null, PlanRelation.REPLACES))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation(
                "/previousPlan/id", "The previous plan: 'id' " + NOT_WELL_FORMED, "Identifier", "csp 2023"));
        assertThat(validator.validate(PlanBuilder.builder(plan)
                .previousPlan(new PreviousPlan(null, "Earlier plan", (LocalDate) null, null, PlanRelation.REPLACES)).build()))
                .isEmpty();
    }

    @Test
    void everyListedElementsIdMustBeWellFormed() {
        Plan rich = TestPlans.rich();
        Plan plan = PlanBuilder.builder(rich)
                .services(TestPlans.replace(rich.services(), 2,
                        new Service("youth work", "Youth work", ServiceKind.CHILDRENS_SERVICE, null, null, List.of(), null,
                                Map.of())))
                .build();

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer, PlanViolation::constraint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/services/2/id", "Identifier"));
    }

    @Test
    void aBlankIdIsReportedOnceAsMissingNotAlsoAsMalformed() {
        Plan rich = TestPlans.rich();
        Plan plan = PlanBuilder.builder(rich)
                .bodies(List.of(new Body(" ", "Glenbrae Council", BodyType.LOCAL_AUTHORITY, PlanRole.LEAD)))
                .governance(null).needsAssessment(null).actions(List.of()).services(List.of())
                .consultations(List.of()).familySupport(null)
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation(
                "/bodies/0/id", "Body 1: 'id' must be given and must not be blank.", "NotBlank", " "));
    }
}
