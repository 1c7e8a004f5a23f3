package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The kind of group that oversees a plan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OversightBodyType {
    /** A chief officers' group (Scotland). */
    CHIEF_OFFICERS_GROUP,
    /** A multi-agency partnership board or children's services partnership. */
    PARTNERSHIP_BOARD,
    /** A children's trust board (England, Children Act 2004 s10 arrangements). */
    CHILDRENS_TRUST_BOARD,
    /** A health and wellbeing board (England, Health and Social Care Act 2012 s194). */
    HEALTH_AND_WELLBEING_BOARD,
    /** A safeguarding children partnership (England, Children Act 2004 s16E). */
    SAFEGUARDING_PARTNERSHIP,
    /** A joint officers' group or steering group of the agencies. */
    JOINT_OFFICERS_GROUP,
    /** A council committee. */
    COMMITTEE,
    /** Any other group. */
    OTHER
}
