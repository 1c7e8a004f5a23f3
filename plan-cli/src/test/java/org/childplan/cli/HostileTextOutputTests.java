package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan text that would steer a terminal or add lines to a CI log (an OSC sequence, a bell, a carriage return, a line
 * that GitHub Actions reads as a command) is printed with its control characters escaped, by every command.
 */
class HostileTextOutputTests {

    /** A YAML double-quoted title: OSC "set window title" ending in BEL, a carriage return and a workflow command. */
    private static final String HOSTILE_TITLE =
            "\"Glenardoch\\e]0;owned\\a\\r\\n::error file=plans/x.yaml::forged\\n::add-mask::secret\"";

    private static Path hostilePlan(Path folder, String name) throws Exception {
        String plan = Files.readString(CliRun.plan("misses-duties.yaml"));
        String title = plan.lines().filter(line -> line.startsWith("title:")).findFirst().orElseThrow();
        Path file = folder.resolve(name);
        Files.writeString(file, plan.replace(title, "title: " + HOSTILE_TITLE));
        return file;
    }

    private static void assertNeutral(String printed) {
        assertThat(printed.chars()).noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F);
        assertThat(printed.lines()).noneMatch(line -> line.startsWith("::"));
    }

    @Test
    void theTextReportShowsControlCharactersOfAPlanTitleEscaped(@TempDir Path folder) throws Exception {
        Path plan = hostilePlan(folder, "plan.yaml");

        CliRun run = CliRun.of("check", plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        assertNeutral(run.out());
        assertThat(run.out()).contains("Glenardoch\\u001b]0;owned\\u0007\\r\\n::error file=plans/x.yaml::forged"
                + "\\n::add-mask::secret (");
    }

    @Test
    void theMarkdownReportOnStandardOutputStartsNoLineWithPlanText(@TempDir Path folder) throws Exception {
        CliRun run = CliRun.of("check", "--format", "markdown", hostilePlan(folder, "plan.yaml").toString());

        assertNeutral(run.out());
        assertThat(run.out()).contains("::error file=plans/x.yaml::forged");
    }

    @Test
    void aProblemQuotingHostileTextIsPrintedEscapedByValidateAndCheck(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, Files.readString(CliRun.plan("misses-duties.yaml"))
                + "\"colour\\e[2J\\n::error::x\": red\n");

        CliRun validate = CliRun.of("validate", file.toString());
        CliRun check = CliRun.of("check", file.toString());

        assertThat(validate.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertNeutral(validate.out());
        assertNeutral(validate.err());
        assertThat(validate.out()).contains("colour\\u001b[2J\\n::error::x");
        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertNeutral(check.err());
        assertThat(check.err()).contains("colour\\u001b[2J\\n::error::x");
    }

    @Test
    void aFileNameWithControlCharactersIsPrintedEscapedOnStandardError(@TempDir Path folder) {
        String missing = folder.resolve("no\u001b]0;x\u0007\n::error::plan.yaml").toString();

        CliRun validate = CliRun.of("validate", missing);
        CliRun check = CliRun.of("check", missing);

        assertThat(validate.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertNeutral(validate.err());
        assertThat(validate.err()).contains("no\\u001b]0;x\\u0007\\n::error::plan.yaml: no such file");
        assertNeutral(check.err());
        assertThat(check.err()).contains("no\\u001b]0;x\\u0007\\n::error::plan.yaml");
    }

    @Test
    void anUnknownOptionWithControlCharactersIsPrintedEscaped() {
        CliRun run = CliRun.of("check", "--format\u001b[2J\n::error::x", "plan.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertNeutral(run.err());
    }
}
