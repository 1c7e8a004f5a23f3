package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.DatesInOrder;
import org.childplan.model.validation.SupportedDate;

/**
 * The period a plan covers and how often it is refreshed within it.
 *
 * @param start the first day the plan covers
 * @param end the last day the plan covers
 * @param updateCycle how often the plan is refreshed within the period, or {@code null} when not stated
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@DatesInOrder
@RecordBuilder
public record Period(
        @NotNull @SupportedDate LocalDate start, @NotNull @SupportedDate LocalDate end, UpdateCycle updateCycle) {

    /** Whether {@code date} lies within this period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
