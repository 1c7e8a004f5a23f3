package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plan built in code with a period beyond the supported dates is refused, not counted year by year; an as-of date
 * beyond them is refused too, since by it every rule would be not applicable and the plan would pass unchecked.
 */
class UnsupportedDatesCheckTests {

    private static final PlanChecker CHECKER = PlanChecker.forAllJurisdictions();

    private static Plan endingIn(LocalDate end) {
        Plan compliant = TestPlans.compliant();
        return PlanBuilder.builder(compliant)
                .period(new Period(compliant.period().start(), end, compliant.period().updateCycle()))
                .build();
    }

    @Test
    @Timeout(30)
    void aPeriodEndingInTheLastJavaYearIsRefusedByTheValidatorAndTheChecker() {
        Plan plan = endingIn(LocalDate.MAX);

        assertThat(PlanValidator.create().validate(plan)).extracting(PlanViolation::pointer, PlanViolation::constraint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/period/end", "SupportedDate"));
        assertThatThrownBy(() -> CHECKER.check(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plan '" + plan.id() + "' has a period date (+999999999-12-31) outside the dates a plan"
                        + " may hold, from 1900-01-01 to 2200-12-31; PlanValidator reports it");
    }

    @Test
    void aPeriodEndingOnTheLastSupportedDayIsChecked() {
        Plan plan = endingIn(LocalDate.of(2200, 12, 31));

        assertThat(CHECKER.check(plan).planId()).isEqualTo(plan.id());
    }

    @Test
    void anAsOfDateOutsideTheDatesAPlanMayHoldIsRefusedForAPlanAndForADocument() throws Exception {
        Plan plan = TestPlans.compliant();
        org.childplan.model.io.PlanDocument document = org.childplan.model.io.PlanDocuments.read(
                org.childplan.model.io.PlanDocuments.write(plan, org.childplan.model.io.PlanFormat.YAML), "plan.yaml");

        for (LocalDate asOf : new LocalDate[] {LocalDate.of(201, 4, 1), LocalDate.MIN, LocalDate.of(1899, 12, 31),
            LocalDate.of(2201, 1, 1), LocalDate.MAX}) {
            assertThatThrownBy(() -> CHECKER.check(plan, asOf))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the as-of date " + asOf + " lies outside the dates a plan may hold, from 1900-01-01 to"
                            + " 2200-12-31: by it every rule would be not applicable and the plan would pass unchecked");
            assertThatThrownBy(() -> CHECKER.check(document, asOf))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the as-of date " + asOf + " lies outside the dates a plan may hold");
        }
    }

    @Test
    void anAsOfDateOnTheFirstOrLastDayAPlanMayHoldIsChecked() {
        Plan plan = TestPlans.compliant();

        assertThat(CHECKER.check(plan, LocalDate.of(1900, 1, 1)).asOf()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(CHECKER.check(plan, LocalDate.of(2200, 12, 31)).asOf()).isEqualTo(LocalDate.of(2200, 12, 31));
    }
}
