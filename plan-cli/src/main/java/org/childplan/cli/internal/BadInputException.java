package org.childplan.cli.internal;

import org.apiguardian.api.API;

/**
 * The user gave the command something it cannot use; the message says what and how to fix it, without a stack
 * trace, and the command exits with {@code 2}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Bad input described by {@code message}, a sentence for the user. */
    public BadInputException(String message) {
        super(message, null, false, false);
    }
}
