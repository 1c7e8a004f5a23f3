package org.childplan.rules;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A waiver that did not waive anything, and why: it has expired, or it matches no finding.
 *
 * @param kind why the waiver is reported
 * @param waiver the waiver
 * @param message what a reader should know, naming the waiver's file position and, when expired, its expiry date
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WaiverNotice(Kind kind, Waiver waiver, String message) {

    /** Checks that every part is given. */
    public WaiverNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(waiver, "waiver");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Why a waiver is reported.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** The waiver's expiry date has passed, so the findings it covered count again. */
        EXPIRED,
        /** The waiver is in force but matches no finding of the plan; it may be stale or mistyped. */
        UNMATCHED
    }
}
