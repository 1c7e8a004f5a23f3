package org.childplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.childplan.cli.internal.BadInputException;
import org.childplan.cli.internal.Candidates;
import org.childplan.cli.internal.CheckRun;
import org.childplan.cli.internal.Checkers;
import org.childplan.cli.internal.IsoDateConverter;
import org.childplan.cli.internal.OutputFormat;
import org.childplan.cli.internal.PlanFiles;
import org.childplan.cli.internal.TextReportRenderer;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanViolation;
import org.childplan.reports.CheckResults;
import org.childplan.reports.IoProblems;
import org.childplan.reports.PlanFileChecker;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.WaiverReadException;
import org.childplan.rules.Waivers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text",
            completionCandidates = Candidates.Formats.class,
            description = "Report format(s), comma-separated: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}."
                    + " Without --output, one format, written to standard output.")
    private List<OutputFormat> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write each format into this folder (created if absent) as childplan.txt, childplan.json,"
                    + " childplan.sarif, childplan-junit.xml, childplan.md or childplan.html, and print the text report.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            completionCandidates = Candidates.FailLevels.class,
            description = "Exit with 1 when a plan has a finding of this severity or weightier: ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE}.")
    private FailLevel failOn;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Accept the findings this waiver file lists (rule id, optional pointer and plan,"
                    + " justification, approver, expiry): they are reported as waived and do not fail the check."
                    + " Expired waivers and waivers that match nothing are reported.")
    private Path waivers;

    @Option(names = "--today", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "The date waivers' expiry is judged on (YYYY-MM-DD). Default: the system's date.")
    private LocalDate today;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<OutputFormat> distinctFormats = formats.stream().distinct().toList();
        if (output == null && distinctFormats.size() > 1) {
            throw new ParameterException(spec.commandLine(), "several formats ("
                    + distinctFormats.stream().map(OutputFormat::displayName).collect(Collectors.joining(", "))
                    + ") are written as files: give --output DIR");
        }
        if (jurisdiction != null) {
            Checkers.requirePack(jurisdiction);
        }
        PlanFileChecker checker = PlanFileChecker.create()
                .withJurisdiction(jurisdiction)
                .withAsOf(asOf)
                .withWaivers(readWaivers(), today != null ? today : LocalDate.now());
        List<ComplianceReport> reports = new ArrayList<>();
        List<UncheckedPlan> unchecked = new ArrayList<>();
        for (Path file : files) {
            PlanFileChecker.Outcome outcome = checker.check(file);
            if (outcome instanceof PlanFileChecker.Checked checked) {
                reports.add(checked.report());
            } else if (outcome instanceof PlanFileChecker.NotChecked notChecked) {
                unchecked.add(notChecked.plan());
                err.println(problem(notChecked));
            }
        }
        err.flush();
        CheckRun run = new CheckRun(new CheckResults(reports, unchecked), failOn);
        if (output == null) {
            distinctFormats.get(0).renderer().render(run, out, spec.commandLine().getColorScheme().ansi());
        } else {
            new TextReportRenderer().render(run, out, spec.commandLine().getColorScheme().ansi());
            out.println();
            out.println("Reports written: " + write(run, distinctFormats).stream()
                    .map(Path::toString)
                    .collect(Collectors.joining(", ")));
            out.flush();
        }
        ExitCode exitCode = run.anyFails() ? ExitCode.FINDINGS : ExitCode.PASSED;
        return (unchecked.isEmpty() ? exitCode : exitCode.worse(ExitCode.BAD_INPUT)).code();
    }

    private Waivers readWaivers() {
        if (waivers == null) {
            return Waivers.none();
        }
        PlanFiles.requireReadable(waivers);
        try {
            return Waivers.read(waivers);
        } catch (WaiverReadException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private List<Path> write(CheckRun run, List<OutputFormat> distinctFormats) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(output);
            for (OutputFormat format : distinctFormats) {
                Path file = output.resolve(format.fileName());
                try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                    format.renderer().render(run, writer, Ansi.OFF);
                    if (writer.checkError()) {
                        throw new IOException("cannot write " + file);
                    }
                }
                written.add(file);
            }
        } catch (UncheckedIOException e) {
            throw cannotWrite(output, e.getCause());
        } catch (IOException e) {
            throw cannotWrite(output, e);
        }
        return written;
    }

    private static BadInputException cannotWrite(Path output, IOException e) {
        return new BadInputException(output + ": cannot write the reports: " + IoProblems.describe(e));
    }

    /** The file's problem as {@code childplan validate} and earlier versions of this command print it. */
    private static String problem(PlanFileChecker.NotChecked notChecked) {
        Path file = notChecked.file();
        String first = notChecked.plan().problems().get(0).message();
        return switch (notChecked.reason()) {
            case UNREADABLE -> file + ": " + first;
            case NOT_READ -> notChecked.cause().map(PlanReadException::getMessage).orElse(file + ": " + first);
            case NOT_WELL_FORMED -> notChecked.cause()
                    .filter(InvalidPlanException.class::isInstance)
                    .map(cause -> ((InvalidPlanException) cause).violations().stream()
                            .map(PlanViolation::toString)
                            .collect(Collectors.joining(System.lineSeparator())) + System.lineSeparator())
                    .orElse("") + file + ": not checked: the plan is not well formed";
            // No pack for the plan's jurisdiction, or a plan the engine cannot date (no period and no --as-of).
            case NOT_CHECKABLE -> file + ": not checked: " + first;
        };
    }
}
