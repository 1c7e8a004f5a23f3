package org.childplan.cli;

import java.util.List;
import org.childplan.cli.internal.LibraryLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, {@code childplan}: shows help, or runs one of its subcommands. */
@Command(
        name = "childplan",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        description = "Checks children's services plans against the statutory duties of their jurisdiction.",
        subcommands = {ValidateCommand.class, CheckCommand.class, RulesCommand.class, ExplainCommand.class,
            ScorecardCommand.class, InitCommand.class, DiffCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        usageHelpAutoWidth = true,
        footer = {"", "Run 'childplan COMMAND --help' for a command's options."})
final class ChildplanCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Shows the libraries' log lines; an option of every command, so that it may follow the command's name too. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Also show the log lines of the libraries childplan uses (Drools, Hibernate Validator) on "
                    + "standard error; they are off by default.")
    void showLibraryLogs(boolean verbose) {
        if (verbose) {
            LibraryLogging.showOnStandardError();
        }
    }

    /** Without a command: a usage error naming every command, as the command line knows them. */
    @Override
    public void run() {
        List<String> names = spec.subcommands().values().stream()
                .map(CommandLine::getCommandName)
                .distinct()
                .toList();
        String last = names.get(names.size() - 1);
        throw new ParameterException(spec.commandLine(), "Missing a command: "
                + (names.size() == 1 ? last : String.join(", ", names.subList(0, names.size() - 1)) + " or " + last));
    }
}
