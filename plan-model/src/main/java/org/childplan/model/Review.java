package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * A review or update of a plan.
 *
 * @param date when the review was made, as the source gives it: a day, a month ({@code 2019-05}) or a year, or
 *     {@code null} when the source does not date it
 * @param kind the kind of review
 * @param summary what it found or changed
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Review(@SupportedDate PartialDate date, @NotNull ReviewKind kind, String summary) {

    /** A review made on the day {@code date}, as every review was recorded before dates could be partial. */
    public Review(LocalDate date, ReviewKind kind, String summary) {
        this(PartialDate.of(Objects.requireNonNull(date, "date")), kind, summary);
    }

    /**
     * Whether the review certainly falls between {@code from} and {@code to}, both included: every day its date can
     * mean does. A review dated only by a year that straddles the range is not known to fall in it.
     */
    public boolean madeWithin(LocalDate from, LocalDate to) {
        return date != null && !date.earliest().isBefore(from) && !date.latest().isAfter(to);
    }
}
