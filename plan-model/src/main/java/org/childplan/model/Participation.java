package org.childplan.model;

import org.apiguardian.api.API;

/**
 * How a body took part in a plan, as the plan or its source records it; apart from who holds the legal
 * responsibility for the plan ({@link PlanRole}).
 *
 * <p>Duties differ in what they ask: an "effective opportunity to participate in or contribute to the preparation"
 * of a plan is given to a body that prepared or co-developed it or sat on the group that planned it, whereas a duty
 * to "consult" a body is evidenced by its consultation (or by its co-developing the plan). Each rule says which kinds
 * satisfy it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Participation {
    /** Prepared the plan (a body with role LEAD or JOINT_PREPARER has prepared it whether or not this is listed). */
    PREPARED,
    /** Developed the plan together with the preparing bodies. */
    CO_DEVELOPED,
    /** A member of the board or group that planned and prepared the plan. */
    PLANNING_GROUP_MEMBER,
    /** A member of the group that oversees the plan's delivery. */
    OVERSIGHT_GROUP_MEMBER,
    /** Consulted on the plan. */
    CONSULTED,
    /** Endorsed or approved the plan. */
    ENDORSED,
    /** Delivers part of the plan. */
    DELIVERY_PARTNER
}
