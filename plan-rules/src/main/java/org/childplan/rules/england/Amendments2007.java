package org.childplan.rules.england;

import java.time.LocalDate;
import java.time.Month;
import org.apiguardian.api.API;
import org.childplan.model.PartialDate;
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
     * The date by which {@code plan} is placed on one side of the split: its publication date as its source gives it
     * (perhaps only a month or a year), or with no dated publication recorded, the start of its period; {@code null}
     * when it records neither.
     */
    public static PartialDate dateOf(Plan plan) {
        if (plan.publication() != null && plan.publication().date() != null) {
            return plan.publication().date();
        }
        return plan.period() == null || plan.period().start() == null ? null : PartialDate.of(plan.period().start());
    }

    /**
     * Whether the amendments of SI 2007/57 certainly apply to {@code plan}: published (or, unpublished, starting) on or
     * after 1 October 2007 on every day its date can mean.
     */
    public static boolean apply(Plan plan) {
        PartialDate date = dateOf(plan);
        return date != null && !date.earliest().isBefore(FIRST_PUBLICATION);
    }

    /**
     * Whether {@code plan} is certainly governed by the Regulations as made: published (or, unpublished, starting)
     * before 1 October 2007 on every day its date can mean.
     */
    public static boolean doNotApply(Plan plan) {
        PartialDate date = dateOf(plan);
        return date != null && date.latest().isBefore(FIRST_PUBLICATION);
    }

    /**
     * Whether the plan's publication date, given only as a month or a year, does not show on which side of 1 October
     * 2007 it falls (for example {@code 2007}); a rule then says the document does not show what it needs.
     */
    public static boolean undecided(Plan plan) {
        return dateOf(plan) != null && !apply(plan) && !doNotApply(plan);
    }

    /** Why {@link #undecided(Plan)}, in the plan's terms. */
    public static String undecidedMessage(Plan plan) {
        return "The plan's publication date, " + dateOf(plan) + ", does not show whether it was published before 1 October"
                + " 2007, which decides whether the amendments of SI 2007/57 apply to it";
    }
}
