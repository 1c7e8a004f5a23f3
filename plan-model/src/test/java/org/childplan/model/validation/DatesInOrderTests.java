package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.AnnualReport;
import org.childplan.model.Consultation;
import org.childplan.model.ConsultationBuilder;
import org.childplan.model.PartialDate;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanRelation;
import org.childplan.model.PreviousPlan;
import org.childplan.model.Timescale;
import org.junit.jupiter.api.Test;

class DatesInOrderTests {

    private final PlanValidator validator = PlanValidator.create();
    private final Plan rich = TestPlans.rich();

    @Test
    void aPeriodThatEndsBeforeItStartsIsReportedAtItsEnd() {
        Plan plan = PlanBuilder.builder(rich)
                .period(new Period(LocalDate.of(2029, 4, 1), LocalDate.of(2026, 3, 31), null))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/period/end",
                "The plan period: 'end' (2026-03-31) must be after 'start' (2029-04-01).", "DatesInOrder",
                "2026-03-31"));
    }

    @Test
    void aPeriodThatEndsOnTheDayItStartsIsReported() {
        Plan plan = PlanBuilder.builder(rich)
                .period(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), null))
                .build();

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer).containsExactly("/period/end");
    }

    @Test
    void aPeriodThatEndsTheDayAfterItStartsIsInOrder() {
        Plan plan = PlanBuilder.builder(rich)
                .period(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), null))
                .build();

        assertThat(validator.validate(plan)).isEmpty();
    }

    @Test
    void aConsultationThatEndsBeforeItBeginsIsReportedAtItsEnd() {
        Consultation consultation = ConsultationBuilder.builder(rich.consultations().get(1))
                .from(LocalDate.of(2025, 10, 8))
                .to(LocalDate.of(2025, 10, 7))
                .build();
        Plan plan = PlanBuilder.builder(rich)
                .consultations(TestPlans.replace(rich.consultations(), 1, consultation))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/consultations/1/to",
                "Consultation 'c-partners': 'to' (2025-10-07) must not be before 'from' (2025-10-08).",
                "DatesInOrder", "2025-10-07"));
    }

    @Test
    void anAnnualReportCoveringAYearThatEndsBeforeItStartsIsReportedAtItsEnd() {
        Plan plan = PlanBuilder.builder(rich)
                .annualReports(List.of(new AnnualReport("Annual report 2026-27", LocalDate.of(2027, 4, 1),
                        LocalDate.of(2026, 3, 31), (LocalDate) null, null)))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/annualReports/0/coversTo",
                "Annual report 1: 'coversTo' (2026-03-31) must not be before 'coversFrom' (2027-04-01).",
                "DatesInOrder", "2026-03-31"));
    }

    @Test
    void anAnnualReportPublishedBeforeTheYearItReportsOnHasEndedIsADataErrorAtItsPublicationDate() {
        Plan plan = PlanBuilder.builder(rich)
                .annualReports(List.of(new AnnualReport("Annual report 2026-27", LocalDate.of(2026, 4, 1),
                        LocalDate.of(2027, 3, 31), LocalDate.of(2026, 6, 30), null)))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/annualReports/0/published",
                "Annual report 1: 'published' (2026-06-30) must not be before 'coversTo' (2027-03-31).",
                "DatesInOrder", "2026-06-30"));
    }

    @Test
    void anAnnualReportPublishedOnTheLastDayOfItsYearOrAfterIsInOrder() {
        for (LocalDate published : List.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30))) {
            Plan plan = PlanBuilder.builder(rich)
                    .annualReports(List.of(new AnnualReport("Annual report 2026-27", LocalDate.of(2026, 4, 1),
                            LocalDate.of(2027, 3, 31), published, null)))
                    .build();

            assertThat(validator.validate(plan)).as("published %s", published).isEmpty();
        }
    }

    @Test
    void anAnnualReportWhoseYearIsBackwardsAndPublishedEarlyIsReportedAtBothDates() {
        Plan plan = PlanBuilder.builder(rich)
                .annualReports(List.of(new AnnualReport("Annual report", LocalDate.of(2027, 4, 1),
                        LocalDate.of(2026, 3, 31), LocalDate.of(2025, 6, 30), null)))
                .build();

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer)
                .containsExactlyInAnyOrder("/annualReports/0/coversTo", "/annualReports/0/published");
    }

    @Test
    void anActionDueBeforeItStartsIsReportedAtItsDueDate() {
        Action action = ActionBuilder.builder(rich.actions().get(2))
                .timescale(new Timescale(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 6, 30), null))
                .build();
        Plan plan = PlanBuilder.builder(rich).actions(TestPlans.replace(rich.actions(), 2, action)).build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/actions/2/timescale/due",
                "Action 'a-3': 'timescale.due' (2026-06-30) must not be before 'start' (2027-01-01).",
                "DatesInOrder", "2026-06-30"));
    }

    @Test
    void aPreviousPlanThatEndsBeforeItStartsIsReportedAtItsEnd() {
        Plan plan = PlanBuilder.builder(rich)
                .previousPlan(new PreviousPlan(null, "Earlier plan", LocalDate.of(2026, 3, 31),
                        LocalDate.of(2023, 4, 1), PlanRelation.REPLACES))
                .build();

        assertThat(validator.validate(plan)).containsExactly(new PlanViolation("/previousPlan/end",
                "The previous plan: 'end' (2023-04-01) must not be before 'start' (2026-03-31).", "DatesInOrder",
                "2023-04-01"));
    }

    @Test
    void aPairWithOneDateMissingIsNotChecked() {
        Action action = ActionBuilder.builder(rich.actions().get(0))
                .timescale(new Timescale(LocalDate.of(2030, 1, 1), null, "ongoing"))
                .build();
        Plan plan = PlanBuilder.builder(rich).actions(TestPlans.replace(rich.actions(), 0, action)).build();

        assertThat(validator.validate(plan)).isEmpty();
    }

    @Test
    void anAnnualReportDatedByAYearOrMonthIsADataErrorOnlyWhenEveryDayItCanMeanIsBeforeItsYearEnds() {
        for (String published : List.of("2027", "2027-03", "2028")) {
            Plan plan = PlanBuilder.builder(rich)
                    .annualReports(List.of(new AnnualReport("Annual report 2026-27", LocalDate.of(2026, 4, 1),
                            LocalDate.of(2027, 3, 31), PartialDate.parse(published), null)))
                    .build();

            assertThat(validator.validate(plan)).as("published %s", published).isEmpty();
        }
        Plan publishedInFebruary = PlanBuilder.builder(rich)
                .annualReports(List.of(new AnnualReport("Annual report 2026-27", LocalDate.of(2026, 4, 1),
                        LocalDate.of(2027, 3, 31), PartialDate.parse("2027-02"), null)))
                .build();

        assertThat(validator.validate(publishedInFebruary)).containsExactly(new PlanViolation(
                "/annualReports/0/published",
                "Annual report 1: 'published' (2027-02) must not be before 'coversTo' (2027-03-31).", "DatesInOrder",
                "2027-02"));
    }

    @Test
    void anActionDueInTheMonthItStartsIsInOrderAndOneDueInAnEarlierMonthIsNot() {
        Action sameMonth = ActionBuilder.builder(rich.actions().get(2))
                .timescale(new Timescale(PartialDate.parse("2026-05-10"), PartialDate.parse("2026-05"), "May 2026"))
                .build();
        Action earlierMonth = ActionBuilder.builder(rich.actions().get(2))
                .timescale(new Timescale(PartialDate.parse("2026-05-10"), PartialDate.parse("2026-04"), "April"))
                .build();

        assertThat(validator.validate(PlanBuilder.builder(rich)
                .actions(TestPlans.replace(rich.actions(), 2, sameMonth)).build())).isEmpty();
        assertThat(validator.validate(PlanBuilder.builder(rich)
                .actions(TestPlans.replace(rich.actions(), 2, earlierMonth)).build()))
                .extracting(PlanViolation::pointer).containsExactly("/actions/2/timescale/due");
    }

    @Test
    void aPreviousPlanDatedByItsYearsAndAnUpdateOverlappingThePlanItUpdatesAreInOrder() {
        Plan plan = PlanBuilder.builder(rich)
                .previousPlan(new PreviousPlan(null, null, PartialDate.parse("2026"), PartialDate.parse("2029"),
                        PlanRelation.UPDATES))
                .build();

        assertThat(plan.period().start()).isBefore(plan.previousPlan().end().earliest());
        assertThat(validator.validate(plan)).isEmpty();
    }
}
