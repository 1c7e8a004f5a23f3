package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanStatus;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.childplan.model.validation.UncheckedInvalidPlanException;
import org.junit.jupiter.api.Test;

/**
 * A plan that was never validated cannot crash a check: what the rules rely on is refused as the validator refuses it.
 */
class PlanCheckerMisuseTests {

    private static final PlanChecker SCOTLAND = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
    private static final PlanChecker EVERY_JURISDICTION = PlanChecker.forAllJurisdictions();

    @Test
    void aPlanBuiltWithoutAStatusIsRefusedWithTheViolationAtItsPointer() {
        Plan plan = PlanBuilder.from(TestPlans.compliant()).withStatus(null);

        UncheckedInvalidPlanException refused = catchThrowableOfType(UncheckedInvalidPlanException.class,
                () -> SCOTLAND.check(plan));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("plan 'test-compliant': /status: ")
                .hasCauseInstanceOf(InvalidPlanException.class);
        assertThat(refused.violations()).extracting(PlanViolation::pointer).containsExactly("/status");
        assertThat(refused.getCause().violations()).isEqualTo(refused.violations());
    }

    @Test
    void aPlanWithANullActionIsRefusedNamingThePositionOfTheNull() {
        List<Action> actions = new ArrayList<>(TestPlans.compliant().actions());
        actions.add(1, null);
        Plan plan = PlanBuilder.from(TestPlans.compliant()).withActions(actions);

        assertThatThrownBy(() -> SCOTLAND.check(plan, LocalDate.of(2019, 1, 1)))
                .isInstanceOf(UncheckedInvalidPlanException.class)
                .hasMessageContaining("/actions/1");
    }

    @Test
    void aPlanWithANullIdInAListOfReferencesIsRefusedNamingOnlyTheNull() {
        Plan compliant = TestPlans.compliant();
        List<Action> actions = new ArrayList<>(compliant.actions());
        actions.set(0, ActionBuilder.from(actions.get(0)).withPriorities(Arrays.asList(null, "no-such-priority")));
        Plan plan = PlanBuilder.from(compliant).withActions(actions);

        UncheckedInvalidPlanException refused = catchThrowableOfType(UncheckedInvalidPlanException.class,
                () -> EVERY_JURISDICTION.check(plan));

        assertThat(refused.violations()).extracting(PlanViolation::pointer).containsExactly("/actions/0/priorities/0");
    }

    @Test
    void aPlanWhoseReferencesDoNotResolveOrWhoseIdsRepeatIsStillCheckedAsTheRulesAreWrittenForIt() throws Exception {
        Plan compliant = TestPlans.compliant();
        List<Action> actions = new ArrayList<>(compliant.actions());
        actions.set(0, ActionBuilder.from(actions.get(0)).withLead("no-such-body"));
        actions.add(actions.get(0));
        Plan plan = PlanBuilder.from(compliant).withActions(actions);

        assertThat(PlanValidator.create().validate(plan)).extracting(PlanViolation::constraint)
                .containsOnly("ReferencesResolve", "UniqueIds");
        assertThat(SCOTLAND.check(plan).planId()).isEqualTo(compliant.id());
        assertThatThrownBy(() -> PlanValidator.create().requireValid(plan)).isInstanceOf(InvalidPlanException.class);
    }

    @Test
    void aPlanWithoutAnIdOrAJurisdictionIsRefusedBeforeAnyPackIsChosen() {
        Plan plan = PlanBuilder.builder().title("A plan").area("An area").status(PlanStatus.DRAFT).build();

        assertThatThrownBy(() -> EVERY_JURISDICTION.check(plan))
                .isInstanceOf(UncheckedInvalidPlanException.class)
                .hasMessageStartingWith("plan without an id: ")
                .hasMessageContaining("/jurisdiction");
    }

    @Test
    void aDocumentIsScreenedAsAPlanIsAndAWellFormedOneWithADanglingReferenceIsCheckedWithItsLines() {
        PlanDocument document = TestPlans.read(TestPlans.resource(TestPlans.COMPLIANT)
                .replaceFirst("lead: council", "lead: no-such-body"), "dangling-lead.yaml");

        ComplianceReport report = SCOTLAND.check(document);

        assertThat(report.source()).isEqualTo("dangling-lead.yaml");
        assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.location()).isPresent());
    }

    @Test
    void aPlanWithoutMissingValuesIsNotValidatedInFullSoABlankTitleOrAPeriodBackwardsIsCheckedAsItIs() {
        Plan compliant = TestPlans.compliant();
        Plan plan = PlanBuilder.builder(compliant).title(" ")
                .period(new Period(compliant.period().end(), compliant.period().start(), null)).build();

        assertThat(PlanValidator.create().validate(plan)).extracting(PlanViolation::constraint)
                .contains("NotBlank", "DatesInOrder");
        assertThat(SCOTLAND.check(plan, compliant.period().start()).planId()).isEqualTo(compliant.id());
    }

    @Test
    void aNullPlanOrDocumentIsANullPointerExceptionNamingTheArgument() {
        assertThatThrownBy(() -> SCOTLAND.check((Plan) null)).isInstanceOf(NullPointerException.class).hasMessage("plan");
        assertThatThrownBy(() -> SCOTLAND.check((Plan) null, LocalDate.of(2019, 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessage("plan");
        assertThatThrownBy(() -> SCOTLAND.check((PlanDocument) null))
                .isInstanceOf(NullPointerException.class).hasMessage("document");
    }

    @Test
    void aWellFormedPlanBuiltInCodeIsCheckedAsBefore() {
        Plan plan = PlanBuilder.from(TestPlans.compliant()).withStatus(PlanStatus.PUBLISHED);

        assertThat(SCOTLAND.check(plan).findings()).isEqualTo(SCOTLAND.check(TestPlans.compliant()).findings());
    }
}
