package org.childplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.childplan.cli.internal.BadInputException;
import org.childplan.cli.internal.Baseline;
import org.childplan.cli.internal.Candidates;
import org.childplan.cli.internal.CheckRun;
import org.childplan.cli.internal.FileArguments;
import org.childplan.cli.internal.PlanDateConverter;
import org.childplan.cli.internal.NotCheckedProblems;
import org.childplan.cli.internal.PackOptions;
import org.childplan.cli.internal.RuleErrors;
import org.childplan.cli.internal.BadPackException;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.cli.internal.PlanFiles;
import org.childplan.cli.internal.ReportNotWrittenException;
import org.childplan.cli.internal.RuleSelection;
import org.childplan.cli.internal.SourceNames;
import org.childplan.cli.internal.ReportWriterConverter;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.ReadLimits;
import org.childplan.reports.CheckResults;
import org.childplan.reports.IoProblems;
import org.childplan.reports.PlanFileChecker;
import org.childplan.reports.UncheckedPlan;
import org.childplan.reports.IoProblems;
import org.childplan.reports.ReportFiles;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.ReportWriters;
import org.childplan.reports.spi.ReportWriter;
import org.childplan.reports.SafeText;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.WaiverReadException;
import org.childplan.rules.Waivers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = {"Plan documents (.yaml, .yml or .json), or folders searched for them.",
                PlanFiles.FOLDER_HELP, FileArguments.HELP})
    private List<Path> files;

    @Option(names = "--jurisdiction", paramLabel = "J", completionCandidates = Candidates.Jurisdictions.class,
            description = "Judge every plan by this jurisdiction's law: ${COMPLETION-CANDIDATES}."
                    + " Default: each plan's own jurisdiction.")
    private Jurisdiction jurisdiction;

    @Option(names = "--as-of", paramLabel = "DATE", converter = PlanDateConverter.class,
            description = "Apply the law in force on this date (YYYY-MM-DD), from 1900-01-01 to 2200-12-31 as a plan's"
                    + " dates. Default: the start of each plan's period.")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text",
            completionCandidates = Candidates.Formats.class, converter = ReportWriterConverter.class,
            description = "Report format(s), comma-separated: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}."
                    + " Without --output, one format, written to standard output.")
    private List<ReportWriter> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write each format into this folder (created if absent) under its file name (childplan.txt,"
                    + " childplan.json, childplan.sarif, childplan-junit.xml, childplan.md, childplan.html,"
                    + " childplan-github.txt, childplan-gitlab.json), and print the text report."
                    + " Each file is written whole or not at all; a run that writes none removes those of an earlier"
                    + " run. A report never replaces a plan or waiver file, and only a regular file is replaced: a"
                    + " report name that is a symbolic link, a folder, a pipe or a device is refused (exit code 2).")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            completionCandidates = Candidates.FailLevels.class,
            description = "Exit with 1 when a plan has a finding of this severity or weightier: ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE}.")
    private FailLevel failOn;

    @Option(names = "--require-evidence",
            description = "Judge every plan file as a complete record of its plan: a duty a partial or second-hand"
                    + " source (a committee report, minutes, a news item) does not evidence fails at its severity,"
                    + " instead of being reported as not shown in the source.")
    private boolean requireEvidence;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Accept the findings this waiver file lists (rule id, optional pointer and plan,"
                    + " justification, approver, expiry): they are reported as waived and do not fail the check."
                    + " Expired waivers and waivers that match nothing are reported.")
    private Path waivers;

    @Option(names = "--today", paramLabel = "DATE", converter = PlanDateConverter.class,
            description = "The date waivers' expiry is judged on (YYYY-MM-DD), from 1900-01-01 to 2200-12-31."
                    + " Default: the system's date.")
    private LocalDate today;

    @Option(names = "--rule", paramLabel = "ID_OR_GLOB",
            description = "Count only the rules with this id or matching this glob (* any characters, ? one;"
                    + " case ignored), for example SCO-CYPSA-S8-* ; repeatable. The other rules' findings are left"
                    + " out of the verdict and the reports, which list those rules as skipped.")
    private List<String> rules;

    @Option(names = "--skip-rule", paramLabel = "ID_OR_GLOB",
            description = "Do not count the rules with this id or matching this glob, even when --rule selects them;"
                    + " repeatable. Reports list them as skipped.")
    private List<String> skippedRules;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Name the plan and waiver files in every report relative to this folder (the repository"
                    + " root), which must exist. Default: the working directory. A file outside it is named by its"
                    + " absolute path.")
    private Path baseDir;

    @Option(names = "--absolute-paths",
            description = "Name the plan and waiver files in every report by their absolute paths.")
    private boolean absolutePaths;

    @Option(names = "--baseline", paramLabel = "REPORT.json",
            description = "An earlier JSON report (--format json): a finding it holds (same rule id, plan id, pointer"
                    + " and message; or, worded otherwise, same rule id, plan id and pointer) is known, reported as"
                    + " waived by the baseline and does not fail; each finding of the baseline excuses one finding at"
                    + " most, and new findings fail as usual.")
    private Path baseline;

    @Mixin
    private PackOptions packs;

    @Override
    public Integer call() {
        List<ReportWriter> distinctFormats = formats.stream().distinct().toList();
        if (output == null && distinctFormats.size() > 1) {
            throw new ParameterException(spec.commandLine(), "several formats ("
                    + distinctFormats.stream().map(ReportWriter::name).collect(Collectors.joining(", "))
                    + ") are written as files: give --output DIR");
        }
        requireBaseFolder();
        try {
            return check(distinctFormats);
        } catch (BadInputException | BadPackException | InvalidRulePackException e) {
            // The reports of an earlier run must not pass for this one's: a pipeline reading them after a run that
            // stopped (a bad waiver file, say) would otherwise show the earlier verdict.
            removeEarlierReports(distinctFormats);
            throw e;
        }
    }

    private int check(List<ReportWriter> distinctFormats) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        packs.added();
        // From here on the folders given are the plan files found in them, which no report may replace either.
        PlanFiles.Found found = PlanFiles.expand(files, waivers);
        files = found.plans();
        found.notes().forEach(note -> err.println(SafeText.forDisplay(note)));
        if (jurisdiction != null) {
            packs.requirePack(jurisdiction);
        }
        RuleSelection selection = new RuleSelection(rules, skippedRules);
        // Every pack's catalogue is read only to choose rules: reading it loads the rules of every jurisdiction, where a
        // check loads only those of its plans' own.
        List<RuleDescriptor> catalogue = selection.selectsAll() ? List.of() : packs.catalogue();
        selection.requireEachMatches(catalogue.stream().map(RuleDescriptor::id).toList());
        if (output != null) {
            requireNoInputReplaced(distinctFormats);
        }
        Baseline known = baseline == null ? null : Baseline.read(baseline, sourceNames().name(baseline));
        PlanFileChecker checker = PlanFileChecker.create()
                .withPacks(packs.added().isEmpty() ? List.of() : packs.all())
                .withJurisdiction(jurisdiction)
                .withAsOf(asOf)
                .withEvidenceRequired(requireEvidence)
                .withWaivers(readWaivers(), today != null ? today : LocalDate.now());
        List<ComplianceReport> reports = new ArrayList<>();
        List<UncheckedPlan> unchecked = new ArrayList<>();
        ExitCode ruleErrors = ExitCode.PASSED;
        Set<String> rulesOfCheckedPlans = new LinkedHashSet<>();
        Set<String> jurisdictions = new TreeSet<>();
        for (Path file : files) {
            PlanFileChecker.Outcome outcome = checker.check(file, sourceNames().name(file));
            if (outcome instanceof PlanFileChecker.Checked checked) {
                rulesOfCheckedPlans.addAll(ruleIds(checked.report()));
                jurisdictions.add(checked.report().jurisdiction().name().toLowerCase(Locale.ROOT));
                ComplianceReport report = selection.apply(checked.report(), catalogue);
                ruleErrors = ruleErrors.worse(RuleErrors.report(file, report, err));
                reports.add(known == null ? report : known.apply(report, checker.today()));
            } else if (outcome instanceof PlanFileChecker.NotChecked notChecked) {
                unchecked.add(notChecked.plan());
                NotCheckedProblems.of(notChecked, "checked", plan -> Optional.empty()).forEach(line -> err.println(SafeText.forDisplay(line)));
            }
        }
        selection.requireSelectsAny(rulesOfCheckedPlans, String.join(", ", jurisdictions));
        if (!rulesOfCheckedPlans.isEmpty()) {
            selection.rulesMatchingNone(rulesOfCheckedPlans).forEach(glob -> err.println(SafeText.forDisplay(
                    "childplan: warning: --rule " + glob + " matches no rule of the packs that checked the plans ("
                            + String.join(", ", jurisdictions) + "): it selects nothing in this check")));
        }
        err.flush();
        CheckRun run = new CheckRun(new CheckResults(reports, unchecked), failOn);
        boolean colour = spec.commandLine().getColorScheme().ansi().enabled();
        if (output == null) {
            print(distinctFormats.get(0), run, out, colour);
        } else {
            print(ReportWriters.named("text"), run, out, colour);
            write(run, distinctFormats, out);
        }
        ExitCode exitCode = run.anyFails() ? ExitCode.FINDINGS : ExitCode.PASSED;
        return (unchecked.isEmpty() ? exitCode : exitCode.worse(ExitCode.BAD_INPUT)).worse(ruleErrors).code();
    }

    /** The ids of every rule {@code report} names: each rule of the packs that checked the plan is named once. */
    private static List<String> ruleIds(ComplianceReport report) {
        List<String> ids = new ArrayList<>();
        report.findings().forEach(finding -> ids.add(finding.ruleId()));
        report.waived().forEach(waived -> ids.add(waived.finding().ruleId()));
        report.met().forEach(met -> ids.add(met.rule().id()));
        report.nothingToCheck().forEach(rule -> ids.add(rule.rule().id()));
        report.notApplicable().forEach(rule -> ids.add(rule.rule().id()));
        return ids;
    }

    /** Writes {@code run} in the format of {@code writer} on standard output. */
    private void print(ReportWriter writer, CheckRun run, PrintWriter out, boolean colour) {
        try {
            writer.write(run.results(), options(run).withColour(colour), out);
        } catch (IOException e) {
            // Standard output failed: its error flag is set, and the command exits as a report not written.
        }
        out.flush();
    }

    /**
     * Plan and waiver files named in every format as {@link #sourceNames()} names them: relative to the base folder
     * (the working directory, the repository root in a pipeline, or {@code --base-dir}), else absolute.
     */
    private ReportOptions options(CheckRun run) {
        return ReportOptions.defaults()
                .withFailLevel(run.failLevel())
                .withSourceRoot(sourceNames().base())
                .withFileNamesAsGiven();
    }

    private Waivers readWaivers() {
        if (waivers == null) {
            return Waivers.none();
        }
        PlanFiles.requireReadable(waivers);
        String name = sourceNames().name(waivers);
        try {
            return name.equals(waivers.toString()) ? Waivers.read(waivers)
                    : Waivers.read(PlanDocuments.readText(waivers, ReadLimits.defaults()), name);
        } catch (WaiverReadException | PlanReadException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** A {@code --base-dir} that is not a folder would name files wrongly, or not at all, in every report. */
    private void requireBaseFolder() {
        if (baseDir == null || Files.isDirectory(baseDir)) {
            return;
        }
        throw new ParameterException(spec.commandLine(), "--base-dir " + baseDir + ": "
                + (Files.exists(baseDir) ? "is a file, not a folder" : "no such folder")
                + "; give the folder that reports name files relative to (the repository root)");
    }

    private SourceNames sourceNames() {
        return SourceNames.of(baseDir, absolutePaths);
    }

    /** The files this run reads: the plans and the waiver file, which no report may replace. */
    private List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(files);
        if (waivers != null) {
            inputs.add(waivers);
        }
        if (baseline != null) {
            inputs.add(baseline);
        }
        return inputs;
    }

    private List<Path> reportFiles(List<ReportWriter> distinctFormats) {
        return distinctFormats.stream().map(format -> output.resolve(format.fileName())).toList();
    }

    private void requireNoInputReplaced(List<ReportWriter> distinctFormats) {
        ReportFiles.notReplaceable(reportFiles(distinctFormats)).ifPresent(notRegular -> {
            throw new BadInputException(notRegular.getKey() + ": " + notRegular.getValue()
                    + ": remove it or give another --output folder");
        });
        ReportFiles.inputReplaced(reportFiles(distinctFormats), inputs()).ifPresent(replaced -> {
            throw new BadInputException(replaced.getKey() + ": is " + replaced.getValue() + ", a file this check"
                    + " reads; childplan does not replace an input with a report: give another --output folder");
        });
    }

    private void removeEarlierReports(List<ReportWriter> distinctFormats) {
        if (output == null) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Path> removed = ReportFiles.removeStale(reportFiles(distinctFormats), inputs());
            if (!removed.isEmpty()) {
                err.println(SafeText.forDisplay("childplan: no report written; removed the earlier reports "
                        + removed.stream().map(Path::toString).collect(Collectors.joining(", "))
                        + " so that they do not pass for this check's"));
            }
        } catch (IOException e) {
            err.println(SafeText.forDisplay("childplan: no report written, and the earlier reports in " + output
                    + " could not be removed (" + IoProblems.describe(e) + "): they are not this check's"));
        }
        err.flush();
    }

    /**
     * Writes each format into the output folder, each whole or not at all; a format that fails does not stop the
     * others, and its file is removed, so that no earlier report stands in its place.
     */
    private void write(CheckRun run, List<ReportWriter> distinctFormats, PrintWriter out) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new ReportNotWrittenException(output + ": cannot write the reports: " + IoProblems.describe(e));
        }
        Map<Path, ReportFiles.Content> contents = new LinkedHashMap<>();
        for (ReportWriter format : distinctFormats) {
            Path file = output.resolve(format.fileName());
            contents.put(file, writer -> format.write(run.results(), options(run), writer));
        }
        ReportFiles.Outcome outcome = ReportFiles.writeEach(contents);
        out.println();
        out.println(SafeText.forDisplay("Reports written: " + (outcome.written().isEmpty() ? "none"
                : outcome.written().stream().map(Path::toString).collect(Collectors.joining(", ")))));
        out.flush();
        if (outcome.failed().isEmpty()) {
            return;
        }
        for (Exception failure : outcome.failed().values()) {
            if (failure instanceof RuntimeException bug && !(failure instanceof UncheckedIOException)) {
                // A writer failed, which is childplan's fault; the other reports were written all the same.
                throw bug;
            }
        }
        throw new ReportNotWrittenException(outcome.failed().entrySet().stream()
                .map(failed -> failed.getKey() + ": cannot write the report: " + describe(failed.getValue())
                        + (outcome.stale().contains(failed.getKey())
                                ? "; the earlier report could not be removed either: it is still there, and is stale"
                                        + " (not this check's)"
                                : "; no earlier report is left in its place"))
                .collect(Collectors.joining(System.lineSeparator())));
    }

    private static String describe(Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        return cause instanceof IOException io ? IoProblems.describe(io) : String.valueOf(cause.getMessage());
    }

}
