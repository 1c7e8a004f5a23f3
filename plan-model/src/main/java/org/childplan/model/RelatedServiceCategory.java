package org.childplan.model;

import org.apiguardian.api.API;

/**
 * What kind of related service a service is: a service that is not a children's service but can significantly affect
 * children's wellbeing, such as a service for adults that meets a parent's or carer's own needs, or a community
 * service.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RelatedServiceCategory {
    /** Mental health services for adults, parents and carers. */
    ADULT_MENTAL_HEALTH,
    /** Services for disabled adults, parents and carers. */
    DISABILITY,
    /** Drug and alcohol services. */
    DRUG_AND_ALCOHOL,
    /** Justice services (for example community justice and services for people in or leaving prison). */
    JUSTICE,
    /** Welfare rights, money and income maximisation advice. */
    WELFARE_RIGHTS,
    /** Housing and homelessness services. */
    HOUSING,
    /** Community services such as libraries, leisure and sports centres, and community learning. */
    COMMUNITY,
    /** Any other related service. */
    OTHER
}
