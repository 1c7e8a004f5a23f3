package org.childplan.rules.england;

import java.time.LocalDate;
import java.time.Month;
import org.apiguardian.api.API;
import org.childplan.model.Plan;

/**
 * Which text of the Children and Young People's Plan (England) Regulations 2005 governs a plan: SI 2007/57 reg 7(1)
 * says its amendments "do not apply in relation to any plan that is published before 1st October 2007", so the split
 * is by the plan's date of publication, not by the date of the check.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Amendments2007 {

    /** The first day of publication to which the amendments apply. */
    public static final LocalDate FIRST_PUBLICATION = LocalDate.of(2007, Month.OCTOBER, 1);

    private Amendments2007() {
    }

    /**
     * The date by which {@code plan} is placed on one side of the split: its publication date, or with no publication
     * recorded, the start of its period; {@code null} when it records neither.
     */
    public static LocalDate dateOf(Plan plan) {
        if (plan.publication() != null && plan.publication().date() != null) {
            return plan.publication().date();
        }
        return plan.period() == null ? null : plan.period().start();
    }

    /** Whether the amendments of SI 2007/57 apply to {@code plan}: published (or, unpublished, starting) on or after 1 October 2007. */
    public static boolean apply(Plan plan) {
        LocalDate date = dateOf(plan);
        return date != null && !date.isBefore(FIRST_PUBLICATION);
    }

    /** Whether {@code plan} is governed by the Regulations as made: published (or, unpublished, starting) before 1 October 2007. */
    public static boolean doNotApply(Plan plan) {
        LocalDate date = dateOf(plan);
        return date != null && date.isBefore(FIRST_PUBLICATION);
    }
}
