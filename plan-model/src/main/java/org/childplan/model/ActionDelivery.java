package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;

/**
 * How far one action of the plan was delivered in the year an annual report covers.
 *
 * @param action id of the {@link Action}
 * @param extent how far it was delivered
 * @param note what was done, in the report's words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ActionDelivery(@NotBlank String action, @NotNull DeliveryExtent extent, String note) {
}
