package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

    @Test
    void aWellFormedPlanValidatesAndExitsZero() {
        CliRun run = CliRun.of("validate", CliRun.planArg("misses-duties.yaml"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code()).isZero();
        assertThat(run.out()).isEqualToIgnoringNewLines(CliRun.planArg("misses-duties.yaml") + ": well formed");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnknownFieldIsReportedAtItsFileLineAndColumnAndExitsTwo() {
        String file = CliRun.planArg("unknown-field.yaml");

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith(file + ":7:1: /colour: ").contains("unknown property 'colour'");
        assertThat(run.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void malformedYamlIsReportedWithALineAndColumnAndNoStackTrace() {
        String file = CliRun.planArg("broken-yaml.yaml");

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).containsPattern("^" + java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: ")
                .contains("malformed YAML");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aReferenceToABodyThePlanDoesNotHaveIsReportedAtTheReferenceWithItsPointer() {
        String file = CliRun.planArg("dangling-reference.yaml");

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith(file + ":14:5: /actions/0/lead: ").contains("'glenardoch-counsil'");
    }

    @Test
    void aMissingFileIsNamedOnStandardErrorAndExitsTwo(@TempDir Path directory) {
        Path missing = directory.resolve("no-such-plan.yaml");

        CliRun run = CliRun.of("validate", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualToIgnoringNewLines(missing + ": no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderIsSearchedWithItsSubfoldersForPlansInNameOrderLeavingOutWaiverFilesReportsAndHiddenFiles(
            @TempDir Path directory) throws Exception {
        Path plan = CliRun.plan("meets-duties.yaml");
        Path nested = Files.createDirectories(directory.resolve("b/nested"));
        Path second = Files.copy(plan, nested.resolve("second.yml"));
        Path first = Files.copy(plan, directory.resolve("a.yaml"));
        Path asJson = Files.writeString(directory.resolve("c.json"), "{}");
        Files.writeString(directory.resolve("waivers.yaml"), "# accepted findings\nwaivers: []\n");
        Files.writeString(directory.resolve("childplan.json"), "{\n  \"reportVersion\" : \"2\"\n}");
        Files.writeString(directory.resolve("childplan-gitlab.json"), "[ ]");
        Files.writeString(directory.resolve("notes.txt"), "not a plan");
        Files.createDirectories(directory.resolve(".github/workflows"));
        Files.writeString(directory.resolve(".github/workflows/build.yml"), "on: push\n");
        Files.writeString(directory.resolve(".hidden.yaml"), "on: push\n");

        CliRun run = CliRun.of("validate", directory.toString());

        assertThat(run.exitCode()).as("c.json is not a well-formed plan").isEqualTo(2);
        assertThat(run.out().lines().map(line -> line.split(": ")[0].replaceFirst(":\\d+:\\d+$", "")).distinct())
                .containsExactly(first.toString(), second.toString(), asJson.toString());
        assertThat(run.out()).contains(first + ": well formed", second + ": well formed");
    }

    @Test
    void aFolderWithNoPlanFileIsBadInputNamingTheFolder(@TempDir Path directory) throws Exception {
        Path waivers = Files.writeString(directory.resolve("waivers.yaml"), "waivers: []\n");

        CliRun run = CliRun.of("validate", directory.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualToIgnoringNewLines(
                directory + ": no plan file (.yaml, .yml or .json) in this folder; left out as not plans: " + waivers);
    }

    @Test
    void anEmptyFileIsReportedAsEmpty(@TempDir Path directory) throws Exception {
        Path empty = Files.writeString(directory.resolve("empty.yaml"), "");

        CliRun run = CliRun.of("validate", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith(empty + ":1:1: ").contains("empty");
    }

    @Test
    void everyFileIsValidatedEvenAfterABadOneAndTheWorstResultDecidesTheExitCode() {
        String bad = CliRun.planArg("unknown-field.yaml");
        String good = CliRun.planArg("misses-duties.yaml");

        CliRun run = CliRun.of("validate", bad, good);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(bad + ":7:1:", good + ": well formed");
    }

    @Test
    void validateWithoutAFileIsAUsageErrorThatExitsTwo() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter", "FILE", "childplan validate --help");
    }
}
