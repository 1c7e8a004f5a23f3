package org.childplan.model;

import org.apiguardian.api.API;

/**
 * Where a plan stands in its life cycle.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanStatus {
    /** Being written; not yet put to consultation or approval. */
    DRAFT,
    /** Out for consultation or engagement. */
    CONSULTATION,
    /** Approved or endorsed by the bodies responsible for it. */
    APPROVED,
    /** Published. */
    PUBLISHED
}
