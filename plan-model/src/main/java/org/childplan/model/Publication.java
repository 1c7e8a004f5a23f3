package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * Where and when a plan was published.
 *
 * @param date the date of publication
 * @param locations where it was published (web addresses, offices)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Publication(@NotNull @SupportedDate LocalDate date, List<@NotBlank String> locations) {

    /** Copies the list so that the record stays immutable. */
    public Publication {
        locations = Copies.list(locations);
    }
}
