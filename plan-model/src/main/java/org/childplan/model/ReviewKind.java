package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The kind of review a plan underwent.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReviewKind {
    /** The annual update of a multi-year plan. */
    ANNUAL_UPDATE,
    /** A review part way through the period. */
    MID_TERM_REVIEW,
    /** A complete rewrite of the plan. */
    REWRITE,
    /** A review in response to an inspection. */
    INSPECTION_RESPONSE,
    /** Any other review. */
    OTHER
}
