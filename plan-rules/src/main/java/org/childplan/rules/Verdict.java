package org.childplan.rules;

import org.apiguardian.api.API;

/**
 * Whether a plan passed its check at a given {@link FailLevel}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Verdict {
    /** No finding at or above the fail level. */
    PASS,
    /** At least one finding at or above the fail level. */
    FAIL
}
