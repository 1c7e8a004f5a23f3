package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The kind of plan or strategy a children's services plan is linked to.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LinkedPlanKind {
    /** Child protection plans or procedures (for example a child protection committee's business plan). */
    CHILD_PROTECTION,
    /** A corporate parenting plan (Children and Young People (Scotland) Act 2014, Part 9, or equivalent). */
    CORPORATE_PARENTING,
    /** A health improvement programme or plan. */
    HEALTH_IMPROVEMENT,
    /** A health and wellbeing strategy (England, joint health and wellbeing strategy). */
    HEALTH_AND_WELLBEING,
    /** Local safeguarding arrangements or a safeguarding partnership plan. */
    SAFEGUARDING_ARRANGEMENTS,
    /** A community plan or local outcomes improvement plan (Scotland). */
    COMMUNITY_PLAN,
    /** A council's corporate plan or borough plan. */
    CORPORATE_PLAN,
    /** A regional or national strategy (for example a city-region's shared priorities). */
    REGIONAL_STRATEGY,
    /** An education plan (for example a behaviour support plan or a skills strategy). */
    EDUCATION,
    /** A youth justice plan. */
    YOUTH_JUSTICE,
    /** A plan for the care and education of looked-after children, or a management action plan for them. */
    LOOKED_AFTER_CHILDREN,
    /** A community care plan. */
    COMMUNITY_CARE,
    /** A local child poverty action report (Child Poverty (Scotland) Act 2017, or equivalent). */
    CHILD_POVERTY_ACTION_REPORT,
    /** A plan for keeping The Promise to care-experienced children and young people (Scotland). */
    THE_PROMISE,
    /** A report or plan on children's rights (for example a UNCRC or children's rights report). */
    CHILDRENS_RIGHTS_REPORT,
    /**
     * A sufficiency strategy: how the authority secures sufficient accommodation for the children it looks after
     * (Children Act 1989 s22G, England).
     */
    SUFFICIENCY,
    /** A local offer for care leavers: the services the authority offers care leavers (Children and Social Work Act 2017 s2). */
    CARE_LEAVERS_LOCAL_OFFER,
    /**
     * The report a listed authority (a local authority, a health board, an integration joint board) publishes after each
     * reporting period on the actions it has taken, and intends to take, to comply with the UNCRC requirements and give
     * better or further effect to children's rights (United Nations Convention on the Rights of the Child
     * (Incorporation) (Scotland) Act 2024 s18).
     */
    UNCRC_RIGHTS_REPORT,
    /**
     * A scheme for local primary mental health support services: the scheme for the authority's area under Part 1 of
     * the Mental Health (Wales) Measure 2010.
     */
    LOCAL_MENTAL_HEALTH_SCHEME,
    /** Any other plan or strategy. */
    OTHER
}
