package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * The partners' local strategy for whole family support: how and where families are supported across the continuum
 * of need.
 *
 * @param strategy the strategy, in the plan's words
 * @param services ids of the {@link Service services} that provide family support; their {@code continuum} places
 *     them on the continuum of need
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record FamilySupport(@NotBlank String strategy, List<@NotBlank String> services) {

    /** Copies the list so that the record stays immutable. */
    public FamilySupport {
        services = Copies.list(services);
    }
}
