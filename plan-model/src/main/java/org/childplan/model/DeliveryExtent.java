package org.childplan.model;

import org.apiguardian.api.API;

/**
 * How far an action was delivered in the year an annual report covers.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DeliveryExtent {
    /** Delivered as the plan set out. */
    DELIVERED,
    /** Partly delivered, or delivered late. */
    PARTLY_DELIVERED,
    /** Not delivered in the year. */
    NOT_DELIVERED,
    /** Not due in the year; under way as planned. */
    ON_TRACK
}
