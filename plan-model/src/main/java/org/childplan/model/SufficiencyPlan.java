package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * What an annual sufficiency plan records: the estimates, assessments and steps a local authority in Wales sets out
 * for a financial year to secure sufficient accommodation for the children it looks after, and the Welsh Ministers'
 * approval (Social Services and Well-being (Wales) Act 2014 s75A, inserted by the Health and Social Care (Wales) Act
 * 2025 s11).
 *
 * <p>The document is of the kind {@link DocumentKind#ANNUAL_SUFFICIENCY_PLAN} and its period is the financial year the
 * plan relates to. Every part is optional: a document records what it shows.
 *
 * @param childrenEstimate the number of children the authority estimates it will be looking after in the year, and
 *     of those for whom it will be unlikely to be able to make arrangements to live with a parent or other connected
 *     person (s75A(3)(a)), or {@code null} when not recorded
 * @param accommodationAssessment the assessment of the accommodation provided by local authority foster parents and
 *     children's homes that will be available to the authority for placing those children (s75A(3)(b)), or
 *     {@code null} when not recorded
 * @param notForProfitAssessment the assessment of the extent to which that accommodation is within or near the area
 *     and provided by foster parents and children's homes of the kinds s75(1) requires (not-for-profit providers and
 *     local authorities) (s75A(3)(c)), or {@code null} when not recorded
 * @param supplementaryPlacements the estimate of the applications the authority expects to make for approval of
 *     supplementary placements with for-profit or private providers, and why (s75A(3)(d)), or {@code null} when not
 *     recorded
 * @param steps how the steps the authority will take are intended to secure sufficient accommodation of the kinds
 *     s75(1) requires (s75A(3)(e)), or {@code null} when not recorded
 * @param ministersApproval the day the Welsh Ministers approved the plan (s75A(2)(b), s75B(4)), or {@code null} when
 *     not recorded
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record SufficiencyPlan(String childrenEstimate, String accommodationAssessment, String notForProfitAssessment,
        String supplementaryPlacements, String steps, @SupportedDate LocalDate ministersApproval) {
}
