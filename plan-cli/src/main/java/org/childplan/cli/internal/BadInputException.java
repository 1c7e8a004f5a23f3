package org.childplan.cli.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.reports.UncheckedPlan;

/**
 * The user gave the command something it cannot use; the message says what and how to fix it, without a stack
 * trace, and the command exits with {@code 2}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient UncheckedPlan unchecked;

    /** Bad input described by {@code message}, a sentence for the user. */
    public BadInputException(String message) {
        this(message, null);
    }

    /** A plan document that cannot be checked, described by {@code message} and, for reports, by {@code unchecked}. */
    public BadInputException(String message, UncheckedPlan unchecked) {
        super(message, null, false, false);
        this.unchecked = unchecked;
    }

    /**
     * The document {@code source} as reports show it: with the problems given when this exception was made, or else
     * with this exception's message as its one problem.
     */
    public UncheckedPlan uncheckedPlan(String source) {
        return unchecked != null ? unchecked
                : new UncheckedPlan(source, List.of(new UncheckedPlan.Problem(getMessage(), null, null)));
    }
}
