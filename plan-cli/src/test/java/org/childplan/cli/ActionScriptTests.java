package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script of the GitHub Action ({@code .github/actions/childplan.sh}), run as the action runs it, on the example
 * plans, with a job summary file of its own.
 */
class ActionScriptTests {

    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    private static final String EXAMPLES = "plan-examples/src/main/resources/org/childplan/examples";

    @Test
    void theActionAnnotatesTheFindingsAppendsTheMarkdownReportToTheSummaryAndWritesTheFormatsAsked(
            @TempDir Path directory) throws Exception {
        Path summary = Files.writeString(directory.resolve("summary.md"), "An earlier step's summary\n");
        Path output = directory.resolve("reports");

        Run run = run(directory, Map.of("CHILDPLAN_PLANS", EXAMPLES, "CHILDPLAN_FORMATS", "sarif",
                "CHILDPLAN_OUTPUT", output.toString(), "GITHUB_STEP_SUMMARY", summary.toString()));

        CliRun direct = CliRun.of("check", ROOT.resolve(EXAMPLES).toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(direct.exitCode());
        assertThat(Files.readString(summary)).startsWith("An earlier step's summary\n# childplan compliance report: ");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).matches("::.*|childplan: .*"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("::(error|warning|notice) file=" + EXAMPLES + "/moray-csp-2017-2020\\.yaml,line=\\d+,.*"));
        assertThat(lines.get(lines.size() - 1)).matches("childplan: \\d+ plan\\(s\\) checked, \\d+ not checked; .*");
        assertThat(output.resolve("childplan.sarif")).isRegularFile();
        assertThat(output.resolve("childplan-github.txt")).isRegularFile();
        assertThat(run.err()).contains("Reports written: ");
    }

    @Test
    void errorsAreAnnotatedFirstAndANoticeSaysWhenAKindHasMoreAnnotationsThanGitHubShows(@TempDir Path directory)
            throws Exception {
        Path output = directory.resolve("reports");

        Run run = run(directory, Map.of("CHILDPLAN_PLANS", EXAMPLES, "CHILDPLAN_OUTPUT", output.toString()));

        List<String> written = Files.readAllLines(output.resolve("childplan-github.txt"));
        List<String> printed = run.out().lines().toList();
        List<String> kinds = printed.stream().skip(1).filter(line -> line.startsWith("::"))
                .map(line -> line.substring(2, line.indexOf(' '))).toList();
        long notices = written.stream().filter(line -> line.startsWith("::notice ")).count();
        assertThat(notices).as("the examples have more notices than GitHub shows").isGreaterThan(10);
        assertThat(printed.get(0)).startsWith("::notice title=childplan::").contains(notices + " notices annotated",
                "GitHub shows the first 10 of each kind");
        assertThat(kinds).isSortedAccordingTo(Comparator.comparingInt(
                kind -> List.of("error", "warning", "notice").indexOf(kind)));
        assertThat(printed.subList(1, printed.size())).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void theFailLevelAndWaiversAreHandedToTheCheck(@TempDir Path directory) throws Exception {
        Path summary = directory.resolve("summary.md");
        Path waivers = Files.writeString(directory.resolve("waivers.yaml"), "waivers: [\n");

        Run run = run(directory, Map.of("CHILDPLAN_PLANS", EXAMPLES + "/moray-csp-2017-2020.yaml",
                "CHILDPLAN_FAIL_ON", "never", "CHILDPLAN_WAIVERS", waivers.toString(),
                "CHILDPLAN_OUTPUT", directory.resolve("reports").toString(), "GITHUB_STEP_SUMMARY", summary.toString()));

        assertThat(run.exitCode()).as("a broken waiver file is bad input").isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains(waivers.toString());
        assertThat(summary).doesNotExist();
    }

    @Test
    void aJobChecksWithoutRecordingTheLaunchersArchiveUnlessAsked(@TempDir Path directory) throws Exception {
        Map<String, String> inputs = Map.of("CHILDPLAN_PLANS", EXAMPLES + "/glenardoch-csp-2023-2026.yaml",
                "CHILDPLAN_OUTPUT", directory.resolve("reports").toString());

        Run byDefault = run(directory, inputs);
        String cdsByDefault = Files.readString(directory.resolve("cds.txt"));
        Map<String, String> asked = new HashMap<>(inputs);
        asked.put("CHILDPLAN_CDS", "on");
        Run whenAsked = run(directory, asked);

        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(cdsByDefault).as("a first run that recorded the archive would cost more than it saves").isEqualTo("off");
        assertThat(whenAsked.exitCode()).as(whenAsked.err()).isZero();
        assertThat(Files.readString(directory.resolve("cds.txt"))).isEqualTo("on");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Path directory, Map<String, String> inputs) throws IOException, InterruptedException {
        Path launcher = directory.resolve("childplan");
        Files.writeString(launcher, "#!/bin/sh\nprintf '%s' \"${CHILDPLAN_CDS-unset}\" >'" + directory.resolve("cds.txt")
                + "'\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' org.childplan.cli.Main \"$@\"\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Path out = directory.resolve("out.txt");
        Path err = directory.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", ROOT.resolve(".github/actions/childplan.sh").toString())
                .directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("CHILDPLAN_LAUNCHER", launcher.toString());
        builder.environment().putAll(inputs);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the action's script did not finish within 120 seconds");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
