package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * The needs assessment or profile of children that a plan rests on.
 *
 * @param title the assessment's title or description
 * @param date when the assessment was made, as precisely as the plan states it
 * @param preparedBy ids of the {@link Body bodies} that prepared it; more than one makes it a joint assessment
 * @param sources the evidence it draws on
 * @param findings its main findings, as sentences
 * @param method how the assessment was carried out (its methodology), in the plan's words
 * @param evidence the evidence it analyses, each piece typed as quantitative or qualitative and by what it is about
 * @param keyFindings its findings with ids, which {@link Priority priorities} cite as their rationale
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record NeedsAssessment(
        @NotBlank String title,
        @SupportedDate PartialDate date,
        List<@NotBlank String> preparedBy,
        List<@NotBlank String> sources,
        List<@NotBlank String> findings,
        String method,
        List<@NotNull @Valid NeedsEvidence> evidence,
        List<@NotNull @Valid NeedsFinding> keyFindings) {

    /** Copies the lists so that the record stays immutable. */
    public NeedsAssessment {
        preparedBy = Copies.list(preparedBy);
        sources = Copies.list(sources);
        findings = Copies.list(findings);
        evidence = Copies.list(evidence);
        keyFindings = Copies.list(keyFindings);
    }

    /** An assessment without method, typed evidence or findings with ids, as every assessment was once recorded. */
    public NeedsAssessment(
            String title, PartialDate date, List<String> preparedBy, List<String> sources, List<String> findings) {
        this(title, date, preparedBy, sources, findings, null, null, null);
    }
}
