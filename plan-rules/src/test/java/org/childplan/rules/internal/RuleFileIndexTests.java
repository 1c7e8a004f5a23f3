package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileIndexTests {

    @Test
    void theIndexListsTheRulesOfEachDrlFileInTheOrderOfTheFilesAndOfTheRules(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("Guidance.drl"), """
                package org.example;
                /* rule "Commented out" */
                rule "Second file, first rule" when then end
                rule 'Second file, second rule' when then end
                """);
        Files.writeString(folder.resolve("Act.drl"), "package org.example;\nrule ActRule when then end\n");
        Files.writeString(folder.resolve("notes.txt"), "rule \"Not in a DRL file\"\n");

        String index = RuleFileIndex.write(folder);

        assertThat(index).isEqualTo("""
                # The rules of each DRL file of this folder, written by the build: DRL file name, a tab, rule name.
                Act.drl\tActRule
                Guidance.drl\tSecond file, first rule
                Guidance.drl\tSecond file, second rule
                """);
        assertThat(RuleFileIndex.read(index, "an index")).containsExactly(
                Map.entry("Act.drl", List.of("ActRule")),
                Map.entry("Guidance.drl", List.of("Second file, first rule", "Second file, second rule")));
    }

    @Test
    void theBuildWritesAnIndexBesideTheMetadataOfEveryBuiltInPack() throws IOException {
        List<RulePack> withMetadata = RulePacks.available().stream()
                .filter(pack -> resource(pack, PackMetadata.FILE_NAME) != null)
                .toList();
        assertThat(withMetadata).extracting(RulePack::id).contains("scotland");
        for (RulePack pack : withMetadata) {
            String index = resource(pack, RuleFileIndex.FILE_NAME);
            assertThat(index).as("the rule-file index of pack '%s'", pack.id()).isNotNull();
            Map<String, List<String>> rulesByFile = RuleFileIndex.read(index, pack.id());
            assertThat(rulesByFile).as("the DRL files of pack '%s'", pack.id()).isNotEmpty();
            rulesByFile.forEach((file, rules) -> assertThat(rules)
                    .as("the rules of %s in pack '%s'", file, pack.id())
                    .isEqualTo(PackMetadata.ruleNames(resource(pack, file))));
        }
    }

    @Test
    void aLineThatIsNotAFileAndARuleIsRefusedWithItsLine() {
        assertThatThrownBy(() -> RuleFileIndex.read("# header\nAct.drl ActRule\n", "rule pack 'test', rule-files.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule pack 'test', rule-files.tsv line 2: expected a DRL file name, a tab and a rule name"
                        + " but found 'Act.drl ActRule'; rebuild the pack, whose build writes this file");
        assertThatThrownBy(() -> RuleFileIndex.read("Act.drl\t\n", "an index"))
                .hasMessageStartingWith("an index line 1: expected a DRL file name");
    }

    private static String resource(RulePack pack, String name) {
        String path = pack.rulePackage().replace('.', '/') + "/" + name;
        try (InputStream in = pack.classLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
