package org.childplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;
import org.childplan.cli.internal.BadInputException;
import org.childplan.cli.internal.BadPackException;
import org.childplan.cli.internal.FileArguments;
import org.childplan.cli.internal.PathConverter;
import org.childplan.cli.internal.ReportNotWrittenException;
import org.childplan.reports.SafeText;
import org.childplan.rules.InvalidRulePackException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wires the {@code childplan} command line: the one factory used by {@link Main} and by tests.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Cli {

    private Cli() {
    }

    /**
     * The {@code childplan} command, writing its output to {@code out} and its errors to {@code err}.
     *
     * <p>Colour follows picocli's {@link CommandLine.Help.Ansi#AUTO}: only when the process runs on a terminal and
     * neither {@code NO_COLOR} nor {@code -Dpicocli.ansi=false} says otherwise.
     *
     * @param out where reports and listings go
     * @param err where errors go
     * @return the command line, ready to {@link CommandLine#execute(String...) execute}; its result is an
     *     {@link ExitCode#code() exit code}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ChildplanCommand()) {
            @Override
            public int execute(String... args) {
                try {
                    return super.execute(FileArguments.filesAfterOptions(this, args));
                } catch (Error error) {
                    // picocli hands only exceptions to the handler: an error of the JVM (out of memory, a class of
                    // childplan's own that cannot link) would otherwise end the run with a raw trace and exit code 1.
                    return internalError(this, error);
                }
            }
        };
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A file named @plans.yaml is a file, not a file of arguments to read; FileArguments makes one named -h.yaml
        // or -o.yaml a file too, as a shell expanding *.yaml passes them.
        commandLine.setExpandAtFiles(false);
        commandLine.registerConverter(Path.class, new PathConverter());
        commandLine.setParameterExceptionHandler(usageErrors());
        commandLine.setExecutionStrategy(failingOnOutputErrors(out, err));
        commandLine.setExecutionExceptionHandler(failures());
        commandLine.setExitCodeExceptionMapper(exception -> ExitCode.INTERNAL_ERROR.code());
        listExitCodes(commandLine);
        return commandLine;
    }

    private static void listExitCodes(CommandLine commandLine) {
        CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
        spec.exitCodeOnSuccess(ExitCode.PASSED.code());
        spec.exitCodeOnUsageHelp(ExitCode.PASSED.code());
        spec.exitCodeOnVersionHelp(ExitCode.PASSED.code());
        spec.exitCodeOnInvalidInput(ExitCode.BAD_INPUT.code());
        spec.exitCodeOnExecutionException(ExitCode.INTERNAL_ERROR.code());
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(
                commandLine.getCommand() instanceof OwnExitCodes own ? own.exitCodes() : ExitCode.helpList());
        commandLine.getSubcommands().values().forEach(Cli::listExitCodes);
    }

    /**
     * Runs the command, then turns a failed write on standard output into {@link ExitCode#REPORT_NOT_WRITTEN}:
     * {@code --format json > /dev/full} or a closed pipe must not pass for a run whose report was read.
     */
    private static IExecutionStrategy failingOnOutputErrors(PrintWriter out, PrintWriter err) {
        return parseResult -> {
            int exitCode = new CommandLine.RunLast().execute(parseResult);
            if (out.checkError()) {
                err.println("childplan: could not write to standard output (a full disk or a closed pipe?): the output"
                        + " is incomplete or missing");
                err.flush();
                return ExitCode.REPORT_NOT_WRITTEN.code();
            }
            return exitCode;
        };
    }

    private static IParameterExceptionHandler usageErrors() {
        return (exception, args) -> {
            CommandLine command = exception.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(command.getColorScheme().errorText(
                    SafeText.forDisplay(command.getCommandName() + ": " + exception.getMessage())));
            StringWriter suggestions = new StringWriter();
            UnmatchedArgumentException.printSuggestions(exception, new PrintWriter(suggestions));
            suggestions.toString().lines().forEach(line -> err.println(SafeText.forDisplay(line)));
            err.printf(Locale.ROOT, "Try '%s --help' for more information.%n", command.getCommandSpec().qualifiedName());
            err.flush();
            return ExitCode.BAD_INPUT.code();
        };
    }

    /**
     * Reports {@code error} as an internal error, in one line without the JVM's trace: after an error of the JVM the
     * trace helps no user, and printing it may fail again (out of memory).
     */
    private static int internalError(CommandLine command, Error error) {
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(SafeText.forDisplay(
                "childplan: internal error, please report it with the command that caused it: " + error
                        + (error instanceof OutOfMemoryError
                                ? " (the JVM ran out of memory; JAVA_TOOL_OPTIONS=-Xmx2g gives it more)" : ""))));
        err.flush();
        return ExitCode.INTERNAL_ERROR.code();
    }

    private static IExecutionExceptionHandler failures() {
        return (Exception exception, CommandLine command, ParseResult parseResult) -> {
            PrintWriter err = command.getErr();
            if (exception instanceof BadInputException badInput) {
                badInput.getMessage().lines().forEach(line -> err.println(
                        command.getColorScheme().errorText(SafeText.forDisplay(line))));
                err.flush();
                return ExitCode.BAD_INPUT.code();
            }
            if (exception instanceof BadPackException badPack) {
                badPack.getMessage().lines().forEach(line -> err.println(
                        command.getColorScheme().errorText(SafeText.forDisplay(line))));
                err.flush();
                return ExitCode.BAD_PACK.code();
            }
            if (exception instanceof InvalidRulePackException badPack) {
                // A pack whose catalogue reads but whose rule base cannot be built, found only as a checker is built.
                err.println(command.getColorScheme().errorText(SafeText.forDisplay(
                        "childplan: a rule pack cannot be used: " + badPack.getMessage())));
                err.flush();
                return ExitCode.BAD_PACK.code();
            }
            if (exception instanceof ReportNotWrittenException notWritten) {
                notWritten.getMessage().lines().forEach(line -> err.println(
                        command.getColorScheme().errorText(SafeText.forDisplay(line))));
                err.flush();
                return ExitCode.REPORT_NOT_WRITTEN.code();
            }
            err.println(command.getColorScheme().errorText(SafeText.forDisplay(
                    "childplan: internal error, please report it with the command that caused it: " + exception)));
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            trace.toString().lines().forEach(line -> err.println(SafeText.forDisplay(line)));
            err.flush();
            return ExitCode.INTERNAL_ERROR.code();
        };
    }
}
