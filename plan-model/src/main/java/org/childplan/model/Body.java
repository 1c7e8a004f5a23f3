package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;
import org.childplan.model.validation.Identifier;

/**
 * An organisation that prepares, delivers or is a partner to a plan.
 *
 * @param id the identifier other parts of the plan refer to this body by
 * @param name the body's name, as the plan gives it
 * @param type the kind of body
 * @param role the part the body plays in the plan: who holds the responsibility for it
 * @param participation how the body took part in the plan (prepared, sat on the planning group, was consulted...),
 *     as the plan or its source records it
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Body(
        @NotBlank @Identifier String id,
        @NotBlank String name,
        @NotNull BodyType type,
        @NotNull PlanRole role,
        List<@NotNull Participation> participation) {

    /** Copies the list so that the record stays immutable. */
    public Body {
        participation = Copies.list(participation);
    }

    /** A body whose participation is not recorded beyond its role. */
    public Body(String id, String name, BodyType type, PlanRole role) {
        this(id, name, type, role, List.of());
    }

    /**
     * Whether the body took part in the plan in one of the ways {@code kinds}: as its participation records, or, for
     * {@link Participation#PREPARED}, by preparing it as the lead or a joint preparer. (Not named as a getter, so that
     * it is not read or written as a property.)
     */
    public boolean tookPartAs(Collection<Participation> kinds) {
        if (kinds.contains(Participation.PREPARED) && (role == PlanRole.LEAD || role == PlanRole.JOINT_PREPARER)) {
            return true;
        }
        return participation.stream().anyMatch(kinds::contains);
    }
}
