package org.childplan.model;

import org.apiguardian.api.API;

/**
 * A level on the continuum of need that a service meets, from support for every child to intensive support for a
 * few, as the Scottish Government's reviews of children's services plans describe it (prevention, early intervention,
 * targeted and intensive support).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum NeedLevel {
    /** Universal services and primary prevention: for every child or family, before any need arises. */
    UNIVERSAL_PREVENTION,
    /** Early intervention: help at the earliest appropriate time once a need appears. */
    EARLY_INTERVENTION,
    /** Targeted support for children or families with identified additional needs. */
    TARGETED,
    /** Intensive or specialist support (for example child protection, care, secure services). */
    INTENSIVE
}
