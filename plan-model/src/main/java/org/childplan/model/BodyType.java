package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The kind of organisation that prepares, delivers or is a partner to a plan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BodyType {
    /** A local authority (council), or one of its departments such as social services. */
    LOCAL_AUTHORITY,
    /** A Scottish health board (National Health Service (Scotland) Act 1978 s2). */
    HEALTH_BOARD,
    /** A Scottish integration authority (Public Bodies (Joint Working) (Scotland) Act 2014). */
    INTEGRATION_AUTHORITY,
    /** An English NHS integrated care board (Health and Care Act 2022). */
    INTEGRATED_CARE_BOARD,
    /** A health authority, trust or other NHS body (for example the English health authorities of the 1990s). */
    HEALTH_AUTHORITY,
    /** A police force or service. */
    POLICE,
    /** An education authority, department, school or college. */
    EDUCATION,
    /** A voluntary or third-sector organisation. */
    THIRD_SECTOR,
    /** A body representing children and young people (for example a youth council). */
    CHILDREN_AND_YOUNG_PEOPLES_REPRESENTATIVES,
    /** Any other organisation. */
    OTHER
}
