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
 * @param start the start of its period as the source gives it: a day, a month ({@code 2017-04}) or a year, or
 *     {@code null}
 * @param end the end of its period as the source gives it: a day, a month or a year, or {@code null}
 * @param relation whether this plan replaces or updates it
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@DatesInOrder
@RecordBuilder
public record PreviousPlan(@Identifier String id, String title, @SupportedDate PartialDate start,
        @SupportedDate PartialDate end, @NotNull PlanRelation relation) {

    /** A previous plan whose period is given by whole days, as every one was recorded before dates could be partial. */
    public PreviousPlan(String id, String title, LocalDate start, LocalDate end, PlanRelation relation) {
        this(id, title, start == null ? null : PartialDate.of(start), end == null ? null : PartialDate.of(end),
                relation);
    }
}
