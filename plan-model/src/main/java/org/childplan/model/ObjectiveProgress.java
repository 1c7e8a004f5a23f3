package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;

/**
 * Progress on one objective of the previous plan.
 *
 * @param objective the objective
 * @param status how far it was met
 * @param note what the plan says about it
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ObjectiveProgress(@NotBlank String objective, @NotNull ProgressStatus status, String note) {
}
