package org.childplan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command, {@code childplan}: shows help, or runs one of its subcommands. */
@Command(
        name = "childplan",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        description = "Checks children's services plans against the statutory duties of their jurisdiction.",
        subcommands = {ValidateCommand.class, CheckCommand.class, RulesCommand.class, ScorecardCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        usageHelpAutoWidth = true,
        footer = {"", "Run 'childplan COMMAND --help' for a command's options."})
final class ChildplanCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: validate, check or rules");
    }
}
