package org.childplan.rules.wales;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.AnnualReport;
import org.childplan.model.Plan;

/**
 * The annual reports of an annual sufficiency plan that cover its financial year, whose content s75D of the Social
 * Services and Well-being (Wales) Act 2014 sets; the Wales pack's rules call it.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SufficiencyReports {

    private SufficiencyReports() {
    }

    /**
     * The reports of {@code plan} whose period includes the whole of the plan's period (its financial year), in plan
     * order; none when the plan records no period.
     */
    public static List<AnnualReport> coveringYearOf(Plan plan) {
        if (plan.period() == null || plan.period().start() == null || plan.period().end() == null) {
            return List.of();
        }
        return plan.annualReports().stream()
                .filter(report -> report.coversFrom() != null && report.coversTo() != null
                        && !report.coversFrom().isAfter(plan.period().start())
                        && !report.coversTo().isBefore(plan.period().end()))
                .toList();
    }
}
