package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The stage of a plan's life at which an engagement or consultation took place.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EngagementPhase {
    /** While the plan was being developed. */
    DEVELOPMENT,
    /** While the plan is being delivered. */
    DELIVERY,
    /** While the plan, or the progress made under it, is reviewed or reported on. */
    REVIEW
}
