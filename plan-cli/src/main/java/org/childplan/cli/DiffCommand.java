package org.childplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.childplan.cli.internal.BadInputException;
import org.childplan.cli.internal.PlanFiles;
import org.childplan.cli.internal.ReportNotWrittenException;
import org.childplan.cli.internal.SourceNames;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.ReadLimits;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.childplan.reports.IoProblems;
import org.childplan.reports.PlanDiff;
import org.childplan.reports.ReportFiles;
import org.childplan.reports.SafeText;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code childplan diff OLD NEW}: what changed between two versions of a plan, and which findings with it. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "Compares two versions of a plan, an annual update's review in one page: the elements added, removed and"
                    + " changed, each by JSON Pointer and line, and the findings that appeared, went or changed when"
                    + " each version is checked by the law in force at the start of its period.",
            "Elements are compared as the plan model reads them, so comments and layout are no change; list"
                    + " elements are matched by id (or title), so that an inserted priority does not change the"
                    + " others. Exits with 0 when both versions were compared, whatever changed; with 2 when a file"
                    + " is missing, unreadable or not a well-formed plan, naming the file, line and column."
        })
final class DiffCommand implements Callable<Integer> {

    /** The formats of the diff. */
    enum Format { TEXT, JSON, MARKDOWN }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version of the plan (.yaml, .yml or .json).")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version of the plan.")
    private Path newFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (with diffVersion, for tools) or markdown (for a pull request or a review"
                    + " paper). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the diff into this file (its folder created if absent) instead of standard output,"
                    + " whole or not at all, and print its name. The file is never OLD or NEW, and only a regular file is"
                    + " replaced: a symbolic link, a pipe or a device is refused (exit code 2).")
    private Path output;

    @Override
    public Integer call() {
        Format wanted;
        try {
            wanted = Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "unknown format '" + format + "': expected text, json or markdown");
        }
        List<String> problems = new ArrayList<>();
        PlanDocument before = read(oldFile, problems);
        PlanDocument after = read(newFile, problems);
        ComplianceReport beforeReport = before == null ? null : check(before, problems);
        ComplianceReport afterReport = after == null ? null : check(after, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join(System.lineSeparator(), problems));
        }
        PlanDiff diff = PlanDiff.between(before, beforeReport, after, afterReport);
        String text = switch (wanted) {
            case TEXT -> diff.toText();
            case JSON -> diff.toJson();
            case MARKDOWN -> diff.toMarkdown();
        };
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(text);
        } else {
            write(text);
            out.println(SafeText.forDisplay("Diff written: " + output));
        }
        out.flush();
        return ExitCode.PASSED.code();
    }

    /** Writes {@code text} into the output file, whole or not at all; never into OLD or NEW. */
    private void write(String text) {
        if (Files.isDirectory(output)) {
            throw new BadInputException(output + ": is a folder; diff writes one file: give --output FILE");
        }
        ReportFiles.notReplaceable(List.of(output)).ifPresent(notRegular -> {
            throw new BadInputException(output + ": " + notRegular.getValue() + ": remove it or give another --output"
                    + " file");
        });
        ReportFiles.inputReplaced(List.of(output), List.of(oldFile, newFile)).ifPresent(replaced -> {
            throw new BadInputException(replaced.getKey() + ": is " + replaced.getValue() + ", a plan this diff"
                    + " compares; childplan does not replace a plan with a diff: give another --output file");
        });
        try {
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            ReportFiles.write(output, writer -> writer.write(text));
        } catch (IOException e) {
            throw new ReportNotWrittenException(output + ": cannot write the diff: " + IoProblems.describe(e));
        }
    }

    /** The plan in {@code file}, valid; or {@code null}, with why not added to {@code problems}. */
    private static PlanDocument read(Path file, List<String> problems) {
        String name = SourceNames.of(null, false).name(file);
        try {
            PlanFiles.requireReadable(file);
            String text = PlanDocuments.readText(file, ReadLimits.defaults());
            return PlanValidator.create().requireValid(PlanDocuments.read(text, name));
        } catch (BadInputException e) {
            problems.add(e.getMessage());
        } catch (InvalidPlanException e) {
            e.violations().stream().map(PlanViolation::toString).forEach(problems::add);
            problems.add(name + ": not compared: the plan is not well formed");
        } catch (PlanReadException e) {
            problems.add(e.getMessage());
        }
        return null;
    }

    private static ComplianceReport check(PlanDocument document, List<String> problems) {
        try {
            return PlanChecker.forJurisdiction(document.plan().jurisdiction()).check(document);
        } catch (IllegalArgumentException e) {
            // No pack for the plan's jurisdiction, or no period to take the date of the law from.
            problems.add(document.source() + ": not compared: " + e.getMessage());
            return null;
        }
    }
}
