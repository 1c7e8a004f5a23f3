package org.childplan.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Verdict;

/**
 * One run of the {@code check} goal: reads each plan, checks it with one checker per jurisdiction, writes the
 * reports and logs a summary; what it found is returned for the goal to pass or fail the build on.
 *
 * <p>A plan that cannot be read or checked does not stop the others: every problem is collected, so that one build
 * shows them all.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CheckRun {

    /** The number of failing findings logged per plan; the rest are in the reports. */
    static final int FINDINGS_LOGGED_PER_PLAN = 20;

    private static final String PREFIX = "[childplan] ";

    private final Settings settings;
    private final Log log;
    private final Map<Jurisdiction, PlanChecker> checkers = new EnumMap<>(Jurisdiction.class);

    /**
     * What a run checks and how.
     *
     * @param folder the folder the plan files are relative to
     * @param planFiles the plan files, relative to {@code folder}
     * @param jurisdiction the jurisdiction to judge every plan by, or empty for each plan's own
     * @param asOf the date whose law applies, or empty for the start of each plan's period
     * @param failLevel the lightest severity that fails a plan
     * @param formats the report formats to write, by lower-case name
     * @param outputDirectory the folder the reports are written to
     * @param displayBase the folder that paths in the log are shown relative to (the project's base directory)
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Settings(
            Path folder,
            List<Path> planFiles,
            Optional<Jurisdiction> jurisdiction,
            Optional<LocalDate> asOf,
            FailLevel failLevel,
            Set<String> formats,
            Path outputDirectory,
            Path displayBase) {

        /** Checks that every part is given and copies the lists. */
        public Settings {
            Objects.requireNonNull(folder, "folder");
            planFiles = List.copyOf(planFiles);
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(failLevel, "failLevel");
            formats = Set.copyOf(formats);
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            Objects.requireNonNull(displayBase, "displayBase");
        }
    }

    /**
     * A plan that was checked.
     *
     * @param name the plan file's path relative to the plans folder, with forward slashes
     * @param report its report
     * @param verdict its verdict at the run's fail level
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Checked(String name, ComplianceReport report, Verdict verdict) {
    }

    /**
     * What a run found.
     *
     * @param checked the plans that were checked, in file order
     * @param problems why the other plans could not be read or checked, one message each, with file, line and column
     *     where known
     * @param reportFiles the report files written
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Outcome(List<Checked> checked, List<String> problems, List<Path> reportFiles) {

        /** Copies the lists. */
        public Outcome {
            checked = List.copyOf(checked);
            problems = List.copyOf(problems);
            reportFiles = List.copyOf(reportFiles);
        }

        /** The plans that failed at the run's fail level. */
        public List<Checked> failed() {
            return checked.stream().filter(plan -> plan.verdict() == Verdict.FAIL).toList();
        }
    }

    private CheckRun(Settings settings, Log log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * Checks the plans of {@code settings}, writes their reports and logs to {@code log}.
     *
     * @throws IOException when a report cannot be written
     */
    public static Outcome run(Settings settings, Log log) throws IOException {
        return new CheckRun(settings, log).run();
    }

    private Outcome run() throws IOException {
        log.info(PREFIX + "checking " + settings.planFiles().size() + " plan" + (settings.planFiles().size() == 1 ? "" : "s")
                + " in " + display(settings.folder()) + " (fail on " + lower(settings.failLevel()) + ")");
        Map<Path, String> baseNames = ReportNames.baseNames(settings.planFiles());
        List<Checked> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> reportFiles = new ArrayList<>();
        for (Path planFile : settings.planFiles()) {
            String name = planFile.toString().replace(java.io.File.separatorChar, '/');
            Optional<ComplianceReport> report = check(settings.folder().resolve(planFile), problems);
            if (report.isEmpty()) {
                continue;
            }
            Checked plan = new Checked(name, report.get(), report.get().verdict(settings.failLevel()));
            checked.add(plan);
            logSummary(plan);
            reportFiles.addAll(write(plan.report(), baseNames.get(planFile)));
        }
        for (Path reportFile : reportFiles) {
            log.info(PREFIX + "report: " + display(reportFile));
        }
        return new Outcome(checked, problems, reportFiles);
    }

    private Optional<ComplianceReport> check(Path file, List<String> problems) {
        PlanDocument document;
        try {
            document = PlanDocuments.read(file);
        } catch (PlanReadException e) {
            return problem(problems, e.getMessage());
        }
        Optional<Jurisdiction> jurisdiction = settings.jurisdiction().or(() -> Optional.ofNullable(document.plan().jurisdiction()));
        if (jurisdiction.isEmpty()) {
            return problem(problems, file + ": the plan states no jurisdiction; give one with <jurisdiction> "
                    + "(childplan.jurisdiction) to check it by");
        }
        try {
            PlanChecker checker = checkers.computeIfAbsent(jurisdiction.get(), PlanChecker::forJurisdiction);
            return Optional.of(checker.check(document, settings.asOf().orElse(null)));
        } catch (IllegalArgumentException e) {
            // The checker says which pack is missing, or that the plan has no period to take the date from.
            return problem(problems, file + ": " + e.getMessage());
        }
    }

    private Optional<ComplianceReport> problem(List<String> problems, String message) {
        log.error(PREFIX + message);
        problems.add(message);
        return Optional.empty();
    }

    private void logSummary(Checked plan) {
        String summary = PREFIX + Summaries.summary(plan.name(), plan.report(), settings.failLevel());
        if (plan.verdict() == Verdict.PASS) {
            log.info(summary);
            return;
        }
        log.error(summary);
        List<Finding> failing = Summaries.failing(plan.report(), settings.failLevel());
        String source = plan.report().sourceName().orElse(plan.name());
        failing.stream()
                .limit(FINDINGS_LOGGED_PER_PLAN)
                .forEach(finding -> log.error(PREFIX + "  " + Summaries.finding(finding, source)));
        if (failing.size() > FINDINGS_LOGGED_PER_PLAN) {
            log.error(PREFIX + "  ... and " + (failing.size() - FINDINGS_LOGGED_PER_PLAN) + " more in the report");
        }
    }

    private List<Path> write(ComplianceReport report, String baseName) throws IOException {
        List<Path> written = new ArrayList<>();
        if (settings.formats().contains("json")) {
            Path file = settings.outputDirectory().resolve(baseName + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report.toJson(), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = settings.displayBase().toAbsolutePath().normalize();
        String shown = (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString();
        return shown.isEmpty() ? "." : shown;
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT);
    }
}
