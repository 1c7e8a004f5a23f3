package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildplanCommandTests {

    @Test
    void helpListsEveryExitCodeWithItsMeaning() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:");
        for (ExitCode exitCode : ExitCode.values()) {
            assertThat(run.out()).containsPattern(
                    "\\n\\s+" + exitCode.code() + "\\s+" + java.util.regex.Pattern.quote(
                            exitCode.description().substring(0, 20)));
        }
    }

    @Test
    void eachSubcommandsHelpListsTheExitCodesToo() {
        for (String command : new String[] {"validate", "check", "rules", "explain", "init", "diff"}) {
            CliRun run = CliRun.of(command, "--help");

            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: childplan " + command);
            assertThat(run.out()).as(command).contains("Exit codes:", ExitCode.FINDINGS.description());
        }
    }

    @Test
    void helpListsTheCommands() {
        assertThat(CliRun.of("--help").out()).contains("validate", "check", "rules", "explain", "init", "diff");
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatExitsTwoWithoutAStackTrace() {
        CliRun run = CliRun.of("--colour");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'", "childplan --help").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        CliRun run = CliRun.of("chek");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("chek", "check");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing a command");
    }

    @Test
    void versionSaysItIsChildplanAndOnWhichJava() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("childplan ").contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void noCommandAtAllNamesEveryCommandTheHelpLists() {
        CliRun run = CliRun.of();

        List<String> commands = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().keySet().stream().toList();
        assertThat(commands).contains("validate", "check", "rules", "explain", "scorecard", "init", "diff");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("childplan: Missing a command: "
                + String.join(", ", commands.subList(0, commands.size() - 1)) + " or " + commands.get(commands.size() - 1)
                + System.lineSeparator());
    }
}
