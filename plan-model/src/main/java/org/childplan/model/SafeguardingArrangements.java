package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.apiguardian.api.API;

/**
 * What the safeguarding partners' published arrangements, or their yearly report on them, say (Children Act 2004
 * ss16E-16G, England): how the arrangements are independently scrutinised, what the partners and relevant agencies
 * have done as a result of them, and how effective they have been.
 *
 * <p>Every part is optional: a document records what it shows.
 *
 * @param independentScrutiny how the arrangements provide for scrutiny of their effectiveness by an independent
 *     person (who scrutinises, and how), or {@code null} when not recorded
 * @param partnersActivity what the safeguarding partners and relevant agencies have done as a result of the
 *     arrangements over the period reported, or {@code null} when not recorded
 * @param effectiveness how effective the arrangements have been in practice over the period reported, or
 *     {@code null} when not recorded
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record SafeguardingArrangements(String independentScrutiny, String partnersActivity, String effectiveness) {
}
