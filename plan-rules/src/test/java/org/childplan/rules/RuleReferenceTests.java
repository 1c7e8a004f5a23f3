package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.rules.internal.RuleReference;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

/**
 * The committed rule reference pages are what the rules' metadata produces. To regenerate them with everything else
 * that is pinned, run the command in {@code docs/writing-a-rule-pack.md}, "Regenerating what is pinned".
 */
class RuleReferenceTests {

    private static final Path ROOT = Path.of("..");

    @Test
    void theCommittedReferencePageOfEveryPackIsTheOneItsRulesProduce() throws IOException {
        for (RulePack pack : RulePacks.available()) {
            Path page = RuleReference.pagePath(ROOT, pack);
            String rendered = RuleReference.render(pack);
            if (Boolean.getBoolean("childplan.updateDocs")) {
                Files.createDirectories(page.getParent());
                Files.writeString(page, rendered, StandardCharsets.UTF_8);
            }
            assertThat(page).as("reference page of pack '%s'; %s", pack.id(), EffectiveMetadataTests.REGENERATE)
                    .exists();
            assertThat(Files.readString(page, StandardCharsets.UTF_8))
                    .as("reference page %s is out of date; %s", page, EffectiveMetadataTests.REGENERATE)
                    .isEqualTo(rendered);
        }
    }

    @Test
    void aReferencePageListsEveryRuleWithItsCitationAndDates() {
        RulePack scotland = RulePacks.available().stream().filter(pack -> pack.id().equals("scotland")).findFirst().orElseThrow();
        String page = RuleReference.render(scotland);
        for (RuleDescriptor rule : RulePacks.catalogue(scotland)) {
            assertThat(page).contains("### " + rule.id(), rule.citation().url(), rule.inForceInWords());
        }
    }
}
