package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The files a pipeline uses childplan through, held to what the scripts behind them read: the GitHub Action's inputs,
 * the pre-commit hooks and the release workflow whose assets the action downloads.
 */
class PipelineFilesTests {

    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyInputOfTheActionReachesItsScriptAsAVariableTheScriptDocuments() throws IOException {
        JsonNode action = YAML.readTree(ROOT.resolve("action.yml").toFile());
        String script = Files.readString(ROOT.resolve(".github/actions/childplan.sh"));
        JsonNode step = action.at("/runs/steps/1");
        assertThat(step.path("run").asText()).contains(".github/actions/childplan.sh");

        List<String> inputs = new ArrayList<>();
        action.path("inputs").fieldNames().forEachRemaining(inputs::add);
        assertThat(inputs).contains("plans", "formats", "fail-on", "waivers", "output", "version", "distribution");
        for (String input : inputs) {
            String variable = "CHILDPLAN_" + input.toUpperCase(Locale.ROOT).replace('-', '_');
            assertThat(step.at("/env/" + variable).asText()).as(input).isEqualTo("${{ inputs." + input + " }}");
            assertThat(script).as(variable + " documented at the top of the script").containsPattern("(?m)^#   " + variable + "\\b");
            assertThat(action.at("/inputs/" + input + "/description").asText()).as(input).isNotBlank();
        }
    }

    @Test
    void theHooksRunOncePerCommitWithAllTheStagedPlans() throws IOException {
        JsonNode hooks = YAML.readTree(ROOT.resolve(".pre-commit-hooks.yaml").toFile());

        assertThat(hooks).hasSize(2);
        for (JsonNode hook : hooks) {
            assertThat(hook.path("require_serial").asBoolean()).as(hook.path("id").asText()).isTrue();
            assertThat(hook.path("entry").asText()).endsWith("childplan check");
        }
        JsonNode fromSources = hooks.get(0);
        assertThat(fromSources.path("language").asText()).isEqualTo("script");
        assertThat(ROOT.resolve(fromSources.path("entry").asText().split(" ")[0])).isExecutable();
    }

    @Test
    void aReleasePublishesTheDistributionAndTheChecksumTheActionDownloads() throws IOException {
        JsonNode release = YAML.readTree(ROOT.resolve(".github/workflows/release.yml").toFile());
        String script = Files.readString(ROOT.resolve(".github/actions/childplan.sh"));
        StringBuilder commands = new StringBuilder();
        release.at("/jobs/release/steps").forEach(step -> commands.append(step.path("run").asText()).append('\n'));

        assertThat(commands).contains("mvn -B -P release verify", "sha256sum \"$archive\" > \"$archive.sha256\"",
                "plan-cli/target/childplan-*.zip", "plan-cli/target/childplan-*.sha256");
        assertThat(script).contains("url=\"$releases/v$version/childplan-$version.zip\"", "fetch \"$url.sha256\"");
    }
}
