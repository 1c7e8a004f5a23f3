package org.childplan.model;

import org.apiguardian.api.API;

/**
 * How often a plan is refreshed within its period.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum UpdateCycle {
    /** Not refreshed within its period. */
    NONE,
    /** Refreshed every year. */
    ANNUAL,
    /** Refreshed every two years. */
    BIENNIAL,
    /** Refreshed every three years. */
    TRIENNIAL
}
