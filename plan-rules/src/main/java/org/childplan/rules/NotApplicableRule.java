package org.childplan.rules;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule of an applied pack that did not run for a plan, and why (for example {@code in force from 2017-04-01}).
 *
 * @param rule the rule
 * @param reason why it did not apply
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NotApplicableRule(RuleDescriptor rule, String reason) {

    /** Checks that both parts are given. */
    public NotApplicableRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
