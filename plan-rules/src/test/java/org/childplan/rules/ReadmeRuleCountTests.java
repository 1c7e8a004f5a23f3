package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The number of rules the root README says the built-in packs hold is the number they hold, so that a new rule needs
 * no hand edit of the README: the command of "Regenerating what is pinned" ({@code -Dchildplan.updateDocs=true})
 * writes the number, and without it this test fails on a stale one.
 */
class ReadmeRuleCountTests {

    private static final Path README = Path.of("../README.md");
    /** The sentence of the README's performance section that states the count. */
    private static final Pattern COUNT = Pattern.compile("(The built-in packs hold\\s+)(\\d+)(\\s+rules)");

    @Test
    void theReadmeStatesHowManyRulesTheBuiltInPacksHold() throws IOException {
        int rules = RulePacks.available().stream().mapToInt(pack -> RulePacks.catalogue(pack).size()).sum();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher count = COUNT.matcher(readme);
        assertThat(count.find()).as("README.md says how many rules the built-in packs hold: '%s'", COUNT.pattern())
                .isTrue();
        if (Boolean.getBoolean("childplan.updateDocs") && Integer.parseInt(count.group(2)) != rules) {
            readme = count.replaceFirst("$1" + rules + "$3");
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            count = COUNT.matcher(readme);
            count.find();
        }
        assertThat(Integer.parseInt(count.group(2)))
                .as("the number of rules README.md says the built-in packs hold; %s", EffectiveMetadataTests.REGENERATE)
                .isEqualTo(rules);
    }
}
