package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * A value of a measure at a point in time: a baseline or a target.
 *
 * @param value the value, as the plan states it (a number, a rate, a rating), for example {@code 45}, {@code 12.5%}
 *     or {@code good}
 * @param date the date the value refers to (for a baseline) or is due by (for a target), or {@code null}
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record MeasureValue(@NotBlank String value, @SupportedDate LocalDate date) {
}
