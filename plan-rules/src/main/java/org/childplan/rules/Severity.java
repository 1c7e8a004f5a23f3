package org.childplan.rules;

import org.apiguardian.api.API;

/**
 * How much a finding weighs, by the force of the source it comes from.
 *
 * <p>Constants are declared from the weightiest to the lightest, so {@link #compareTo} orders findings with errors
 * first.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity {
    /** A duty the law says a plan "must" meet: an Act or an instrument made under it. */
    ERROR,
    /**
     * An expectation: what the law or its statutory guidance says a plan "should" do (statutory guidance is what the
     * bodies must have regard to).
     */
    WARNING,
    /** Recognised good practice, read in a statute, statutory guidance or a review, that is not a duty. */
    INFO;

    /** Whether this severity is as weighty as {@code other} or weightier. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
