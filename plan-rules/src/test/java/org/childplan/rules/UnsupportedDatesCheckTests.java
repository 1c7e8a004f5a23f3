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

/** A plan built in code with a period beyond the supported dates is refused, not counted year by year. */
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
}
