package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.childplan.model.Body;
import org.childplan.model.BodyType;
import org.childplan.model.Consultation;
import org.childplan.model.ConsultationBuilder;
import org.childplan.model.Outcome;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanRole;
import org.childplan.model.Priority;
import org.childplan.model.PriorityBuilder;
import org.junit.jupiter.api.Test;

class UniqueIdsTests {

    private final PlanValidator validator = PlanValidator.create();
    private final Plan rich = TestPlans.rich();

    @Test
    void aRepeatedBodyIdIsReportedAtTheSecondUseAndNamesTheFirst() {
        Plan plan = PlanBuilder.builder(rich)
                .bodies(TestPlans.append(rich.bodies(),
                        new Body("nhs-glenbrae", "NHS Glenbrae Public Health", BodyType.HEALTH_BOARD, PlanRole.PARTNER)))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/bodies/4/id",
                "Body 5 has the id 'nhs-glenbrae', which body 2 ('NHS Glenbrae') already has; each body needs an id "
                        + "of its own.",
                "UniqueIds", "nhs-glenbrae"));
    }

    @Test
    void eachLaterUseNamesTheFirstWithItsOwnIdInItsOwnMessage() {
        Priority second = PriorityBuilder.builder(rich.priorities().get(0)).title("Early help again").build();
        Priority third = PriorityBuilder.builder(rich.priorities().get(1)).title("Mental health again").build();
        Plan plan = PlanBuilder.builder(rich)
                .priorities(TestPlans.append(rich.priorities(), second, third, second))
                .build();

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer, PlanViolation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/priorities/2/id", "Priority 3 has the id 'p-early-help', which "
                        + "priority 1 ('Help early') already has; each priority needs an id of its own."),
                org.assertj.core.groups.Tuple.tuple("/priorities/3/id", "Priority 4 has the id 'p-mental-health', which "
                        + "priority 2 ('Mental health') already has; each priority needs an id of its own."),
                org.assertj.core.groups.Tuple.tuple("/priorities/4/id", "Priority 5 has the id 'p-early-help', which "
                        + "priority 1 ('Help early') already has; each priority needs an id of its own."));
    }

    @Test
    void anElementWithoutANameIsNamedByItsPositionOnly() {
        Consultation again = ConsultationBuilder.builder(rich.consultations().get(0)).method("focus groups").build();
        Plan plan = PlanBuilder.builder(rich).consultations(TestPlans.append(rich.consultations(), again)).build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/consultations/2/id",
                "Consultation 3 has the id 'c-young-people', which consultation 1 already has; each consultation "
                        + "needs an id of its own.",
                "UniqueIds", "c-young-people"));
    }

    @Test
    void aLongNameIsShortenedInTheMessage() {
        Plan plan = PlanBuilder.builder(rich)
                .bodies(List.of(
                        new Body("b", "The Glenbrae Partnership for Children, Young People, Families and Communities "
                                + "and Everyone Else", BodyType.OTHER, PlanRole.LEAD),
                        new Body("b", "Other", BodyType.OTHER, PlanRole.PARTNER)))
                .governance(null).needsAssessment(null).actions(List.of()).services(List.of())
                .consultations(List.of()).familySupport(null)
                .build();

        assertThat(validator.validate(plan)).singleElement().extracting(PlanViolation::message).isEqualTo(
                "Body 2 has the id 'b', which body 1 ('The Glenbrae Partnership for Children, Young...') already "
                        + "has; each body needs an id of its own.");
    }

    @Test
    void theSameIdInDifferentListsIsAllowed() {
        Plan plan = PlanBuilder.builder(rich)
                .outcomes(TestPlans.append(rich.outcomes(),
                        new Outcome("a-1", "Same id as an action.", List.of(), List.of(), List.of(), List.of())))
                .extensions(Map.of())
                .build();

        assertThat(validator.validate(plan)).isEmpty();
    }
}
