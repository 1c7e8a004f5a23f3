package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.apiguardian.api.API;

/**
 * How a plan is overseen: the oversight body, its members, to whom it is accountable and how it reports.
 *
 * @param oversightBody the name of the group that oversees the plan
 * @param type the kind of group
 * @param members ids of the {@link Body bodies} represented on the group
 * @param membership the group's membership as the plan describes it, when it is not a list of bodies
 * @param accountability how the group is held to account
 * @param reportsTo the bodies the group reports to, by name (they need not be bodies of the plan)
 * @param meets how often the group meets, or {@code null} when not stated
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Governance(
        @NotBlank String oversightBody,
        @NotNull OversightBodyType type,
        List<@NotBlank String> members,
        String membership,
        String accountability,
        List<@NotBlank String> reportsTo,
        ReportingFrequency meets) {

    /** Copies the lists so that the record stays immutable. */
    public Governance {
        members = Copies.list(members);
        reportsTo = Copies.list(reportsTo);
    }
}
