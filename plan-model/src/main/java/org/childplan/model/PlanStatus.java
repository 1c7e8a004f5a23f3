package org.childplan.model;

import org.apiguardian.api.API;

/**
 * Where a plan stands in its life cycle, as its source describes it.
 *
 * <p>A plan is <em>prepared</em> ({@link #isPrepared()}) once it is approved, published or launched: from then the
 * duties that follow preparation (publication, sending copies) are due whatever its period.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanStatus {
    /** Being written; not yet put to consultation or approval. */
    DRAFT,
    /** Out for consultation or engagement. */
    CONSULTATION,
    /** Submitted to the bodies responsible for it for approval or endorsement, and not yet approved. */
    SUBMITTED,
    /** Approved or endorsed by the bodies responsible for it. */
    APPROVED,
    /** Published. */
    PUBLISHED,
    /**
     * Launched: put into effect in public (for example at a launch event a news item reports), whether or not its
     * publication is recorded.
     */
    LAUNCHED;

    /** Whether a plan in this state has been prepared: approved, published or launched. */
    public boolean isPrepared() {
        return this == APPROVED || this == PUBLISHED || this == LAUNCHED;
    }
}
