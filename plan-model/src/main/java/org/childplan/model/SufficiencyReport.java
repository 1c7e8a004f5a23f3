package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.PositiveOrZero;
import org.apiguardian.api.API;

/**
 * What a Welsh local authority's annual report sets out for a financial year for which it made an annual sufficiency
 * plan: how its steps increased the accommodation available, the applications it made for supplementary placements,
 * and why their number differs from the plan's estimate (Social Services and Well-being (Wales) Act 2014 s75D,
 * inserted by the Health and Social Care (Wales) Act 2025 s12).
 *
 * <p>It is part of an {@link AnnualReport} of a document of the kind {@link DocumentKind#ANNUAL_SUFFICIENCY_PLAN},
 * the report covering the plan's financial year. Every part is optional: a report records what it shows.
 *
 * @param accommodationIncrease how the steps the authority took in the year have increased, or are expected to
 *     increase, the accommodation available to it that meets s75(1)(a)-(b) (s75D(a)), or {@code null} when not
 *     recorded
 * @param supplementaryPlacementApplications the number of applications the authority made in the year for approval
 *     to place children in a supplementary placement under s81B (s75D(b)), or {@code null} when not recorded
 * @param estimatedApplications the number of such applications the annual sufficiency plan estimated the authority
 *     would make in the year (s75A(3)(d)(i)), as the report gives it, or {@code null} when not recorded
 * @param differenceReasons the reasons for any difference between the applications made and those estimated
 *     (s75D(c)), or {@code null} when not recorded
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record SufficiencyReport(String accommodationIncrease, @PositiveOrZero Integer supplementaryPlacementApplications,
        @PositiveOrZero Integer estimatedApplications, String differenceReasons) {

    /**
     * Whether the report shows a difference between the applications made and those estimated: {@code null} when
     * either number is not recorded. (Not named as a getter, so that it is not read or written as a property.)
     */
    public Boolean applicationsDifferFromEstimate() {
        if (supplementaryPlacementApplications == null || estimatedApplications == null) {
            return null;
        }
        return !supplementaryPlacementApplications.equals(estimatedApplications);
    }
}
