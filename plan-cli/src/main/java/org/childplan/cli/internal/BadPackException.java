package org.childplan.cli.internal;

import org.apiguardian.api.API;

/**
 * A rule pack given with {@code --pack} cannot be used: the location is missing, is not a jar or a folder, holds no
 * pack, or holds a pack that cannot be used (no rules, a rule's metadata missing or wrong, two rules of one id). The message names the location; the command exits with {@code 5}, without a stack trace.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BadPackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A pack that cannot be used, described by {@code message}, a sentence for the user. */
    public BadPackException(String message) {
        super(message, null, false, false);
    }
}
