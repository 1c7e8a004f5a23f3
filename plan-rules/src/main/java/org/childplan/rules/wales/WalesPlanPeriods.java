package org.childplan.rules.wales;

import java.time.LocalDate;
import java.time.Month;
import org.apiguardian.api.API;
import org.childplan.model.Period;

/**
 * The periods of reg 4 of the Children and Young People's Plan (Wales) Regulations 2007: the first plan has effect
 * from 1 August 2008 to 31 March 2011; each later plan for three years from 1 April when the one before ends.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WalesPlanPeriods {

    /** The first day of the first plan. */
    public static final LocalDate FIRST_START = LocalDate.of(2008, Month.AUGUST, 1);
    /** The last day of the first plan. */
    public static final LocalDate FIRST_END = LocalDate.of(2011, Month.MARCH, 31);

    private WalesPlanPeriods() {
    }

    /** Whether {@code period} is the first period or one of the three-year periods after it. */
    public static boolean isStatutory(Period period) {
        if (period == null) {
            return false;
        }
        if (period.start().equals(FIRST_START)) {
            return period.end().equals(FIRST_END);
        }
        LocalDate start = period.start();
        return start.getMonth() == Month.APRIL && start.getDayOfMonth() == 1 && start.getYear() >= 2011
                && (start.getYear() - 2011) % 3 == 0 && period.end().equals(start.plusYears(3).minusDays(1));
    }
}
