package org.childplan.rules.scotland;

import java.time.LocalDate;
import java.time.Month;
import org.apiguardian.api.API;
import org.childplan.model.Period;

/**
 * The three-year periods of s8(1) of the Children and Young People (Scotland) Act 2014: the first begins on
 * 1 April 2017 (the Children's Services Planning (Specified Date) (Scotland) Order 2016, SSI 2016/255), each later
 * one when the one before ends.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ThreeYearPeriods {

    /** The first day of the first period. */
    public static final LocalDate FIRST_START = LocalDate.of(2017, Month.APRIL, 1);

    private ThreeYearPeriods() {
    }

    /**
     * Whether {@code period} is one of the statutory periods. Its end may be given as 31 March of its third year or,
     * as the Order's explanatory note words it ("from 1st April 2017 to 1st April 2020"), the following 1 April.
     */
    public static boolean isStatutory(Period period) {
        return period != null && isPeriodStart(period.start())
                && (period.end().equals(period.start().plusYears(3).minusDays(1))
                        || period.end().equals(period.start().plusYears(3)));
    }

    /**
     * Whether {@code period} ends on the last day of a statutory period (or the 1 April after it) but starts after
     * that period's first day, within it: a plan in respect of that period that starts late, such as a plan for
     * 1 April 2021 to 31 March 2023.
     */
    public static boolean startsLate(Period period) {
        if (period == null || period.start() == null || period.end() == null) {
            return false;
        }
        LocalDate lastDay = period.end().getMonth() == Month.APRIL && period.end().getDayOfMonth() == 1
                ? period.end().minusDays(1) : period.end();
        LocalDate first = lastDay.plusDays(1).minusYears(3);
        return isPeriodStart(first) && period.start().isAfter(first) && period.start().isBefore(lastDay);
    }

    /** The first day of the statutory period that {@code period} ends with, for a period that {@link #startsLate}. */
    public static LocalDate firstDayOfPeriodEnding(Period period) {
        LocalDate lastDay = period.end().getMonth() == Month.APRIL && period.end().getDayOfMonth() == 1
                ? period.end().minusDays(1) : period.end();
        return lastDay.plusDays(1).minusYears(3);
    }

    /** The statutory period that contains {@code date}, as {@code 1 April 2017 to 31 March 2020}; empty text before the first. */
    public static String periodContaining(LocalDate date) {
        if (date.isBefore(FIRST_START)) {
            return "";
        }
        int periods = (date.getYear() - FIRST_START.getYear() - (date.getMonthValue() < 4 ? 1 : 0)) / 3;
        LocalDate start = FIRST_START.plusYears(3L * periods);
        return start + " to " + start.plusYears(3).minusDays(1);
    }

    /** What is wrong with {@code period}, in words for a finding. */
    public static String problem(Period period) {
        if (period == null) {
            return "The plan states no period";
        }
        String expected = periodContaining(period.start());
        return "The plan's period " + period.start() + " to " + period.end() + " is not one of the three-year periods "
                + "that begin on 1 April 2017 and every three years after"
                + (expected.isEmpty() ? "" : " (its start falls in the period " + expected + ")");
    }

    private static boolean isPeriodStart(LocalDate date) {
        return date != null && !date.isBefore(FIRST_START) && date.getMonth() == Month.APRIL && date.getDayOfMonth() == 1
                && (date.getYear() - FIRST_START.getYear()) % 3 == 0;
    }
}
