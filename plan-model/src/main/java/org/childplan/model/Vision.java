package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.apiguardian.api.API;

/**
 * The vision a plan sets out.
 *
 * @param statement the vision in one statement
 * @param elements the parts of the vision, when the plan lists them
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Vision(@NotBlank String statement, List<@NotBlank String> elements) {

    /** Copies the list so that the record stays immutable. */
    public Vision {
        elements = Copies.list(elements);
    }
}
