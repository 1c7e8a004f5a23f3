package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.DatesInOrder;
import org.childplan.model.validation.Identifier;
import org.childplan.model.validation.SupportedDate;

/**
 * The earlier plan this plan replaces or updates.
 *
 * @param id the earlier plan's id, when it is known to childplan
 * @param title the earlier plan's title, or {@code null} when the source does not name it ("the previous plan")
 * @param start the first day of its period, or {@code null}
 * @param end the last day of its period, or {@code null}
 * @param relation whether this plan replaces or updates it
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@DatesInOrder
@RecordBuilder
public record PreviousPlan(@Identifier String id, String title, @SupportedDate LocalDate start,
        @SupportedDate LocalDate end, @NotNull PlanRelation relation) {
}
