package org.childplan.model.io;

import org.apiguardian.api.API;

/**
 * The document formats a plan is read from and written to.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanFormat {
    /** YAML 1.1, as written by people. */
    YAML,
    /** JSON, as exchanged by programs. */
    JSON
}
