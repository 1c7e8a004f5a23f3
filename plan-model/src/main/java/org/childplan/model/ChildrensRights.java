package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.hibernate.validator.constraints.UniqueElements;
import org.apiguardian.api.API;

/**
 * How a plan gives effect to children's rights (for example the UN Convention on the Rights of the Child).
 *
 * @param statement what the plan says about children's rights
 * @param uncrcArticles the UNCRC articles the plan names
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ChildrensRights(@NotBlank String statement, @UniqueElements List<@NotNull @Min(1) @Max(54) Integer> uncrcArticles) {

    /** Copies the list so that the record stays immutable. */
    public ChildrensRights {
        uncrcArticles = Copies.list(uncrcArticles);
    }
}
