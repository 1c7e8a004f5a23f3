package org.childplan.cli.internal;

import org.apiguardian.api.API;

/**
 * A report could not be written (standard output or a report file); the message says which and why, and the command
 * exits with {@code 4}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReportNotWrittenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A report not written, described by {@code message}, a sentence for the user. */
    public ReportNotWrittenException(String message) {
        super(message, null, false, false);
    }
}
