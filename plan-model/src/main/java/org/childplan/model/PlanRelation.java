package org.childplan.model;

import org.apiguardian.api.API;

/**
 * How a plan relates to an earlier plan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanRelation {
    /** Replaces the earlier plan. */
    REPLACES,
    /** Updates the earlier plan (for example its annual update). */
    UPDATES
}
