package org.childplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.childplan.cli.internal.BadInputException;
import org.childplan.cli.internal.Candidates;
import org.childplan.cli.internal.IsoDateConverter;
import org.childplan.cli.internal.ReportNotWrittenException;
import org.childplan.cli.internal.Skeleton;
import org.childplan.cli.internal.SourceNames;
import org.childplan.cli.internal.StructuralProblems;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.reports.IoProblems;
import org.childplan.reports.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code childplan init --jurisdiction J --kind K}: a commented skeleton plan to fill in. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        usageHelpAutoWidth = true,
        sortOptions = false,
        description = {
            "Writes a skeleton plan in YAML with every part the jurisdiction's rule pack reads, each part commented"
                    + " with what it holds and the ids of the rules that read it ('childplan explain RULE-ID' says what"
                    + " each asks). The skeleton is a well-formed plan: 'childplan validate' accepts it and"
                    + " 'childplan check' judges it as it stands.",
            "Skeletons: --jurisdiction scotland --kind childrens_services_plan; --jurisdiction england --kind"
                    + " children_and_young_peoples_plan; --jurisdiction wales --kind area_plan; --jurisdiction"
                    + " northern_ireland --kind children_and_young_peoples_plan. Another pair exits with 2.",
            "Writes to standard output, or to --output FILE, which it never overwrites: an existing FILE exits with 6"
                    + " and is left as it was."
        })
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--jurisdiction", paramLabel = "J", required = true,
            completionCandidates = Candidates.Jurisdictions.class,
            description = "The jurisdiction whose law the plan is written under: ${COMPLETION-CANDIDATES}.")
    private Jurisdiction jurisdiction;

    @Option(names = "--kind", paramLabel = "K", required = true,
            description = "The kind of document: childrens_services_plan, children_and_young_peoples_plan, area_plan"
                    + " and so on, as the plan's 'kind' field names it (case ignored).")
    private DocumentKind kind;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the skeleton to FILE (.yaml or .yml) instead of standard output; an existing FILE is"
                    + " never overwritten (exit code 6).")
    private Path output;

    @Option(names = "--start", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "The first day of the plan's period; every other date of the skeleton follows from it."
                    + " Default: the next 1 April that can start such a plan (for Scotland, of a three-year period"
                    + " from 2017).")
    private LocalDate start;

    @Override
    public Integer call() {
        Skeleton skeleton = Skeleton.of(jurisdiction, kind).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "no skeleton for --jurisdiction " + name(jurisdiction) + " --kind " + name(kind)
                        + "; there are: " + Skeleton.listed()));
        if (output != null && !isYamlFileName(output)) {
            throw new ParameterException(spec.commandLine(), "--output " + output + ": name the file .yaml or .yml");
        }
        String text = skeleton.render(start != null ? start : skeleton.defaultStart(LocalDate.now()));
        requireWellFormed(text, skeleton);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(text);
            out.flush();
            return ExitCode.PASSED.code();
        }
        String shown = SourceNames.of(null, false).name(output);
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(SafeText.forDisplay(shown + ": exists already; childplan init does not overwrite a file:"
                    + " remove it or give another --output"));
            err.flush();
            return ExitCode.FILE_EXISTS.code();
        } catch (IOException e) {
            throw new ReportNotWrittenException(shown + ": cannot write the skeleton: " + IoProblems.describe(e));
        }
        out.println(SafeText.forDisplay("Wrote " + shown + ": a skeleton " + name(kind) + " for " + name(jurisdiction)
                + ". Fill it in, then run: childplan check " + shown));
        out.flush();
        return ExitCode.PASSED.code();
    }

    /** A skeleton with a start date the reader refuses (one outside the supported dates, say) is not written. */
    private static void requireWellFormed(String text, Skeleton skeleton) {
        List<String> problems;
        try {
            problems = StructuralProblems.of(PlanDocuments.read(text, "skeleton.yaml"));
        } catch (PlanReadException e) {
            throw new BadInputException("cannot write the skeleton with these dates: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("cannot write the skeleton with these dates: " + String.join("; ", problems));
        }
    }

    private static boolean isYamlFileName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
