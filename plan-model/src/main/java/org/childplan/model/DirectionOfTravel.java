package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The way a plan wants a measure to move when it sets no numeric target.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DirectionOfTravel {
    /** The measure should rise. */
    INCREASE,
    /** The measure should fall. */
    DECREASE,
    /** The measure should hold where it is. */
    MAINTAIN
}
