package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

/**
 * Every rule's effective descriptor, whether its metadata is written on the rule or declared once for its pack or
 * file, is the one committed in {@code effective-metadata.txt}. A change to what a rule cites, when it binds or what it
 * governs shows up here as a diff to review; regenerate after review with the command in
 * {@code docs/writing-a-rule-pack.md}, "Regenerating what is pinned".
 */
class EffectiveMetadataTests {

    private static final Path EXPECTED = Path.of("src/test/resources/org/childplan/rules/effective-metadata.txt");
    /** What a failure says to do, the one command of "Regenerating what is pinned". */
    static final String REGENERATE = "after review, regenerate everything pinned from the repository root with "
            + "mvn -B -pl plan-rules-testkit,plan-examples,plan-cli -am verify -Dchildplan.updateDocs=true "
            + "-Dchildplan.updateExpected=true";

    @Test
    void everyRuleOfEveryBuiltInPackHasTheCommittedEffectiveMetadata() throws IOException {
        String actual = render();
        assertThat(committed())
                .as("%s is out of date; %s", EXPECTED, REGENERATE)
                .isEqualTo(actual);
    }

    @Test
    void theCommittedMetadataNamesEveryRuleOfEveryBuiltInPack() throws IOException {
        String committed = committed();
        List<String> missing = new ArrayList<>();
        for (RulePack pack : RulePacks.available()) {
            for (RuleDescriptor rule : RulePacks.catalogue(pack)) {
                if (!committed.contains("\n" + rule.id() + "\n")) {
                    missing.add(rule.id());
                }
            }
        }
        assertThat(missing).as("rules missing from %s; %s", EXPECTED, REGENERATE).isEmpty();
    }

    /**
     * The committed file, written first from the rules when {@code childplan.updateExpected} is set, so that every test
     * of this class reads the regenerated file whichever runs first.
     */
    private static synchronized String committed() throws IOException {
        if (Boolean.getBoolean("childplan.updateExpected")) {
            String actual = render();
            if (!Files.exists(EXPECTED) || !Files.readString(EXPECTED, StandardCharsets.UTF_8).equals(actual)) {
                Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
            }
        }
        return Files.readString(EXPECTED, StandardCharsets.UTF_8);
    }

    private static String render() {
        StringBuilder text = new StringBuilder("# The effective metadata of every rule of the built-in packs, by pack and id.\n");
        for (RulePack pack : RulePacks.available()) {
            for (RuleDescriptor rule : RulePacks.catalogue(pack)) {
                text.append('\n').append(rule.id()).append('\n');
                line(text, "pack", rule.pack());
                line(text, "jurisdiction", rule.jurisdiction());
                line(text, "title", rule.title());
                line(text, "severity", rule.severity());
                line(text, "basis", rule.basis());
                line(text, "instrument", rule.citation().instrument());
                line(text, "provision", rule.citation().provision());
                line(text, "url", rule.citation().url());
                line(text, "catalogue", rule.catalogueEntry().orElse(""));
                line(text, "inForceFrom", rule.inForceSince().map(Object::toString).orElse(""));
                line(text, "inForceTo", rule.inForceUntil().map(Object::toString).orElse(""));
                rule.commencementNote().ifPresent(note -> line(text, "commencement", note));
                line(text, "documentKinds", rule.documentKinds().stream().map(Enum::name).collect(Collectors.joining(", ")));
                line(text, "remedy", rule.remedy());
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, Object value) {
        text.append("  ").append(key).append(": ").append(value).append('\n');
    }
}
