package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.childplan.model.validation.Identifier;

/**
 * An organisation that prepares, delivers or is a partner to a plan.
 *
 * @param id the identifier other parts of the plan refer to this body by
 * @param name the body's name, as the plan gives it
 * @param type the kind of body
 * @param role the part the body plays in the plan
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Body(@NotBlank @Identifier String id, @NotBlank String name, @NotNull BodyType type, @NotNull PlanRole role) {
}
