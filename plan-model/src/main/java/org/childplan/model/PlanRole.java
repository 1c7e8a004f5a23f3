package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The part a body plays in a plan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanRole {
    /** Bears the lead responsibility for preparing the plan. */
    LEAD,
    /** Prepares the plan jointly with the other preparing bodies. */
    JOINT_PREPARER,
    /** Takes part in delivering or overseeing the plan without preparing it. */
    PARTNER
}
