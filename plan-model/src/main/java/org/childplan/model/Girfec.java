package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.apiguardian.api.API;

/**
 * How the partners create and maintain Getting it right for every child (GIRFEC) practice for individual children,
 * young people and families, at each level of their work.
 *
 * @param strategic how GIRFEC shapes strategic planning and oversight, in the plan's words
 * @param operational how it is embedded in operational service delivery (for example named person and lead
 *     professional arrangements, a shared child's plan)
 * @param frontline how it is put into frontline practice with children and families (for example training,
 *     practice guidance, the National Practice Model)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Girfec(String strategic, String operational, String frontline) {
}
