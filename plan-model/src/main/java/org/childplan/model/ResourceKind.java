package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The kind of resource a partner contributes to a plan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ResourceKind {
    /** Money: a budget for the plan's services and actions. */
    BUDGET,
    /** Assets: buildings, land, equipment or other property. */
    ASSETS,
    /** The workforce: staff time, posts or full-time equivalents. */
    WORKFORCE
}
