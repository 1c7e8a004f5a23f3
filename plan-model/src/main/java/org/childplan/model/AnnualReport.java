package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.DatesInOrder;
import org.childplan.model.validation.SupportedDate;

/**
 * A report on progress made under a plan over one year of its period.
 *
 * @param title the report's title
 * @param coversFrom the first day of the year it reports on
 * @param coversTo the last day of the year it reports on
 * @param published when it was published, as the source gives it: a day, a month ({@code 2024-06}) or a year, or
 *     {@code null} when not (yet) published; never before {@code coversTo}, as a report is on a year that has ended
 * @param location where it was published
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@DatesInOrder
@RecordBuilder
public record AnnualReport(
        @NotBlank String title, @NotNull @SupportedDate LocalDate coversFrom, @NotNull @SupportedDate LocalDate coversTo,
        @SupportedDate PartialDate published, String location) {

    /** A report published on a day, as every report was recorded before dates could be partial. */
    public AnnualReport(String title, LocalDate coversFrom, LocalDate coversTo, LocalDate published, String location) {
        this(title, coversFrom, coversTo, published == null ? null : PartialDate.of(published), location);
    }
}
