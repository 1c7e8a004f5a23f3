package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;

/**
 * One piece of evidence a needs assessment analyses, typed so that a reader can see whether the assessment rests on
 * numbers and on views, and on the child population, on service performance and on child wellbeing.
 *
 * @param description what the evidence is, in the plan's words
 * @param nature whether it is quantitative or qualitative, or {@code null} when the plan does not say
 * @param subject what it is about, or {@code null} when the plan does not say
 * @param source where it comes from (a statistical series, a survey, a service's records)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record NeedsEvidence(@NotBlank String description, EvidenceNature nature, EvidenceSubject subject, String source) {
}
