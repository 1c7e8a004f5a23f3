package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * Spending the partners stop or reduce so that it can move elsewhere, usually towards prevention and early
 * intervention.
 *
 * @param from what is disinvested from, in the plan's words (a service, a kind of placement, a contract)
 * @param service id of the {@link Service} disinvested from, when the plan lists it
 * @param amount how much, in pounds, or {@code null} when the plan gives no figure
 * @param description what is done with it, in the plan's words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Disinvestment(@NotBlank String from, String service, @PositiveOrZero BigDecimal amount, String description) {
}
