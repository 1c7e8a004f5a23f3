package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.hibernate.validator.constraints.UniqueElements;
import org.apiguardian.api.API;

/**
 * The vision a plan sets out.
 *
 * @param statement the vision in one statement
 * @param elements the parts of the vision, when the plan lists them
 * @param sharedBy ids of the {@link Body bodies} that share the vision, as the plan records their agreement to it
 * @param byEndOfPlan what the plan says will have been achieved by the end of its period, in its own words
 * @param nationalOutcomes the national outcomes of Scotland's National Performance Framework the vision is linked to
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Vision(
        @NotBlank String statement,
        List<@NotBlank String> elements,
        List<@NotBlank String> sharedBy,
        String byEndOfPlan,
        @UniqueElements List<@NotNull NationalOutcome> nationalOutcomes) {

    /** Copies the lists so that the record stays immutable. */
    public Vision {
        elements = Copies.list(elements);
        sharedBy = Copies.list(sharedBy);
        nationalOutcomes = Copies.list(nationalOutcomes);
    }

    /** A vision with its statement and elements only, as every vision was recorded before partners could share it. */
    public Vision(String statement, List<String> elements) {
        this(statement, elements, null, null, null);
    }
}
