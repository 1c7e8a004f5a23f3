package org.childplan.rules;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A finding that a waiver accepts: still reported, with the waiver's justification, but not counted in the verdict.
 *
 * @param finding the finding
 * @param waiver the waiver that accepts it
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WaivedFinding(Finding finding, Waiver waiver) {

    /** Checks that both parts are given. */
    public WaivedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(waiver, "waiver");
    }
}
