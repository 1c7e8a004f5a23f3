package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;

/**
 * How the wellbeing outcomes of one group of children changed in the year an annual report covers.
 *
 * @param group the group
 * @param outcome what changed for the group, in the report's words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record GroupOutcome(@NotNull ChildrenGroup group, @NotBlank String outcome) {
}
