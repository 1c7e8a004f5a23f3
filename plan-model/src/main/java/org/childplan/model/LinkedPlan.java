package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;

/**
 * Another plan or strategy a plan links to.
 *
 * @param title the other plan's title
 * @param kind what kind of plan it is
 * @param relationship how the two relate, in the plan's words
 * @param url where the other plan is published
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record LinkedPlan(@NotBlank String title, @NotNull LinkedPlanKind kind, String relationship, String url) {
}
