package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;

/**
 * A statement of how the authority intend to achieve the improvements the plan sets out, with the specific
 * references the law asks for (in England, the Children and Young People's Plan (England) Regulations 2005 reg
 * 4(2)(a) as substituted by SI 2007/57 reg 4, for plans published on or after 1 October 2007).
 *
 * @param statement how the authority intend to achieve the improvements, in the plan's words
 * @param integration what it says of the integration of the services of the authority and its partners, or
 *     {@code null} when it says nothing
 * @param safeguarding what it says of the arrangements to safeguard and promote the welfare of children (Children Act
 *     2004 s11(2)), or {@code null} when it says nothing
 * @param earlyIntervention what it says of the arrangements for early intervention and preventative action, or
 *     {@code null} when it says nothing
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ImprovementStatement(
        @NotBlank String statement, String integration, String safeguarding, String earlyIntervention) {
}
