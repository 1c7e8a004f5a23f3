package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.AnnualReport;
import org.childplan.model.Consultation;
import org.childplan.model.ConsultedGroup;
import org.childplan.model.Period;
import org.childplan.model.PlanRelation;
import org.childplan.model.PreviousPlan;
import org.childplan.model.Timescale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesInOrderValidatorTests {

    private final DatesInOrderValidator.ForPeriod periods = new DatesInOrderValidator.ForPeriod();
    private final DatesInOrderValidator.ForConsultation consultations = new DatesInOrderValidator.ForConsultation();
    private final DatesInOrderValidator.ForAnnualReport annualReports = new DatesInOrderValidator.ForAnnualReport();
    private final DatesInOrderValidator.ForTimescale timescales = new DatesInOrderValidator.ForTimescale();
    private final DatesInOrderValidator.ForPreviousPlan previousPlans = new DatesInOrderValidator.ForPreviousPlan();

    @ParameterizedTest
    @CsvSource({
        "1999-04-01, 2002-03-31, true",
        "2017-04-01, 2020-03-31, true",
        "2024-04-01, 2027-03-31, true",
        "2020-03-31, 2020-04-01, true",
        "2020-04-01, 2020-04-01, false",
        "2020-04-01, 2017-03-31, false",
        "2027-03-31, 2024-04-01, false"})
    void aPeriodMustEndAfterItStarts(LocalDate start, LocalDate end, boolean inOrder) {
        assertThat(periods.inOrder(new Period(start, end, null))).isEqualTo(inOrder);
    }

    @ParameterizedTest
    @CsvSource({
        "2016-10-01, 2016-12-16, true",
        "2025-10-08, 2025-10-08, true",
        "2016-12-16, 2016-10-01, false",
        ",           2016-10-01, true",
        "2016-10-01, ,           true"})
    void aConsultationMustNotEndBeforeItBegins(LocalDate from, LocalDate to, boolean inOrder) {
        Consultation consultation = new Consultation(
                "c-1", List.of(ConsultedGroup.CHILDREN_AND_YOUNG_PEOPLE), null, null, from, to, null, null, null, null,
                null, null);
        assertThat(consultations.inOrder(consultation)).isEqualTo(inOrder);
    }

    @ParameterizedTest
    @CsvSource({
        "2018-03-31, 2018-06-30, true",
        "2018-03-31, 2018-03-31, true",
        "2018-03-31, 2018-03-30, false",
        "2018-03-31, 2017-04-02, false"})
    void anAnnualReportMustNotBePublishedBeforeTheYearItReportsOnEnds(LocalDate to, LocalDate published, boolean inOrder) {
        assertThat(annualReports.inOrder(new AnnualReport("Annual report", LocalDate.of(2017, 4, 1), to, published, null)))
                .isEqualTo(inOrder);
    }

    @ParameterizedTest
    @CsvSource({
        "2017-04-01, 2018-03-31, true",
        "2018-03-31, 2018-03-31, true",
        "2018-03-31, 2017-04-01, false"})
    void anAnnualReportMustNotCoverAYearThatEndsBeforeItStarts(LocalDate from, LocalDate to, boolean inOrder) {
        assertThat(annualReports.inOrder(new AnnualReport("Annual report", from, to, (LocalDate) null, null))).isEqualTo(inOrder);
    }

    @ParameterizedTest
    @CsvSource({
        "2010-04-01, 2011-04-30, true",
        "2011-04-30, 2011-04-30, true",
        "2011-04-30, 2010-04-01, false",
        ",           2011-04-30, true",
        "2010-04-01, ,           true"})
    void anActionMustNotBeDueBeforeItStarts(LocalDate start, LocalDate due, boolean inOrder) {
        assertThat(timescales.inOrder(new Timescale(start, due, null))).isEqualTo(inOrder);
    }

    @ParameterizedTest
    @CsvSource({
        "2014-04-01, 2017-03-31, true",
        "2017-03-31, 2014-04-01, false",
        ",           2017-03-31, true"})
    void thePreviousPlanMustNotEndBeforeItStarts(LocalDate start, LocalDate end, boolean inOrder) {
        PreviousPlan previous = new PreviousPlan(null, "Integrated Children's Services Plan", start, end,
                PlanRelation.REPLACES);
        assertThat(previousPlans.inOrder(previous)).isEqualTo(inOrder);
    }

    @Test
    void aMissingRecordIsLeftToNotNull() {
        assertThat(periods.inOrder(null)).isTrue();
        assertThat(timescales.inOrder(null)).isTrue();
    }
}
