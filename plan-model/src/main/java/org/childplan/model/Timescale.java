package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.model.validation.DatesInOrder;
import org.childplan.model.validation.SupportedDate;

/**
 * When an action is to happen.
 *
 * @param start when it starts, as the source gives it: a day, a month ({@code 2011-04}) or a year, or {@code null}
 * @param due when it is due, as the source gives it: a day, a month ({@code 2011-04}) or a year, or {@code null}
 * @param description the timescale in the plan's words (for example {@code by April 2011})
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@DatesInOrder
@RecordBuilder
public record Timescale(@SupportedDate PartialDate start, @SupportedDate PartialDate due, String description) {

    /** A timescale of whole days, as every timescale was recorded before dates could be partial. */
    public Timescale(LocalDate start, LocalDate due, String description) {
        this(start == null ? null : PartialDate.of(start), due == null ? null : PartialDate.of(due), description);
    }
}
