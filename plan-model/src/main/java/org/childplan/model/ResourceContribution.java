package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * What one partner contributes to a plan's collective resources in one year: a budget, assets or workforce.
 *
 * @param body id of the {@link Body} that contributes
 * @param year the financial year, 1 April to 31 March, for example {@code 2023-24}
 * @param kind whether it is a budget, assets or workforce
 * @param amount how much, in pounds for a budget and in {@code unit} otherwise; {@code null} when the plan gives no
 *     figure
 * @param unit the unit of {@code amount} when it is not pounds, for example {@code FTE}
 * @param description what the contribution is, in the plan's words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ResourceContribution(
        @NotBlank String body,
        @NotBlank @Pattern(regexp = "[0-9]{4}-[0-9]{2}") String year,
        @NotNull ResourceKind kind,
        @PositiveOrZero BigDecimal amount,
        String unit,
        String description) {
}
