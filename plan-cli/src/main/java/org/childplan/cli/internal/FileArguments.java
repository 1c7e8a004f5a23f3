package org.childplan.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Reads the arguments of a command that takes files so that a file whose name looks like an option is a file.
 *
 * <p>A shell passes {@code *.yaml} on as it finds the files, so a folder holding {@code -h.yaml} or {@code -o.yaml}
 * gives arguments that picocli would read as {@code -h} (print the help and exit with 0, checking nothing) or as
 * {@code -o} with the value {@code .yaml}. Before picocli parses them, each argument that is neither one of the
 * command's options nor an option's value, and that either does not start with {@code -} or names an existing file,
 * is moved after a {@code --}, in the order given, where picocli reads every argument as a file. That holds for a
 * file named like an option with its value ({@code --baseline=known.json}): a folder holding one must not give
 * {@code check *.yaml} an option. An argument that starts with {@code -}, is not an option and names no file stays
 * where it is, so that picocli reads it as {@code --name=value} or reports it as an unknown option with suggestions.
 * A file named exactly like an option ({@code --help}) needs {@code --} before it.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FileArguments {

    /** What the help of a command taking files says about names that look like options. */
    public static final String HELP = "A name starting with '-' that is not an option is read as a file when the file"
            + " exists; after '--' every argument is read as a file, whatever its name.";

    private static final String END_OF_OPTIONS = "--";

    private FileArguments() {
    }

    /**
     * {@code args} with the file arguments of the subcommand they name moved after {@code --}; as given when they
     * name no subcommand of {@code commandLine}.
     */
    public static String[] filesAfterOptions(CommandLine commandLine, String... args) {
        for (int i = 0; i < args.length; i++) {
            if (END_OF_OPTIONS.equals(args[i])) {
                return args;
            }
            CommandLine subcommand = commandLine.getSubcommands().get(args[i]);
            if (subcommand != null) {
                if (subcommand.getCommandSpec().positionalParameters().isEmpty()) {
                    return args;
                }
                List<String> rewritten = new ArrayList<>(Arrays.asList(args).subList(0, i + 1));
                rewritten.addAll(filesLast(subcommand.getCommandSpec(), Arrays.asList(args).subList(i + 1, args.length)));
                return rewritten.toArray(String[]::new);
            }
        }
        return args;
    }

    private static List<String> filesLast(CommandSpec spec, List<String> args) {
        List<String> options = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (END_OF_OPTIONS.equals(arg)) {
                files.addAll(args.subList(i + 1, args.size()));
                break;
            }
            OptionSpec option = spec.optionsMap().get(arg);
            if (option != null) {
                options.add(arg);
                if (option.arity().max() > 0 && i + 1 < args.size()) {
                    options.add(args.get(++i));
                }
            } else if (!arg.startsWith("-") || arg.length() == 1 || exists(arg)) {
                // A file, even one named like an option given as --name=value (--baseline=known.json): a folder
                // holding such a file must not change the options of 'check *.yaml'.
                files.add(arg);
            } else {
                // An option given as --name=value, or an unknown option that picocli reports with suggestions.
                options.add(arg);
            }
        }
        if (!files.isEmpty()) {
            options.add(END_OF_OPTIONS);
            options.addAll(files);
        }
        return options;
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
