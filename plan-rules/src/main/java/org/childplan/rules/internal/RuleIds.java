package org.childplan.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.rules.RuleDescriptor;

/**
 * Keeps the rule ids of the packs applied together unique: a report, a SARIF rule list and {@code explain} know a rule
 * by its id alone, so a second pack that gives an id another pack already uses would be taken for that pack's rule
 * (a local standard for a duty of the law, or the reverse).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleIds {

    private RuleIds() {
    }

    /**
     * Refuses two rules of different packs with one id.
     *
     * @param rulesByPack the rules of each pack, keyed by the pack as a message names it (for example
     *     {@code 'scotland'} or {@code 'acme' (acme.jar)}), in the order the packs are applied
     * @throws IllegalArgumentException naming the id and both packs, the one that used it first last
     */
    public static void requireUnique(Map<String, List<RuleDescriptor>> rulesByPack) {
        Map<String, String> owners = new HashMap<>();
        rulesByPack.forEach((pack, rules) -> {
            for (RuleDescriptor rule : rules) {
                String owner = owners.putIfAbsent(rule.id(), pack);
                if (owner != null && !owner.equals(pack)) {
                    throw new IllegalArgumentException(message(pack, rule.id(), owner));
                }
            }
        });
    }

    /** The message that refuses {@code id} of {@code pack}, which {@code owner} already uses. */
    public static String message(String pack, String id, String owner) {
        return "the rule pack " + pack + " has a rule with the id " + id + ", which the rule pack " + owner
                + " already uses; a rule id must be unique among the packs applied together, so give the rule an id"
                + " of its own";
    }
}
