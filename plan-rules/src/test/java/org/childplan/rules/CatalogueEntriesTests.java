package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the built-in packs names the entry of the rule catalogue ({@code docs/legal/catalogue.yaml}) that
 * records the text it rests on, that entry says when its text was read, where and in which version, and no rule of
 * weight {@link Severity#ERROR} rests on an entry marked {@code verified: false}. The catalogue's prose twin
 * ({@code docs/legal/catalogue.md}) names every such entry and gives the same day where it gives one. A failure names
 * the rule or entry and says what to add or change.
 */
class CatalogueEntriesTests {

    private static final Path CATALOGUE = Path.of("../docs/legal/catalogue.yaml");

    private static final Path CATALOGUE_PROSE = Path.of("../docs/legal/catalogue.md");

    /**
     * Rules whose catalogue entry has no {@code read} block (day, page or mirror path, version), each with why its text
     * could not be read. The list only shrinks: a rule leaves it once its entry records the day its text was read.
     */
    private static final Map<String, String> RULES_RESTING_ON_ENTRIES_NOT_YET_READ = Map.of();

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
    void everyBuiltInRuleRestsOnAnEntryThatSaysWhenWhereAndInWhichVersionItsTextWasRead() throws IOException {
        Map<String, JsonNode> entriesById = entryNodes();
        List<String> problems = new ArrayList<>();
        List<String> excepted = new ArrayList<>();
        for (RuleDescriptor rule : builtInRules()) {
            String entry = rule.catalogueEntry().orElse("");
            JsonNode read = entriesById.getOrDefault(entry, ABSENT).path("read");
            String missing = missingFromRead(read);
            if (missing == null) {
                continue;
            }
            if (RULES_RESTING_ON_ENTRIES_NOT_YET_READ.containsKey(rule.id())) {
                excepted.add(rule.id());
            } else {
                problems.add(rule.id() + " (" + rule.severity() + ") rests on catalogue entry '" + entry + "', whose"
                        + " read block " + missing + ": read the text and record read: {date: \"YYYY-MM-DD\", in:"
                        + " \"<page URL, or mirror path @ commit>\", version: \"<revision date or as made>\"}");
            }
        }
        assertThat(problems).as("rules resting on catalogue entries that do not say when their text was read")
                .isEmpty();
        assertThat(excepted)
                .as("rules listed as resting on entries not yet read whose entries now record a read: remove them from"
                        + " the list")
                .containsExactlyInAnyOrderElementsOf(RULES_RESTING_ON_ENTRIES_NOT_YET_READ.keySet());
    }

    @Test
    void theProseCatalogueNamesEveryEntryARuleRestsOnAndGivesTheSameReadDay() throws IOException {
        Map<String, JsonNode> entriesById = entryNodes();
        String prose = Files.readString(CATALOGUE_PROSE);
        List<String> problems = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (RuleDescriptor rule : builtInRules()) {
            rule.catalogueEntry().ifPresent(named::add);
        }
        for (String entry : named) {
            if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(entry) + "(?![\\w-])").matcher(prose).find()) {
                problems.add("catalogue.md does not name entry '" + entry + "', which a built-in rule rests on: add its"
                        + " row (or name it in the paragraph that describes it)");
            }
        }
        Pattern row = Pattern.compile("(?m)^\\| ([a-z0-9][a-z0-9, -]*?) \\|(.*)$");
        Pattern readDay = Pattern.compile("read (\\d{4}-\\d{2}-\\d{2})");
        Matcher rows = row.matcher(prose);
        while (rows.find()) {
            Matcher days = readDay.matcher(rows.group(2));
            List<String> daysGiven = new ArrayList<>();
            while (days.find()) {
                daysGiven.add(days.group(1));
            }
            if (daysGiven.isEmpty()) {
                continue;
            }
            String[] entries = rows.group(1).split(", ");
            for (String entry : entries) {
                JsonNode node = entriesById.get(entry.trim());
                if (node == null) {
                    continue;
                }
                String yamlDay = node.path("read").path("date").asText("");
                if (yamlDay.isEmpty() && entries.length > 1) {
                    // A row of several entries may say which of them were read; the others are checked by the rules
                    // that rest on them.
                    continue;
                }
                if (!daysGiven.contains(yamlDay)) {
                    problems.add("catalogue.md gives entry '" + entry.trim() + "' as read " + daysGiven
                            + " but catalogue.yaml records read: date " + (yamlDay.isEmpty() ? "(none)" : yamlDay)
                            + ": make the two agree");
                }
            }
        }
        assertThat(problems).as("differences between catalogue.md and catalogue.yaml").isEmpty();
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

    private static final JsonNode ABSENT = new ObjectMapper().createObjectNode();

    /** What a read block lacks (a day that is an ISO date, where, which version), or {@code null} when it is whole. */
    private static String missingFromRead(JsonNode read) {
        if (read.isMissingNode() || read.isNull()) {
            return "is absent";
        }
        String date = read.path("date").asText("");
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return "has no day in ISO form (found '" + date + "')";
        }
        if (read.path("in").asText("").isBlank()) {
            return "does not say where the text was read (in)";
        }
        if (read.path("version").asText("").isBlank()) {
            return "does not say which version of the text was read (version)";
        }
        return null;
    }

    /** Every entry of the catalogue, instrument or provision, by id. */
    private static Map<String, JsonNode> entryNodes() throws IOException {
        JsonNode catalogue = new ObjectMapper(new YAMLFactory()).readTree(CATALOGUE.toFile());
        Map<String, JsonNode> byId = new HashMap<>();
        for (String list : List.of("instruments", "provisions")) {
            for (JsonNode entry : catalogue.path(list)) {
                byId.put(entry.path("id").asText(), entry);
            }
        }
        return byId;
    }

    /** Whether each entry of the catalogue, instrument or provision, is verified, by id. */
    private static Map<String, Boolean> entries() throws IOException {
        Map<String, Boolean> verifiedById = new HashMap<>();
        entryNodes().forEach((id, entry) -> verifiedById.put(id, entry.path("verified").asBoolean(false)));
        return verifiedById;
    }
}
