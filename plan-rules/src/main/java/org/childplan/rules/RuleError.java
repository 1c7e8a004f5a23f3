package org.childplan.rules;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule that failed while it was applied to a plan: its condition or its consequence threw, so the plan has no
 * verdict on it. The other rules of the check were applied all the same.
 *
 * <p>A rule error is a fault of the rule pack, never a verdict on the plan: the rule is reported neither met nor not
 * met. The command exits with {@code 5} when the rule belongs to a pack given with {@code --pack}, and with {@code 3}
 * (an internal error to report) when it is one of the built-in rules.
 *
 * @param rule the rule that failed
 * @param message what went wrong: the exception's type and message, for the pack's author
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleError(RuleDescriptor rule, String message) {

    /** Requires both parts. */
    public RuleError {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The error of {@code rule}, which threw {@code failure}. */
    public static RuleError of(RuleDescriptor rule, Throwable failure) {
        return new RuleError(rule, failure.getClass().getName() + (failure.getMessage() == null ? ""
                : ": " + failure.getMessage()));
    }

    /** One line for people: the rule, its pack and what went wrong. */
    public String describe() {
        return "rule " + rule.id() + " of rule pack '" + rule.pack() + "' failed and was not applied: " + message;
    }
}
