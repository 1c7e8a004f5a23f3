package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Consultation;
import org.childplan.model.ConsultationBuilder;
import org.childplan.model.Governance;
import org.childplan.model.Measure;
import org.childplan.model.MeasureBuilder;
import org.childplan.model.NeedsAssessment;
import org.childplan.model.Outcome;
import org.childplan.model.OversightBodyType;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.Service;
import org.childplan.model.ServiceKind;
import org.junit.jupiter.api.Test;

class ReferencesResolveTests {

    private final PlanValidator validator = PlanValidator.create();
    private final Plan rich = TestPlans.rich();

    @Test
    void aMisspeltLeadBodyNamesTheActionTheMissingBodyAndTheLikelyOne() {
        Plan plan = withAction(2, ActionBuilder.builder(rich.actions().get(2)).lead("police-scotlnd").build());

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/actions/2/lead",
                "Action 'a-3' names lead body 'police-scotlnd', but the plan has no body with that id. "
                        + "Did you mean 'police-scotland'?",
                "ReferencesResolve", "police-scotlnd"));
    }

    @Test
    void aLeadBodyFarFromEveryIdSuggestsNothing() {
        Plan plan = withAction(0, ActionBuilder.builder(rich.actions().get(0)).lead("education-scotland").build());

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/actions/0/lead",
                "Action 'a-1' names lead body 'education-scotland', but the plan has no body with that id.",
                "ReferencesResolve", "education-scotland"));
    }

    @Test
    void aBlankLeadBodyDangles() {
        Plan plan = withAction(0, ActionBuilder.builder(rich.actions().get(0)).lead("").build());

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/actions/0/lead",
                "Action 'a-1' names lead body '', but the plan has no body with that id.", "ReferencesResolve", ""));
    }

    @Test
    void aDanglingPartnerIsReportedAtItsPositionInTheList() {
        Plan plan = withAction(1, ActionBuilder.builder(rich.actions().get(1))
                .partners(List.of("glenbrae-council", "skills-development-scotland"))
                .build());

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/actions/1/partners/1",
                "Action 'a-2' names partner body 'skills-development-scotland', but the plan has no body with that id.",
                "ReferencesResolve", "skills-development-scotland"));
    }

    @Test
    void anActionsPrioritiesAndMeasuresMustExist() {
        Plan plan = withAction(0, ActionBuilder.builder(rich.actions().get(0))
                .priorities(List.of("p-early-help", "p-poverty"))
                .measures(List.of("m-hub-visit"))
                .build());

        assertThat(validator.validate(plan)).containsExactly(
                new PlanViolation("/actions/0/measures/0",
                        "Action 'a-1' is tracked by measure 'm-hub-visit', but the plan has no measure with that id. "
                                + "Did you mean 'm-hub-visits'?",
                        "ReferencesResolve", "m-hub-visit"),
                new PlanViolation("/actions/0/priorities/1",
                        "Action 'a-1' serves priority 'p-poverty', but the plan has no priority with that id.",
                        "ReferencesResolve", "p-poverty"));
    }

    @Test
    void aMeasuresPrioritiesMustExist() {
        Measure measure = MeasureBuilder.builder(rich.measures().get(1)).priorities(List.of("p-mental-helth")).build();
        Plan plan = PlanBuilder.builder(rich).measures(TestPlans.replace(rich.measures(), 1, measure)).build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/measures/1/priorities/0",
                "Measure 'm-waiting-weeks' tracks priority 'p-mental-helth', but the plan has no priority with that "
                        + "id. Did you mean 'p-mental-health'?",
                "ReferencesResolve", "p-mental-helth"));
    }

    @Test
    void anOutcomesPrioritiesMustExist() {
        Plan plan = PlanBuilder.builder(rich)
                .outcomes(TestPlans.replace(rich.outcomes(), 0, new Outcome("o-1", "Fewer families reach crisis.",
                        List.of("early-help"), List.of(), List.of(), List.of())))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/outcomes/0/priorities/0",
                "Outcome 'o-1' belongs to priority 'early-help', but the plan has no priority with that id. "
                        + "Did you mean 'p-early-help'?",
                "ReferencesResolve", "early-help"));
    }

    @Test
    void aServicesProviderMustExist() {
        Plan plan = PlanBuilder.builder(rich)
                .services(TestPlans.replace(rich.services(), 2, new Service("s-youth-work", "Youth work",
                        ServiceKind.CHILDRENS_SERVICE, null, "glenbrae-youth-trust", List.of(), null, Map.of())))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/services/2/provider",
                "Service 's-youth-work' names provider body 'glenbrae-youth-trust', but the plan has no body with "
                        + "that id.",
                "ReferencesResolve", "glenbrae-youth-trust"));
    }

    @Test
    void governanceMembersMustExist() {
        Plan plan = PlanBuilder.builder(rich)
                .governance(new Governance("Chief Officers Group", OversightBodyType.CHIEF_OFFICERS_GROUP,
                        List.of("glenbrae-council", "scottish-fire-and-rescue"), null, null, null, null))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/governance/members/1",
                "The governance section names member body 'scottish-fire-and-rescue', but the plan has no body with "
                        + "that id.",
                "ReferencesResolve", "scottish-fire-and-rescue"));
    }

    @Test
    void theBodiesThatPreparedTheNeedsAssessmentMustExist() {
        Plan plan = PlanBuilder.builder(rich)
                .needsAssessment(new NeedsAssessment("Profile of children", null, List.of("nhs-glenbray"), null, null))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/needsAssessment/preparedBy/0",
                "The needs assessment names 'nhs-glenbray' as a body that prepared it, but the plan has no body with "
                        + "that id. Did you mean 'nhs-glenbrae'?",
                "ReferencesResolve", "nhs-glenbray"));
    }

    @Test
    void consultedBodiesMustExist() {
        Consultation consultation = ConsultationBuilder.builder(rich.consultations().get(1))
                .bodies(List.of("glenbrae-tsi", "glenbrae-youth-forum"))
                .build();
        Plan plan = PlanBuilder.builder(rich)
                .consultations(TestPlans.replace(rich.consultations(), 1, consultation))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/consultations/1/bodies/1",
                "Consultation 'c-partners' names consulted body 'glenbrae-youth-forum', but the plan has no body with "
                        + "that id.",
                "ReferencesResolve", "glenbrae-youth-forum"));
    }

    @Test
    void aReferringElementWithoutAnIdIsNamedByItsPosition() {
        Plan plan = withAction(1, ActionBuilder.builder(rich.actions().get(1)).id(null).lead("nobody").build());

        assertThat(validator.validate(plan)).extracting(PlanViolation::message).containsExactly(
                "Action 2: 'id' must be given and must not be blank.",
                "Action 2 names lead body 'nobody', but the plan has no body with that id.");
    }

    @Test
    void aReferenceThatLooksLikeAMessageTemplateIsQuotedAsWritten() {
        Plan plan = withAction(0, ActionBuilder.builder(rich.actions().get(0)).lead("${1+1}{owner}").build());

        assertThat(validator.validate(plan)).extracting(PlanViolation::message).containsExactly(
                "Action 'a-1' names lead body '${1+1}{owner}', but the plan has no body with that id.");
    }

    @Test
    void aReferenceResolvesOnlyInTheListItNames() {
        Plan plan = withAction(0, ActionBuilder.builder(rich.actions().get(0)).measures(List.of("p-early-help"))
                .build());

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer).containsExactly("/actions/0/measures/0");
    }

    @Test
    void aThemeMustNameElementsThePlanHasEachAtItsPlaceInItsList() {
        Plan plan = PlanBuilder.builder(rich).themes(List.of(new org.childplan.model.ThemeLinks(
                org.childplan.model.Theme.EARLY_ACTION_AND_PREVENTION, "Early help.", List.of("p-early-help"),
                List.of("a-1", "a-9"), List.of("s-missing"), List.of("m-hub-visit")))).build();

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer, PlanViolation::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/themes/0/actions/1", "Theme 1 names action 'a-9' as "
                                + "addressing it, but the plan has no action with that id. Did you mean 'a-1'?"),
                        org.assertj.core.groups.Tuple.tuple("/themes/0/services/0", "Theme 1 names service "
                                + "'s-missing' as addressing it, but the plan has no service with that id."),
                        org.assertj.core.groups.Tuple.tuple("/themes/0/measures/0", "Theme 1 names measure "
                                + "'m-hub-visit' as tracking it, but the plan has no measure with that id. "
                                + "Did you mean 'm-hub-visits'?"));
    }

    private Plan withAction(int index, Action action) {
        return PlanBuilder.builder(rich).actions(TestPlans.replace(rich.actions(), index, action)).build();
    }
}
