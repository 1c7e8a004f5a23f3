package org.childplan.rules;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule the plan meets, with the elements that show it.
 *
 * @param rule the rule
 * @param evidence the plan elements that satisfy it, in the order the rule named them; empty when the rule names
 *     none (a rule that reports only what it finds wrong)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MetRule(RuleDescriptor rule, List<Evidence> evidence) {

    /** Checks that the rule is given and copies the evidence. */
    public MetRule {
        Objects.requireNonNull(rule, "rule");
        evidence = List.copyOf(evidence);
    }

    /** A rule met without named evidence. */
    public static MetRule withoutNamedEvidence(RuleDescriptor rule) {
        return new MetRule(rule, List.of());
    }
}
