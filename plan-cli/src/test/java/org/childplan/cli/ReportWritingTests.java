package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Where reports go when writing fails, when a run stops early, and when a report name is a link or an input. */
class ReportWritingTests {

    private static final String MEETS_DUTIES = CliRun.planArg("meets-duties.yaml");
    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");

    /** Standard output on a full disk: every write fails. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static CliRun withStandardOutputFailing(String... args) {
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8), true);
        int exitCode = Cli.commandLine(out, new PrintWriter(err, true)).execute(args);
        return new CliRun(exitCode, "", err.toString());
    }

    private static String[] names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputIsItsOwnErrorWithItsOwnExitCode() {
        for (String format : new String[] {"json", "text", "sarif"}) {
            CliRun passing = withStandardOutputFailing("check", "--format", format, MEETS_DUTIES);
            CliRun failing = withStandardOutputFailing("check", "--format", format, MISSES_DUTIES);

            assertThat(passing.exitCode()).as(format).isEqualTo(ExitCode.REPORT_NOT_WRITTEN.code()).isEqualTo(4);
            assertThat(failing.exitCode()).as(format).isEqualTo(ExitCode.REPORT_NOT_WRITTEN.code());
            assertThat(passing.err()).as(format).contains("could not write to standard output");
        }
    }

    @Test
    void validateAndHelpFailTooWhenStandardOutputCannotBeWritten() {
        assertThat(withStandardOutputFailing("validate", MEETS_DUTIES).exitCode())
                .isEqualTo(ExitCode.REPORT_NOT_WRITTEN.code());
        assertThat(withStandardOutputFailing("--help").exitCode()).isEqualTo(ExitCode.REPORT_NOT_WRITTEN.code());
    }

    @Test
    void aFolderThatCannotBeCreatedIsAReportNotWritten(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "");

        CliRun run = CliRun.of("check", "--format", "json", "--output", file.toString(), MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.REPORT_NOT_WRITTEN.code());
        assertThat(run.err())
                .startsWith(file + ": cannot write the reports: " + file + ": already exists, and is not a directory")
                .doesNotContain("\tat ");
    }

    @Test
    void aReportWhoseNameIsAFolderIsBadInputUnderItsOwnNameAndNoReportIsWritten(@TempDir Path folder)
            throws Exception {
        Path output = Files.createDirectories(folder.resolve("reports"));
        Files.createDirectories(output.resolve("childplan.sarif").resolve("in-the-way"));

        CliRun run = CliRun.of("check", "--format", "json,sarif,html", "--output", output.toString(), MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains(output.resolve("childplan.sarif") + ": is a folder, not a regular file")
                .doesNotContain(".tmp");
        assertThat(names(output)).containsExactly("childplan.sarif");
    }

    @Test
    void aReportThatCannotBeWrittenWhereTheEarlierOneCannotBeRemovedIsSaidToBeStillThere(@TempDir Path folder)
            throws Exception {
        Path output = Files.createDirectories(folder.resolve("reports"));
        Path earlier = Files.writeString(output.resolve("childplan.html"), "old");
        CliRun run;
        if (ReportFilesChattr.immutable(output)) {
            try {
                run = CliRun.of("check", "--format", "html", "--output", output.toString(), MEETS_DUTIES);
            } finally {
                new ProcessBuilder("chattr", "-i", output.toString()).start().waitFor();
            }
        } else {
            assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into a read-only folder");
            assumeTrue(output.toFile().setWritable(false, false), "the folder can be made read-only");
            try {
                run = CliRun.of("check", "--format", "html", "--output", output.toString(), MEETS_DUTIES);
            } finally {
                output.toFile().setWritable(true, true);
            }
        }

        assertThat(run.exitCode()).isEqualTo(ExitCode.REPORT_NOT_WRITTEN.code());
        assertThat(run.err()).contains(earlier + ": cannot write the report: ")
                .contains("the earlier report could not be removed either: it is still there, and is stale")
                .doesNotContain("no earlier report is left in its place");
        assertThat(earlier).hasContent("old");
    }

    @Test
    void reportsAreReplacedWholeAndNoTemporaryFileIsLeft(@TempDir Path folder) throws Exception {
        Path output = Files.createDirectories(folder.resolve("reports"));
        Files.writeString(output.resolve("childplan.sarif"), "an earlier run's report");

        CliRun run = CliRun.of("check", "--format", "sarif,junit", "--output", output.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(names(output)).containsExactly("childplan-junit.xml", "childplan.sarif");
        assertThat(Files.readString(output.resolve("childplan.sarif"))).startsWith("{");
    }

    @Test
    void aRunStoppedByABadWaiverFileRemovesTheEarlierRunsReportsAndSaysSo(@TempDir Path folder) throws Exception {
        Path output = Files.createDirectories(folder.resolve("reports"));
        Path sarif = Files.writeString(output.resolve("childplan.sarif"), "an earlier run's PASS");
        Path junit = Files.writeString(output.resolve("childplan-junit.xml"), "an earlier run's PASS");
        Path unrelated = Files.writeString(output.resolve("notes.txt"), "kept");
        Path waivers = Files.writeString(folder.resolve("waivers.yaml"), "waivers:\n  - ruleId: [broken\n");

        CliRun run = CliRun.of("check", "--format", "sarif,junit", "--output", output.toString(), "--waivers",
                waivers.toString(), MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(sarif).doesNotExist();
        assertThat(junit).doesNotExist();
        assertThat(unrelated).hasContent("kept");
        assertThat(run.err()).contains("no report written; removed the earlier reports " + sarif + ", " + junit);
    }

    @Test
    void aReportNameThatIsALinkIsBadInputAndNothingIsWrittenThroughOrOverIt(@TempDir Path folder) throws Exception {
        Path outside = Files.writeString(folder.resolve("index.html"), "the council's home page");
        Path output = Files.createDirectories(folder.resolve("reports"));
        Path link = Files.createSymbolicLink(output.resolve("childplan.html"), outside);

        CliRun run = CliRun.of("check", "--format", "html,json", "--output", output.toString(), MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains(link + ": is a symbolic link, not a regular file",
                "remove it or give another --output folder");
        assertThat(outside).hasContent("the council's home page");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names(output)).containsExactly("childplan.html");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReportNameThatIsANamedPipeIsBadInputAndStaysAPipe(@TempDir Path folder) throws Exception {
        Path output = Files.createDirectories(folder.resolve("reports"));
        Path fifo = output.resolve("childplan.sarif");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        CliRun run = CliRun.of("check", "--format", "sarif", "--output", output.toString(), MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains(fifo + ": is a named pipe (FIFO), not a regular file");
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(names(output)).containsExactly("childplan.sarif");
    }

    @Test
    void aPlanOrWaiverFileNamedLikeAReportInTheOutputFolderIsNeverReplaced(@TempDir Path folder) throws Exception {
        Path output = Files.createDirectories(folder.resolve("reports"));
        Path plan = Files.copy(Path.of(MEETS_DUTIES), output.resolve("childplan.json"));
        String planText = Files.readString(plan);
        Path waivers = Files.writeString(output.resolve("childplan.md"), "waivers: []\n");

        CliRun byPlan = CliRun.of("check", "--format", "sarif,json", "--output", output.toString(), plan.toString());
        CliRun byWaivers = CliRun.of("check", "--format", "markdown", "--output", output.toString(), "--waivers",
                waivers.toString(), MEETS_DUTIES);

        assertThat(byPlan.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(byPlan.err()).contains(output.resolve("childplan.json") + ": is " + plan
                + ", a file this check reads", "give another --output folder");
        assertThat(plan).hasContent(planText);
        assertThat(byWaivers.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(waivers).hasContent("waivers: []\n");
        assertThat(names(output)).containsExactly("childplan.json", "childplan.md");
    }
}
