package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names that look like options: {@code childplan check *.yaml} in a folder holding {@code -h.yaml} or
 * {@code @plans.yaml} still checks every file.
 */
class FileArgumentsTests {

    /** A file in the working directory, named as a shell's {@code *.yaml} would pass it; removed after each test. */
    private Path inWorkingDirectory;

    /** Further files and folders a test made, or that a wrong reading of its arguments would make; removed after it. */
    private final List<Path> alsoInWorkingDirectory = new ArrayList<>();

    @AfterEach
    void removeTheFileFromTheWorkingDirectory() throws Exception {
        if (inWorkingDirectory != null) {
            Files.deleteIfExists(inWorkingDirectory);
        }
        for (Path path : alsoInWorkingDirectory) {
            if (Files.isDirectory(path)) {
                try (var files = Files.list(path)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            Files.deleteIfExists(path);
        }
    }

    private String planInWorkingDirectory(String name) throws Exception {
        inWorkingDirectory = Path.of(name);
        Files.copy(CliRun.plan("misses-duties.yaml"), inWorkingDirectory);
        return name;
    }

    @Test
    void aPlanFileNamedLikeTheHelpOptionIsChecked() throws Exception {
        String file = planInWorkingDirectory("-h.childplan-test.yaml");

        CliRun run = CliRun.of("check", file, CliRun.planArg("meets-duties.yaml"));

        assertThat(run.out()).as(run.err()).doesNotContain("Usage:").contains(file, "2 plans checked");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
    }

    @Test
    void aPlanFileNamedLikeAnOptionWithAValueIsCheckedByValidateToo() throws Exception {
        String file = planInWorkingDirectory("-o.childplan-test.yaml");

        CliRun check = CliRun.of("check", CliRun.planArg("meets-duties.yaml"), file);
        CliRun validate = CliRun.of("validate", file);

        assertThat(check.out()).contains(file, "2 plans checked");
        assertThat(validate.exitCode()).isEqualTo(ExitCode.PASSED.code());
        assertThat(validate.out()).contains(file + ": well formed");
    }

    @Test
    void aFileNamedLikeTheBaselineOptionWithItsValueIsAFileAndWaivesNothing() throws Exception {
        // A folder holding a failing plan, its JSON report, and a copy of the report named --baseline=<report>: the
        // shell passes the copy's name on with the plans, and as an option it would waive every finding.
        CliRun report = CliRun.of("check", CliRun.planArg("misses-duties.yaml"), "--format", "json");
        Path known = Path.of("childplan-test-known.json");
        alsoInWorkingDirectory.add(known);
        Files.writeString(known, report.out());
        inWorkingDirectory = Path.of("--baseline=childplan-test-known.json");
        Files.writeString(inWorkingDirectory, report.out());

        CliRun run = CliRun.of("check", inWorkingDirectory.toString(), CliRun.planArg("misses-duties.yaml"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.err()).contains("--baseline=childplan-test-known.json: left out: childplan's JSON report");
        assertThat(run.out()).doesNotContain("Accepted by baseline").contains("FAILED");
    }

    @Test
    void aPlanFileNamedLikeTheOutputOptionWithItsValueIsCheckedAndNoFolderIsMade() throws Exception {
        String file = planInWorkingDirectory("--output=childplan-test-out.yaml");
        alsoInWorkingDirectory.add(Path.of("childplan-test-out.yaml"));

        CliRun run = CliRun.of("check", file, CliRun.planArg("meets-duties.yaml"));

        assertThat(run.out()).as(run.err()).contains(file, "2 plans checked");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(Path.of("childplan-test-out.yaml")).doesNotExist();
    }

    @Test
    void aPlanFileNamedLikeTheFormatOptionWithItsValueIsCheckedNotAUsageError() throws Exception {
        String file = planInWorkingDirectory("--format=json.childplan-test.yaml");

        CliRun run = CliRun.of("check", CliRun.planArg("meets-duties.yaml"), file);

        assertThat(run.err()).doesNotContain("Usage:", "Invalid value");
        assertThat(run.out()).contains(file, "2 plans checked");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
    }

    @Test
    void anOptionWithItsValueAfterAnEqualsSignThatNamesNoFileIsStillAnOption() {
        CliRun run = CliRun.of("check", "--format=json", CliRun.planArg("meets-duties.yaml"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.out()).startsWith("{");
    }

    @Test
    void anEmptyFileNamedLikeTheHelpOptionIsNotAPlanAndFailsTheRun() throws Exception {
        inWorkingDirectory = Path.of("-h.childplan-empty.yaml");
        Files.writeString(inWorkingDirectory, "");

        CliRun run = CliRun.of("check", inWorkingDirectory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.out()).doesNotContain("Usage:");
        assertThat(run.err()).contains("-h.childplan-empty.yaml");
    }

    @Test
    void anArgumentStartingWithAnAtSignIsAFileNameNotAFileOfArguments(@TempDir Path folder) throws Exception {
        Path arguments = folder.resolve("arguments.yaml");
        Files.writeString(arguments, "--help\n");

        CliRun run = CliRun.of("check", "@" + arguments, CliRun.planArg("meets-duties.yaml"));

        assertThat(run.out()).doesNotContain("Usage:");
        assertThat(run.err()).contains("@" + arguments + ": no such file");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    }

    @Test
    void anUnknownOptionThatNamesNoFileIsStillAUsageErrorWithSuggestions() {
        CliRun run = CliRun.of("check", "--fail-onn", "warning", CliRun.planArg("meets-duties.yaml"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("Unknown option: '--fail-onn'", "--fail-on");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void afterADoubleDashEveryArgumentIsAFile() {
        CliRun run = CliRun.of("check", "--", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("--help: no such file");
        assertThat(run.out()).doesNotContain("Usage:");
    }

    @Test
    void aNameThatCannotBeAPathIsAUsageErrorThatSaysWhyWithoutTheJdksException() {
        CliRun validate = CliRun.of("validate", "plan\u0000.yaml");
        CliRun check = CliRun.of("check", "--output", "out\u0000", CliRun.planArg("meets-duties.yaml"));

        assertThat(validate.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(validate.err()).contains("'plan\\u0000.yaml' cannot be a file name here", "UTF-8 locale")
                .doesNotContain("InvalidPathException");
        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(check.err()).contains("'out\\u0000' cannot be a file name here").doesNotContain("Exception");
    }

    @Test
    void helpExplainsTheDoubleDash() {
        assertThat(CliRun.of("check", "--help").out()).contains("--");
        // The help wraps at the terminal's width, so the sentence is looked for with its line breaks folded.
        assertThat(CliRun.of("check", "--help").out().replaceAll("\\s+", " ")).contains("after '--' every");
    }
}
