package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * How part of the collective resources is spent: an amount allocated to priorities, services or actions of the plan
 * over some of its years.
 *
 * @param priorities ids of the {@link Priority priorities} it is spent on
 * @param services ids of the {@link Service services} it is spent on
 * @param actions ids of the {@link Action actions} it is spent on
 * @param fundingStreams ids of the {@link FundingStream funding streams} it comes from
 * @param amount how much, in pounds, or {@code null} when the plan gives no figure
 * @param years the financial years it covers, for example {@code 2023-24}
 * @param description what it pays for, in the plan's words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ResourceAllocation(
        List<String> priorities,
        List<String> services,
        List<String> actions,
        List<String> fundingStreams,
        @PositiveOrZero BigDecimal amount,
        List<String> years,
        String description) {

    /** Copies the lists so that the record stays immutable. */
    public ResourceAllocation {
        priorities = Copies.list(priorities);
        services = Copies.list(services);
        actions = Copies.list(actions);
        fundingStreams = Copies.list(fundingStreams);
        years = Copies.list(years);
    }

    /** Whether it names anything it is spent on. (Not named as a getter, so that it is not read or written.) */
    public boolean namesWhatItFunds() {
        return !priorities.isEmpty() || !services.isEmpty() || !actions.isEmpty();
    }
}
