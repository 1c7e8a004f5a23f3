package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.NeedsAssessment;
import org.childplan.model.PartialDate;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.SupportedDates;
import org.childplan.model.UpdateCycle;
import org.childplan.model.internal.validation.SupportedDateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportedDateTests {

    private final PlanValidator validator = PlanValidator.create();

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "1999-12-31", "2026-04-01", "2200-12-31"})
    void aDateWithinTheRangeIsValid(String date) {
        assertThat(new SupportedDateValidator.ForLocalDate().isValid(LocalDate.parse(date), null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "-2023-04-01", "0000-01-01", "1899-12-31",
        "2201-01-01"})
    void aDateOutsideTheRangeIsNot(String date) {
        assertThat(new SupportedDateValidator.ForLocalDate().isValid(LocalDate.parse(date), null)).isFalse();
    }

    @Test
    void aPartialDateIsValidWhenEveryDayItCanMeanIsInTheRange() {
        SupportedDateValidator.ForPartialDate partial = new SupportedDateValidator.ForPartialDate();

        assertThat(partial.isValid(PartialDate.parse("1900"), null)).isTrue();
        assertThat(partial.isValid(PartialDate.parse("2200-12"), null)).isTrue();
        assertThat(partial.isValid(PartialDate.parse("1899-12-31"), null)).isFalse();
        assertThat(partial.isValid(PartialDate.parse("0000"), null)).isFalse();
        assertThat(partial.isValid(PartialDate.parse("2201"), null)).isFalse();
        assertThat(partial.isValid(null, null)).isTrue();
    }

    @Test
    void theRangeIsTheDocumentedOne() {
        assertThat(SupportedDates.EARLIEST).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(SupportedDates.LATEST).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThat(SupportedDates.RANGE).isEqualTo("from 1900-01-01 to 2200-12-31");
    }

    @Test
    void aPlanBuiltInCodeWithAPeriodEndingInTheLastJavaYearIsRefused() {
        Plan plan = PlanBuilder.builder(TestPlans.minimal())
                .period(new Period(LocalDate.of(2026, 4, 1), LocalDate.MAX, UpdateCycle.ANNUAL))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/period/end",
                "The plan period: 'end' is outside the dates a plan may hold, from 1900-01-01 to 2200-12-31.",
                "SupportedDate", "+999999999-12-31"));
    }

    @Test
    void aPlanBuiltInCodeWithAPartialDateInYearZeroIsRefused() {
        Plan rich = TestPlans.rich();
        NeedsAssessment assessment = rich.needsAssessment();
        Plan plan = PlanBuilder.builder(rich)
                .needsAssessment(new NeedsAssessment(assessment.title(), new PartialDate(0, null, null),
                        assessment.preparedBy(), assessment.sources(), assessment.findings()))
                .build();

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer, PlanViolation::constraint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/needsAssessment/date", "SupportedDate"));
    }

    @Test
    void everyDateOfTheRichPlanIsSupported() {
        assertThat(validator.validate(TestPlans.rich())).isEmpty();
        assertThat(List.of(TestPlans.rich().period().start(), TestPlans.rich().period().end()))
                .allMatch(SupportedDates::contains);
    }
}
