package org.childplan.rules.scotland;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.AnnualReport;
import org.childplan.model.Plan;
import org.childplan.rules.spi.ReportingYear;

/**
 * The annual reports of a plan that report on one year of its period (s13 of the Children and Young People (Scotland)
 * Act 2014); a helper of the Scotland pack's rules.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AnnualReports {

    private AnnualReports() {
    }

    /** The published reports of {@code plan} whose period includes the last day of {@code year}, in plan order. */
    public static List<AnnualReport> publishedCovering(Plan plan, ReportingYear year) {
        return plan.annualReports().stream()
                .filter(report -> report.published() != null && report.coversFrom() != null
                        && report.coversTo() != null && !report.coversFrom().isAfter(year.to())
                        && !report.coversTo().isBefore(year.to()))
                .toList();
    }
}
