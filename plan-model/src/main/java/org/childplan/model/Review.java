package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * A review or update of a plan.
 *
 * @param date when the review was made
 * @param kind the kind of review
 * @param summary what it found or changed
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Review(@SupportedDate LocalDate date, @NotNull ReviewKind kind, String summary) {
}
