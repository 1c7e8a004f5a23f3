package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.DatesInOrder;
import org.childplan.model.validation.SupportedDate;

/**
 * When an action is to happen.
 *
 * @param start when it starts, or {@code null}
 * @param due when it is due, or {@code null}
 * @param description the timescale in the plan's words (for example {@code by April 2011})
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@DatesInOrder
@RecordBuilder
public record Timescale(@SupportedDate LocalDate start, @SupportedDate LocalDate due, String description) {
}
