package org.childplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.childplan.model.validation.TestPlans;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SufficiencyReportTests {

    @Test
    void applicationsMadeAboveTheEstimateDifferFromIt() {
        assertThat(new SufficiencyReport(null, 15, 12, null).applicationsDifferFromEstimate()).isTrue();
    }

    @Test
    void applicationsMadeBelowTheEstimateDifferFromIt() {
        assertThat(new SufficiencyReport(null, 0, 3, null).applicationsDifferFromEstimate()).isTrue();
    }

    @Test
    void applicationsMadeAsEstimatedDoNotDifferFromIt() {
        assertThat(new SufficiencyReport(null, 12, 12, null).applicationsDifferFromEstimate()).isFalse();
    }

    @Test
    void whetherTheyDifferIsUnknownWhenEitherNumberIsNotRecorded() {
        assertThat(new SufficiencyReport(null, 12, null, null).applicationsDifferFromEstimate()).isNull();
        assertThat(new SufficiencyReport(null, null, 12, null).applicationsDifferFromEstimate()).isNull();
        assertThat(new SufficiencyReport("Two homes opened.", null, null, "No reasons needed.")
                .applicationsDifferFromEstimate()).isNull();
    }

    @Test
    void aNegativeNumberOfApplicationsIsReportedAtItsPointer() {
        AnnualReport report = new AnnualReport("Annual report 2027-28", LocalDate.of(2027, 4, 1),
                LocalDate.of(2028, 3, 31), null, null, List.of(), List.of(), null, List.of(),
                new SufficiencyReport(null, -1, 12, null));
        Plan plan = PlanBuilder.builder(TestPlans.minimal()).annualReports(List.of(report)).build();

        assertThat(PlanValidator.create().validate(plan))
                .extracting(PlanViolation::pointer, PlanViolation::message)
                .containsExactly(Tuple.tuple(
                        "/annualReports/0/sufficiency/supplementaryPlacementApplications",
                        "Annual report 1: 'sufficiency.supplementaryPlacementApplications' must not be negative."));
    }

    @Test
    void aReportWithoutASufficiencyPartIsWellFormed() {
        AnnualReport report = new AnnualReport("Annual report 2027-28", LocalDate.of(2027, 4, 1),
                LocalDate.of(2028, 3, 31), (LocalDate) null, null);
        Plan plan = PlanBuilder.builder(TestPlans.minimal()).annualReports(List.of(report)).build();

        assertThat(report.sufficiency()).isNull();
        assertThat(PlanValidator.create().validate(plan)).isEmpty();
    }
}
