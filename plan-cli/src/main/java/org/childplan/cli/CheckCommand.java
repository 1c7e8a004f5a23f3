package org.childplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.childplan.cli.internal.BadInputException;
import org.childplan.cli.internal.Candidates;
import org.childplan.cli.internal.CheckRun;
import org.childplan.cli.internal.Checkers;
import org.childplan.cli.internal.IsoDateConverter;
import org.childplan.cli.internal.OutputFormat;
import org.childplan.cli.internal.PlanFiles;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code childplan check FILE...}: does each plan meet the statutory duties of its jurisdiction? */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        usageHelpAutoWidth = true,
        sortOptions = false,
        description = {
            "Checks each plan against the rule pack of its jurisdiction, by the law in force on the as-of date, and"
                    + " reports every finding with its rule, legal source, place in the file and remedy.",
            "A file that is not a well-formed plan is not checked: its problems are printed on standard error, as"
                    + " 'childplan validate' prints them, and the command exits with 2."
        })
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan documents (.yaml, .yml or .json).")
    private List<Path> files;

    @Option(names = "--jurisdiction", paramLabel = "J", completionCandidates = Candidates.Jurisdictions.class,
            description = "Judge every plan by this jurisdiction's law: ${COMPLETION-CANDIDATES}."
                    + " Default: each plan's own jurisdiction.")
    private Jurisdiction jurisdiction;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "Apply the law in force on this date (YYYY-MM-DD). Default: the start of each plan's period.")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Candidates.Formats.class,
            description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            completionCandidates = Candidates.FailLevels.class,
            description = "Exit with 1 when a plan has a finding of this severity or weightier: ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE}.")
    private FailLevel failOn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jurisdiction != null) {
            Checkers.requirePack(jurisdiction);
        }
        Checkers checkers = new Checkers();
        List<ComplianceReport> reports = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (Path file : files) {
            try {
                reports.add(check(file, checkers));
            } catch (BadInputException e) {
                unchecked.add(e.getMessage());
                err.println(e.getMessage());
            }
        }
        err.flush();
        CheckRun run = new CheckRun(reports, unchecked, failOn);
        format.renderer().render(run, out, spec.commandLine().getColorScheme().ansi());
        ExitCode exitCode = run.anyFails() ? ExitCode.FINDINGS : ExitCode.PASSED;
        return (unchecked.isEmpty() ? exitCode : exitCode.worse(ExitCode.BAD_INPUT)).code();
    }

    private ComplianceReport check(Path file, Checkers checkers) {
        PlanDocument document = PlanFiles.read(file);
        try {
            PlanValidator.create().requireValid(document);
        } catch (InvalidPlanException e) {
            throw new BadInputException(String.join(System.lineSeparator(), e.violations().stream()
                    .map(PlanViolation::toString)
                    .toList()) + System.lineSeparator() + file + ": not checked: the plan is not well formed");
        }
        Jurisdiction applied = jurisdiction != null ? jurisdiction : document.plan().jurisdiction();
        try {
            return checkers.forJurisdiction(applied).check(document, asOf);
        } catch (BadInputException e) {
            throw new BadInputException(file + ": not checked: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // The engine refuses a plan it cannot date (no period and no --as-of); say so against the file.
            throw new BadInputException(file + ": not checked: " + e.getMessage());
        }
    }
}
