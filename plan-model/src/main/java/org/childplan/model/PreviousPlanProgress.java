package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.apiguardian.api.API;

/**
 * What a plan reports of progress against the objectives of the plan before it.
 *
 * @param summary the report of progress in the plan's words
 * @param objectives progress objective by objective, where the plan gives it
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record PreviousPlanProgress(@NotBlank String summary, List<@NotNull @Valid ObjectiveProgress> objectives) {

    /** Copies the list so that the record stays immutable. */
    public PreviousPlanProgress {
        objectives = Copies.list(objectives);
    }
}
