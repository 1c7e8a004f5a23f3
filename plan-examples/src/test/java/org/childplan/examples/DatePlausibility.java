package org.childplan.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childplan.model.AnnualReport;
import org.childplan.model.Measure;
import org.childplan.model.Plan;
import org.childplan.model.PlanRelation;

/**
 * Checks that the dates of an example tell a consistent story beyond what structural validation requires: a plan
 * starts after the plan it follows ends, a target falls after its baseline, a report is published after the year it
 * covers.
 */
final class DatePlausibility {

    private DatePlausibility() {
    }

    /** The pairs of dates that are out of order. */
    static List<String> datesOutOfOrder(Plan plan) {
        List<String> problems = new ArrayList<>();
        // A plan that replaces another follows it; an update may overlap the plan it updates.
        if (plan.period() != null && plan.previousPlan() != null && plan.previousPlan().end() != null
                && plan.previousPlan().relation() == PlanRelation.REPLACES) {
            notBefore(problems, "/period/start", plan.previousPlan().end().earliest().plusDays(1), plan.period().start(),
                    "day after the previous plan's end", "period start");
        }
        for (int i = 0; i < plan.measures().size(); i++) {
            Measure measure = plan.measures().get(i);
            if (measure.baseline() != null && measure.target() != null) {
                notBefore(problems, "/measures/" + i, measure.baseline().date(), measure.target().date(),
                        "baseline date", "target date");
            }
        }
        for (int i = 0; i < plan.annualReports().size(); i++) {
            AnnualReport report = plan.annualReports().get(i);
            if (report.published() != null) {
                notBefore(problems, "/annualReports/" + i, report.coversTo(), report.published().latest(), "coversTo",
                        "published");
            }
        }
        return problems;
    }

    private static void notBefore(List<String> problems, String at, LocalDate earlier, LocalDate later,
            String earlierName, String laterName) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            problems.add(at + ": " + laterName + " " + later + " is before " + earlierName + " " + earlier);
        }
    }
}
