package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * The steps the partners take to shift resources towards prevention and early intervention.
 *
 * @param description the steps, in the plan's words
 * @param disinvestments the spending stopped or reduced to make the shift; empty when none is named
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ShiftToPrevention(@NotBlank String description, List<@NotNull @Valid Disinvestment> disinvestments) {

    /** Copies the list so that the record stays immutable. */
    public ShiftToPrevention {
        disinvestments = Copies.list(disinvestments);
    }
}
