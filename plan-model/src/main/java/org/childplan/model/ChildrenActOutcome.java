package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The five outcomes of well-being in Children Act 2004, section 10(2), known from Every Child Matters as be healthy,
 * stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being.
 *
 * @see <a href="https://www.legislation.gov.uk/ukpga/2004/31/section/10">Children Act 2004, s10</a>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChildrenActOutcome {
    /** Physical and mental health and emotional well-being: s10(2)(a). */
    BE_HEALTHY("s10(2)(a)"),
    /** Protection from harm and neglect: s10(2)(b). */
    STAY_SAFE("s10(2)(b)"),
    /** Education, training and recreation: s10(2)(c). */
    ENJOY_AND_ACHIEVE("s10(2)(c)"),
    /** The contribution made by them to society: s10(2)(d). */
    MAKE_A_POSITIVE_CONTRIBUTION("s10(2)(d)"),
    /** Social and economic well-being: s10(2)(e). */
    ACHIEVE_ECONOMIC_WELL_BEING("s10(2)(e)");

    private final String provision;

    ChildrenActOutcome(String provision) {
        this.provision = provision;
    }

    /** The provision of the 2004 Act that states this outcome, for example {@code s10(2)(b)}. */
    public String provision() {
        return provision;
    }
}
