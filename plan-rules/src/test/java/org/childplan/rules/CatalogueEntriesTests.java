package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the built-in packs names the entry of the rule catalogue ({@code docs/legal/catalogue.yaml}) that
 * records the text it rests on, and no rule of weight {@link Severity#ERROR} rests on an entry marked
 * {@code verified: false}. A failure names the rule and says what to add or change.
 */
class CatalogueEntriesTests {

    private static final Path CATALOGUE = Path.of("../docs/legal/catalogue.yaml");

    /**
     * ERROR rules that rest on a catalogue entry still marked {@code verified: false}, each with what is left to read.
     * The list only shrinks: a rule leaves it once its entry is verified or its severity follows what was read.
     */
    private static final Map<String, String> ERROR_RULES_AWAITING_VERIFICATION = Map.of();

    @Test
    void everyBuiltInRuleNamesAnEntryOfTheCatalogue() throws IOException {
        Map<String, Boolean> verifiedById = entries();
        List<String> problems = new ArrayList<>();
        for (RuleDescriptor rule : builtInRules()) {
            String entry = rule.catalogueEntry().orElse(null);
            if (entry == null) {
                problems.add(rule.id() + " (pack " + rule.pack() + ") names no catalogue entry: add @catalogue(\"<id>\")"
                        + " to the rule, or catalogue: \"<id>\" for its DRL file in the pack's metadata.yaml, with the"
                        + " id of the entry of docs/legal/catalogue.yaml that records " + rule.citation());
            } else if (!verifiedById.containsKey(entry)) {
                problems.add(rule.id() + " (pack " + rule.pack() + ") names catalogue entry '" + entry + "', which"
                        + " docs/legal/catalogue.yaml does not hold: add the entry (id, url, verified, read, source) or"
                        + " correct the id");
            }
        }
        assertThat(problems).as("rules without a known catalogue entry").isEmpty();
    }

    @Test
    void noErrorRuleRestsOnAnEntryMarkedUnverified() throws IOException {
        Map<String, Boolean> verifiedById = entries();
        List<String> problems = new ArrayList<>();
        List<String> awaiting = new ArrayList<>();
        for (RuleDescriptor rule : builtInRules()) {
            String entry = rule.catalogueEntry().orElse("");
            boolean unverified = Boolean.FALSE.equals(verifiedById.get(entry));
            if (rule.severity() == Severity.ERROR && unverified) {
                if (ERROR_RULES_AWAITING_VERIFICATION.containsKey(rule.id())) {
                    awaiting.add(rule.id());
                } else {
                    problems.add(rule.id() + " is an ERROR but rests on catalogue entry '" + entry + "', marked"
                            + " verified: false: read the official text and mark the entry verified: true, or lower"
                            + " the rule to INFO until it is");
                }
            }
        }
        assertThat(problems).as("ERROR rules resting on unverified catalogue entries").isEmpty();
        assertThat(awaiting)
                .as("rules listed as awaiting verification that no longer rest on an unverified entry as an ERROR:"
                        + " remove them from the list")
                .containsExactlyInAnyOrderElementsOf(ERROR_RULES_AWAITING_VERIFICATION.keySet());
    }

    @Test
    void theCatalogueGivesEveryEntryAnIdOnceAndSaysWhetherItIsVerified() throws IOException {
        JsonNode catalogue = new ObjectMapper(new YAMLFactory()).readTree(CATALOGUE.toFile());
        Set<String> seen = new HashSet<>();
        for (String list : List.of("instruments", "provisions")) {
            for (JsonNode entry : catalogue.path(list)) {
                String id = entry.path("id").asText();
                assertThat(id).as("an entry of %s without an id: %s", list, entry).isNotBlank();
                assertThat(seen.add(id)).as("catalogue entry id '%s' is used twice", id).isTrue();
                assertThat(entry.path("verified").isBoolean()).as("catalogue entry '%s' says verified: true or false", id)
                        .isTrue();
            }
        }
        assertThat(seen).as("entries read from %s", CATALOGUE).hasSizeGreaterThan(100);
    }

    private static List<RuleDescriptor> builtInRules() {
        List<RuleDescriptor> rules = new ArrayList<>();
        for (RulePack pack : RulePacks.available()) {
            rules.addAll(RulePacks.catalogue(pack));
        }
        assertThat(rules).as("rules of the built-in packs").isNotEmpty();
        return rules;
    }

    /** Whether each entry of the catalogue, instrument or provision, is verified, by id. */
    private static Map<String, Boolean> entries() throws IOException {
        JsonNode catalogue = new ObjectMapper(new YAMLFactory()).readTree(CATALOGUE.toFile());
        Map<String, Boolean> verifiedById = new HashMap<>();
        for (String list : List.of("instruments", "provisions")) {
            for (JsonNode entry : catalogue.path(list)) {
                verifiedById.put(entry.path("id").asText(), entry.path("verified").asBoolean(false));
            }
        }
        return verifiedById;
    }
}
