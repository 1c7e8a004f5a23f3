package org.childplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.childplan.cli.internal.NotCheckedProblems;
import org.childplan.cli.internal.PackOptions;
import org.childplan.cli.internal.PlanFiles;
import org.childplan.cli.internal.RuleErrors;
import org.childplan.model.Plan;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.ReadLimits;
import org.childplan.reports.NationalScorecard;
import org.childplan.reports.PlanFileChecker;
import org.childplan.reports.SafeText;
import org.childplan.rules.ComplianceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code childplan scorecard}: each plan scored on the criteria of its nation's review of plans, and, over several
 * plans, the national table the reviewers publish (how many plans fully, partly or not meet each criterion).
 */
@Command(
        name = "scorecard",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        usageHelpAutoWidth = true,
        description = "Scores each plan on the criteria of its nation's review of children's services plans (fully"
                + " met, partly met, not met; partly evidenced or not evidenced where the plan does not show whether"
                + " rules are met, never not met for that; or not assessed where no rule checks a criterion), with"
                + " the rules and"
                + " the plan's elements that show each score; over several plans, the counts per criterion.")
final class ScorecardCommand implements Callable<Integer>, OwnExitCodes {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
            description = {"Plan documents (.yaml, .yml or .json), or folders searched for them.",
                PlanFiles.FOLDER_HELP})
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown or html (a page with the national table and a heat map of plans"
                    + " against criteria). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Mixin
    private PackOptions packs;

    /**
     * What the command exits with. A score, even not met, and a finding of any severity leave the code at 0: the
     * command has no fail level, as {@code check --fail-on} has.
     */
    @Override
    public Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(ExitCode.PASSED.code()), "Scored: every file is a well-formed plan and was scored."
                + " The scores (even not met) and the findings never change the exit code: scorecard has no fail"
                + " level; 'childplan check --fail-on' fails on findings.");
        codes.put(Integer.toString(ExitCode.BAD_INPUT.code()), "Bad input or usage: a file is missing, unreadable, not"
                + " a well-formed plan or states neither a period nor a date, so it is not scored (the other files"
                + " are), or an option is wrong.");
        for (ExitCode code : List.of(ExitCode.INTERNAL_ERROR, ExitCode.REPORT_NOT_WRITTEN, ExitCode.BAD_PACK)) {
            codes.put(Integer.toString(code.code()), code.description());
        }
        return codes;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NationalScorecard.Format chosen = NationalScorecard.Format.named(format).orElseThrow(() ->
                new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown format '" + format + "': expected text, json, markdown or html"));
        PlanFileChecker checker = PlanFileChecker.create()
                .withPacks(packs.added().isEmpty() ? List.of() : packs.all());
        List<ComplianceReport> reports = new ArrayList<>();
        boolean unchecked = false;
        ExitCode ruleErrors = ExitCode.PASSED;
        PlanFiles.Found found = PlanFiles.expand(paths, null);
        found.notes().forEach(note -> err.println(SafeText.forDisplay(note)));
        List<Path> files = found.plans();
        // A folder of a nation's plans is checked on every core (the checker is thread-safe and builds each
        // jurisdiction's rules once); the outcomes keep the files' order.
        List<PlanFileChecker.Outcome> outcomes = files.parallelStream().map(checker::check).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            PlanFileChecker.Outcome outcome = outcomes.get(i);
            if (outcome instanceof PlanFileChecker.Checked checked) {
                reports.add(checked.report());
                ruleErrors = ruleErrors.worse(RuleErrors.report(file, checked.report(), err));
            } else if (outcome instanceof PlanFileChecker.NotChecked notChecked) {
                unchecked = true;
                NotCheckedProblems.of(notChecked, "scored", ScorecardCommand::undated).forEach(line -> err.println(SafeText.forDisplay(line)));
            }
        }
        NationalScorecard.of(reports).write(chosen, out);
        out.flush();
        err.flush();
        return (unchecked ? ExitCode.BAD_INPUT : ExitCode.PASSED).worse(ruleErrors).code();
    }

    /**
     * Why a well-formed plan in {@code file} cannot be dated, when it states neither a period nor a date: the law
     * its scores follow is that in force at the start of its period.
     */
    private static Optional<String> undated(Path file) {
        Plan plan;
        try {
            plan = PlanDocuments.read(PlanDocuments.readText(file, ReadLimits.defaults()), file.toString()).plan();
        } catch (PlanReadException e) {
            return Optional.empty();
        }
        if ((plan.period() != null && plan.period().start() != null) || plan.date() != null) {
            return Optional.empty();
        }
        return Optional.of("plan '" + plan.id() + "' states no period, so the law to score it by (the law in force"
                + " at the start of its period) is unknown: add its period, 'period: {start: YYYY-MM-DD, end:"
                + " YYYY-MM-DD}', or the date the document bears, 'date: YYYY-MM-DD'");
    }
}
