package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * The value one measure of the plan reached, as an annual report gives it.
 *
 * @param measure id of the {@link Measure}
 * @param value the value, in the measure's unit, as text (for example {@code 84.1})
 * @param date the day the value refers to, or {@code null} when the report gives none
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record MeasureResult(@NotBlank String measure, @NotBlank String value, @SupportedDate LocalDate date) {
}
