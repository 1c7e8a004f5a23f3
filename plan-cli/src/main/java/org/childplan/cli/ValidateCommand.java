package org.childplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.childplan.cli.internal.BadInputException;
import org.childplan.cli.internal.FileArguments;
import org.childplan.cli.internal.PlanFiles;
import org.childplan.cli.internal.StructuralProblems;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.reports.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code childplan validate FILE...}: is each file a well-formed plan document? */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "Reads each plan document and checks that it is well formed: valid YAML or JSON, known fields, values of"
                    + " the right type, required fields present, references to ids that exist.",
            "Prints one line per problem: file:line:col: pointer: message, with control characters shown escaped"
                    + " (\\u001b, \\n). Does not judge the plan against the law; 'childplan check' does."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = {"Plan documents (.yaml, .yml or .json), or folders searched for them.",
                PlanFiles.FOLDER_HELP, FileArguments.HELP})
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExitCode exitCode = ExitCode.PASSED;
        PlanFiles.Found found = PlanFiles.expand(paths, null);
        found.notes().forEach(note -> err.println(SafeText.forDisplay(note)));
        for (Path file : found.plans()) {
            List<String> problems;
            try {
                PlanFiles.requireReadable(file);
                problems = StructuralProblems.of(PlanDocuments.read(file));
            } catch (BadInputException e) {
                err.println(SafeText.forDisplay(e.getMessage()));
                exitCode = exitCode.worse(ExitCode.BAD_INPUT);
                continue;
            } catch (PlanReadException e) {
                // A document that is not a plan is a problem found in it, reported like the others.
                (e.kind() == PlanReadException.Kind.IO ? err : out).println(SafeText.forDisplay(e.getMessage()));
                exitCode = exitCode.worse(ExitCode.BAD_INPUT);
                continue;
            }
            if (problems.isEmpty()) {
                out.println(SafeText.forDisplay(file + ": well formed"));
            } else {
                problems.forEach(problem -> out.println(SafeText.forDisplay(problem)));
                exitCode = exitCode.worse(ExitCode.BAD_INPUT);
            }
        }
        out.flush();
        err.flush();
        return exitCode.code();
    }
}
