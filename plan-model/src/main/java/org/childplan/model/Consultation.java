package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.hibernate.validator.constraints.UniqueElements;
import org.apiguardian.api.API;
import org.childplan.model.validation.Identifier;
import org.childplan.model.validation.DatesInOrder;
import org.childplan.model.validation.SupportedDate;

/**
 * A consultation or engagement exercise on a plan.
 *
 * @param id the identifier of this consultation
 * @param groups the groups consulted
 * @param bodies ids of the {@link Body bodies} consulted, where the plan names them
 * @param method how they were consulted (survey, events, ...)
 * @param from when it began, or {@code null}
 * @param to when it ended, or {@code null}
 * @param description what was done, in the plan's words
 * @param changes what changed in the plan as a result
 * @param phase the stage of the plan's life at which it took place (development, delivery or review), or
 *     {@code null} when not stated
 * @param findings what the people engaged said: its key findings, in the plan's words
 * @param shapedPriorities ids of the {@link Priority priorities} it shaped or changed ("you said, we did")
 * @param shapedActions ids of the {@link Action actions} it shaped or changed ("you said, we did")
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
@DatesInOrder
public record Consultation(
        @NotBlank @Identifier String id,
        @NotEmpty @UniqueElements List<@NotNull ConsultedGroup> groups,
        List<@NotBlank String> bodies,
        String method,
        @SupportedDate LocalDate from,
        @SupportedDate LocalDate to,
        String description,
        List<@NotBlank String> changes,
        EngagementPhase phase,
        List<@NotBlank String> findings,
        List<@NotBlank String> shapedPriorities,
        List<@NotBlank String> shapedActions) {

    /** Copies the lists so that the record stays immutable. */
    public Consultation {
        findings = Copies.list(findings);
        shapedPriorities = Copies.list(shapedPriorities);
        shapedActions = Copies.list(shapedActions);
        groups = Copies.list(groups);
        bodies = Copies.list(bodies);
        changes = Copies.list(changes);
    }
}
