package org.childplan.model;

import org.apiguardian.api.API;

/**
 * How far an objective of a previous plan has been met.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProgressStatus {
    /** Achieved. */
    ACHIEVED,
    /** Partly achieved or on track. */
    IN_PROGRESS,
    /** Not achieved. */
    NOT_ACHIEVED,
    /** Carried forward into the new plan. */
    CARRIED_FORWARD,
    /** Progress is stated without a verdict. */
    REPORTED
}
