package org.childplan.model;

import org.apiguardian.api.API;

/**
 * What kind of planning document this is; not every document that shapes children's services is a statutory plan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DocumentKind {
    /** A children's services plan (1996 Planning Order in England; Part 3 of the 2014 Act in Scotland). */
    CHILDRENS_SERVICES_PLAN,
    /** A Children and Young People's Plan (Children Act 2004 s17 in England, or a voluntary successor). */
    CHILDREN_AND_YOUNG_PEOPLES_PLAN,
    /**
     * An update or review of an existing plan (for example the annual update of a three-year plan); it carries the
     * duties on reviewing a plan, not those on preparing one. A plan revised or substituted is a {@link #REVISED_PLAN}.
     */
    PLAN_UPDATE,
    /** A proposal to redesign services, reported to a committee or board. */
    SERVICE_REDESIGN,
    /** A strategy or vision that is not itself a plan for an area. */
    STRATEGY,
    /** An area plan (Social Services and Well-being (Wales) Act 2014 s14A). */
    AREA_PLAN,
    /** The multi-agency safeguarding arrangements the safeguarding partners publish (Children Act 2004 s16G(2), England). */
    SAFEGUARDING_ARRANGEMENTS,
    /** The safeguarding partners' yearly report on their arrangements (Children Act 2004 s16G(7), England). */
    SAFEGUARDING_REPORT,
    /**
     * A local authority's annual sufficiency plan: the steps it will take in a financial year to secure sufficient
     * accommodation for the children it looks after (Social Services and Well-being (Wales) Act 2014 s75A, inserted by
     * the Health and Social Care (Wales) Act 2025 s11).
     */
    ANNUAL_SUFFICIENCY_PLAN,
    /**
     * A plan as revised, or a plan in substitution for it, under a power to revise the plan (for example Children and
     * Young People (Scotland) Act 2014 s11(1)(b)); it carries the duties on a plan again, save those the law excludes.
     */
    REVISED_PLAN
}
