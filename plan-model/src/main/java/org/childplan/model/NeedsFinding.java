package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;
import org.childplan.model.validation.Identifier;

/**
 * A finding of a needs assessment with an id, so that the priorities it justifies can cite it as their rationale.
 *
 * @param id the identifier priorities cite this finding by (see {@link Priority#rationale()})
 * @param statement the finding, in the plan's words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record NeedsFinding(@NotBlank @Identifier String id, @NotBlank String statement) {
}
