package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;
import org.childplan.model.validation.Identifier;

/**
 * A funding stream the partners spend on the plan, for example a national fund or a pooled budget.
 *
 * @param id the identifier of this funding stream
 * @param name its name, for example {@code Whole Family Wellbeing Fund}
 * @param source who provides it, in the plan's words (a body of the plan or a national funder)
 * @param amount how much it brings over the years given, in pounds, or {@code null} when not stated
 * @param years the financial years it covers, for example {@code 2023-24}
 * @param spentOn how it is spent, in the plan's words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record FundingStream(
        @NotBlank @Identifier String id,
        @NotBlank String name,
        String source,
        @PositiveOrZero BigDecimal amount,
        List<@NotBlank String> years,
        String spentOn) {

    /** Copies the list so that the record stays immutable. */
    public FundingStream {
        years = Copies.list(years);
    }
}
