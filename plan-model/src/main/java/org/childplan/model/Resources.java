package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * The partners' collective resources for a plan and how they are spent: budgets, assets and workforce by partner
 * and year, the funding streams, the allocations to priorities, services and actions, and the shift to prevention and
 * early intervention.
 *
 * @param description the plan's account of its resources, in its own words
 * @param contributions what each partner contributes, by year and kind
 * @param fundingStreams the funding streams the partners spend on the plan
 * @param allocations how the resources are spent across priorities, services and actions over the period
 * @param shiftToPrevention the steps taken to shift resources towards prevention and early intervention, or
 *     {@code null} when the plan names none
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Resources(
        String description,
        List<@NotNull @Valid ResourceContribution> contributions,
        List<@NotNull @Valid FundingStream> fundingStreams,
        List<@NotNull @Valid ResourceAllocation> allocations,
        @Valid ShiftToPrevention shiftToPrevention) {

    /** Copies the lists so that the record stays immutable. */
    public Resources {
        contributions = Copies.list(contributions);
        fundingStreams = Copies.list(fundingStreams);
        allocations = Copies.list(allocations);
    }
}
