package org.childplan.model;

import org.apiguardian.api.API;

/**
 * A group of people or bodies consulted or engaged on a plan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ConsultedGroup {
    /** Children and young people. */
    CHILDREN_AND_YOUNG_PEOPLE,
    /** Parents, carers and families. */
    PARENTS_AND_FAMILIES,
    /** People representing the interests of those who use, or are likely to use, the services. */
    SERVICE_USER_REPRESENTATIVES,
    /** Third-sector (voluntary) bodies. */
    THIRD_SECTOR,
    /** Other providers of children's services or related services. */
    SERVICE_PROVIDERS,
    /** Health bodies (health boards, health authorities, NHS trusts, integrated care boards). */
    HEALTH_BODIES,
    /** Education bodies and schools. */
    EDUCATION,
    /** Social landlords providing housing in the area (Children and Young People (Scotland) Act 2014, s10(1)(b)(ii)). */
    SOCIAL_LANDLORDS,
    /** The police. */
    POLICE,
    /**
     * Probation services: in Northern Ireland the Probation Board for Northern Ireland (Children (Northern Ireland) Order
     * 1995, Sch 2 para 2A(3)(g)).
     */
    PROBATION,
    /** Integration joint boards or other integration authorities. */
    INTEGRATION_AUTHORITIES,
    /** Elected members, committees and scrutiny bodies. */
    ELECTED_MEMBERS,
    /** Staff of the partner agencies. */
    STAFF,
    /** The wider public or community. */
    PUBLIC,
    /** Any other group. */
    OTHER
}
