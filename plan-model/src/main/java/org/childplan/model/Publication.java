package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.childplan.model.internal.Copies;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * Where and when a plan was published.
 *
 * <p>A source often gives only the year or month of publication ("published in 2023"), or says a plan is published
 * without a date: the date is then partial, or absent, and a rule that cannot decide on it says the document does not
 * show what it needs, never that the duty is broken.
 *
 * @param date the date of publication as the source gives it: a day, a month ({@code 2023-06}) or a year
 *     ({@code 2023}), or {@code null} when the source does not date it
 * @param locations where it was published (web addresses, offices)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Publication(@SupportedDate PartialDate date, List<@NotBlank String> locations) {

    /** Copies the list so that the record stays immutable. */
    public Publication {
        locations = Copies.list(locations);
    }

    /** A publication on the day {@code date}, as every publication was recorded before dates could be partial. */
    public Publication(LocalDate date, List<String> locations) {
        this(PartialDate.of(Objects.requireNonNull(date, "date")), locations);
    }
}
