package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The eight wellbeing indicators against which a child's wellbeing is assessed: Children and Young People
 * (Scotland) Act 2014, section 96(2) ("SHANARRI").
 *
 * @see <a href="https://www.legislation.gov.uk/asp/2014/8/section/96">2014 asp 8, s96</a>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum WellbeingIndicator {
    /** Safe. */
    SAFE,
    /** Healthy. */
    HEALTHY,
    /** Achieving. */
    ACHIEVING,
    /** Nurtured. */
    NURTURED,
    /** Active. */
    ACTIVE,
    /** Respected. */
    RESPECTED,
    /** Responsible. */
    RESPONSIBLE,
    /** Included. */
    INCLUDED
}
