package org.childplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.childplan.cli.internal.PlanFiles;
import org.childplan.reports.PlanFileChecker;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Evidence;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Score;
import org.childplan.rules.ScorecardRow;
import org.childplan.cli.internal.PackOptions;
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
                + " met, partly met, not met, or not assessed where no rule checks a criterion), with the rules and"
                + " the plan's elements that show each score; over several plans, the counts per criterion.")
final class ScorecardCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
            description = {"Plan documents (.yaml, .yml or .json), or folders searched for them.",
                PlanFiles.FOLDER_HELP})
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Mixin
    private PackOptions packs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "': expected text or json");
        }
        PlanFileChecker checker = PlanFileChecker.create()
                .withPacks(packs.added().isEmpty() ? List.of() : packs.all());
        Map<ComplianceReport, List<ScorecardRow>> scorecards = new LinkedHashMap<>();
        boolean unchecked = false;
        for (Path file : PlanFiles.expand(paths, null)) {
            PlanFileChecker.Outcome outcome = checker.check(file);
            if (outcome instanceof PlanFileChecker.Checked checked) {
                scorecards.put(checked.report(), RulePacks.scorecard(checked.report()));
            } else {
                unchecked = true;
                err.println(file + ": not a plan that can be checked; see `childplan validate " + file + "`");
            }
        }
        if (format.equals("json")) {
            out.println(json(scorecards));
        } else {
            text(out, scorecards);
        }
        out.flush();
        err.flush();
        return unchecked ? ExitCode.BAD_INPUT.code() : ExitCode.PASSED.code();
    }

    private static void text(PrintWriter out, Map<ComplianceReport, List<ScorecardRow>> scorecards) {
        for (Map.Entry<ComplianceReport, List<ScorecardRow>> plan : scorecards.entrySet()) {
            ComplianceReport report = plan.getKey();
            out.println(report.planTitle() + " (" + report.planId() + ")");
            if (plan.getValue().isEmpty()) {
                out.println("  No review criteria for the law of " + report.jurisdiction() + ".");
            }
            for (ScorecardRow row : plan.getValue()) {
                out.printf("  %-4s %-36s %-13s%s%n", row.criterion().id(), row.criterion().title(),
                        row.score().words(), detail(row));
            }
            out.println();
        }
        if (scorecards.size() > 1) {
            out.println("Plans by score on each criterion (" + scorecards.size() + " plans)");
            out.printf("  %-4s %-36s %10s %11s %8s %13s%n", "", "Criterion", "fully met", "partly met", "not met",
                    "not assessed");
            for (Map.Entry<String, Map<Score, Integer>> criterion : counts(scorecards).entrySet()) {
                Map<Score, Integer> counts = criterion.getValue();
                out.printf("  %-41s %10d %11d %8d %13d%n", criterion.getKey(), counts.get(Score.FULLY_MET),
                        counts.get(Score.PARTLY_MET), counts.get(Score.NOT_MET), counts.get(Score.NOT_ASSESSED));
            }
        }
    }

    private static String detail(ScorecardRow row) {
        if (row.criterion().ruleIds().isEmpty()) {
            return "no rule checks this criterion yet";
        }
        List<String> parts = new ArrayList<>();
        if (!row.shortfalls().isEmpty()) {
            parts.add("missing: " + String.join(", ", row.shortfalls()));
        }
        if (!row.evidence().isEmpty()) {
            parts.add("evidence: " + String.join(", ", row.evidence().stream().map(Evidence::pointer).toList()));
        }
        return String.join("; ", parts);
    }

    /** By criterion ("id title"), in the order first met, how many plans have each score. */
    private static Map<String, Map<Score, Integer>> counts(Map<ComplianceReport, List<ScorecardRow>> scorecards) {
        Map<String, Map<Score, Integer>> counts = new LinkedHashMap<>();
        for (List<ScorecardRow> rows : scorecards.values()) {
            for (ScorecardRow row : rows) {
                counts.computeIfAbsent(row.criterion().id() + " " + row.criterion().title(), key -> {
                    Map<Score, Integer> zero = new EnumMap<>(Score.class);
                    for (Score score : Score.values()) {
                        zero.put(score, 0);
                    }
                    return zero;
                }).merge(row.score(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String json(Map<ComplianceReport, List<ScorecardRow>> scorecards) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode plans = root.putArray("plans");
        for (Map.Entry<ComplianceReport, List<ScorecardRow>> plan : scorecards.entrySet()) {
            ObjectNode node = plans.addObject();
            node.put("planId", plan.getKey().planId());
            plan.getKey().sourceName().ifPresent(source -> node.put("source", source));
            ArrayNode rows = node.putArray("criteria");
            for (ScorecardRow row : plan.getValue()) {
                ObjectNode item = rows.addObject()
                        .put("id", row.criterion().id())
                        .put("title", row.criterion().title())
                        .put("score", row.score().name());
                row.met().forEach(item.withArray("met")::add);
                row.shortfalls().forEach(item.withArray("missing")::add);
                row.evidence().forEach(evidence -> item.withArray("evidence").add(evidence.pointer()));
            }
        }
        ObjectNode national = root.putObject("counts");
        counts(scorecards).forEach((criterion, counts) -> {
            ObjectNode item = national.putObject(criterion);
            counts.forEach((score, count) -> item.put(score.name(), count));
        });
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
