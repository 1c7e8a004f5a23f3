package org.childplan.rules.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Period;

/**
 * One whole year of a plan's period, counted from the period's start; a check inserts one fact per year.
 *
 * <p>Reporting duties run by such years: the "1 year period" of s13 of the Children and Young People (Scotland) Act
 * 2014, for example, runs from 1 April to 31 March of a plan that starts on 1 April.
 *
 * @param number the year's number within the period, from 1
 * @param from its first day
 * @param to its last day
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportingYear(int number, LocalDate from, LocalDate to) {

    /** The whole years of {@code period}, from its start; a trailing part-year is not a year. */
    public static List<ReportingYear> of(Period period) {
        List<ReportingYear> years = new ArrayList<>();
        LocalDate from = period.start();
        for (int number = 1; !from.plusYears(1).minusDays(1).isAfter(period.end()); number++) {
            years.add(new ReportingYear(number, from, from.plusYears(1).minusDays(1)));
            from = from.plusYears(1);
        }
        return years;
    }

    /** Whether the year ended before {@code date}. */
    public boolean endedBefore(LocalDate date) {
        return to.isBefore(date);
    }
}
