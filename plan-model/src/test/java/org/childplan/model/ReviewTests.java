package org.childplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewTests {

    private static final LocalDate FROM = LocalDate.of(2020, 4, 1);
    private static final LocalDate TO = LocalDate.of(2021, 3, 31);

    @ParameterizedTest(name = "a review dated {0} is within 2020-21: {1}")
    @CsvSource({
        "2020-04-01, true",
        "2021-03-31, true",
        "2021-04-01, false",
        "2020-03-31, false",
        "2020-05, true",
        "2021-03, true",
        "2020-03, false",
        "2020, false",
        "2021, false"})
    void aReviewIsWithinAYearOnlyWhenEveryDayItsDateCanMeanIs(String date, boolean within) {
        assertThat(new Review(PartialDate.parse(date), ReviewKind.ANNUAL_UPDATE, null).madeWithin(FROM, TO))
                .isEqualTo(within);
    }

    @ParameterizedTest(name = "an undated review is within no year")
    @CsvSource("ANNUAL_UPDATE")
    void anUndatedReviewIsWithinNoYear(ReviewKind kind) {
        assertThat(new Review((PartialDate) null, kind, null).madeWithin(FROM, TO)).isFalse();
    }
}
