package org.childplan.rules;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule in force that had nothing to apply to in the plan, with what it looked for.
 *
 * @param rule the rule
 * @param lookedFor what the rule looked for, for example {@code measures}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NothingToCheck(RuleDescriptor rule, String lookedFor) {

    /** Checks that both parts are given. */
    public NothingToCheck {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(lookedFor, "lookedFor");
    }
}
