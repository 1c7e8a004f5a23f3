package org.childplan.model;

import org.apiguardian.api.API;

/**
 * What a body decided when a plan was put to it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ApprovalDecision {
    /** Approved the plan. */
    APPROVED,
    /** Endorsed the plan. */
    ENDORSED,
    /** Approved the plan's release for (further) consultation or engagement. */
    RELEASED_FOR_ENGAGEMENT,
    /** Received and noted the plan without approving it. */
    NOTED,
    /** Considered the plan; its comments or decision are not recorded. */
    CONSIDERED,
    /** Asked to decide; the decision is not recorded (yet). */
    PENDING,
    /** Deferred a decision. */
    DEFERRED,
    /** Rejected the plan. */
    REJECTED
}
