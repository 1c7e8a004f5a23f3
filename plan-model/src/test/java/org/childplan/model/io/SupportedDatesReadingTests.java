package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.childplan.model.io.PlanReadException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A date outside 1900-01-01..2200-12-31 is bad input wherever a plan holds one. */
class SupportedDatesReadingTests {

    private static final String HEAD = """
            id: moray-csp
            title: Moray Children's Services Plan
            area: Moray
            jurisdiction: SCOTLAND
            status: DRAFT
            """;

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-2023-04-01", "0000-01-01", "1899-12-31", "2201-01-01",
        "+10000-01-01"})
    void aPeriodEndOutsideTheRangeIsRefusedWhereItIsWritten(String date) {
        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(
                HEAD + "period:\n  start: 2026-04-01\n  end: '" + date + "'\n", "plan.yaml"));

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:8:3: /period/end: '" + date
                + "' is outside the dates a plan may hold, from 1900-01-01 to 2200-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "1899", "2201-03", "9999-12-31"})
    void aPartialDateOutsideTheRangeIsRefused(String date) {
        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(
                HEAD + "needsAssessment:\n  title: JSNA\n  date: '" + date + "'\n", "plan.yaml"));

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.pointer()).contains("/needsAssessment/date");
        assertThat(error.line()).isEqualTo(8);
        assertThat(error.problem()).isEqualTo(
                "'" + date + "' is outside the dates a plan may hold, from 1900-01-01 to 2200-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2200-12-31"})
    void theEndsOfTheRangeAreRead(String date) throws Exception {
        PlanDocument document = PlanDocuments.read(
                HEAD + "period:\n  start: 1900-01-01\n  end: " + date + "\n", "plan.yaml");

        assertThat(document.plan().period().end()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-2023-04-01"})
    void aSignedDateInJsonIsRefusedToo(String date) {
        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(
                "{\"id\": \"x\",\n \"period\": {\"start\": \"2026-04-01\", \"end\": \"" + date + "\"}}", "plan.json"));

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.pointer()).contains("/period/end");
    }
}
