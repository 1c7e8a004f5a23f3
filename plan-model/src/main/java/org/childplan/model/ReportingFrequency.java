package org.childplan.model;

import org.apiguardian.api.API;

/**
 * How often something is measured, reported or meets.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReportingFrequency {
    /** Monthly. */
    MONTHLY,
    /** Quarterly. */
    QUARTERLY,
    /** Twice a year. */
    HALF_YEARLY,
    /** Once a year. */
    ANNUAL,
    /** Once in the plan's period. */
    ONCE,
    /** As and when needed. */
    AD_HOC
}
