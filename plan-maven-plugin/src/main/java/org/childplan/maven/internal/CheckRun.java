package org.childplan.maven.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.reports.CheckResults;
import org.childplan.reports.PlanFileChecker;
import org.childplan.reports.spi.ReportWriter;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.ReportRenderers;
import org.childplan.reports.UncheckedPlan;
import org.childplan.reports.ReportFiles;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.Verdict;
import org.childplan.rules.Waivers;

/**
 * One run of the {@code check} goal: reads and validates each plan, checks it with one checker per jurisdiction,
 * applies the waivers, writes every plan into one report per format and logs a summary; what it found is returned for
 * the goal to pass or fail the build on.
 *
 * <p>A document that cannot be read, validated or checked does not stop the others: it goes into the reports as an
 * {@link UncheckedPlan}, so that one build shows every problem and the reports are written all the same.
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
    private final PlanFileChecker checker;

    /**
     * What a run checks and how.
     *
     * @param folder the folder the plan files are relative to
     * @param planFiles the plan files, relative to {@code folder}
     * @param jurisdiction the jurisdiction to judge every plan by, or empty for each plan's own
     * @param asOf the date whose law applies, or empty for the start of each plan's period
     * @param failLevel the lightest severity that fails a plan
     * @param formats the report formats to write
     * @param outputDirectory the folder the reports are written to
     * @param projectBase the project's base directory: paths in the log and in SARIF are relative to it
     * @param waivers the waivers to apply to every report ({@link Waivers#none()} for none)
     * @param today the date waivers are judged on: a waiver whose expiry date is before it has expired
     * @param requireEvidence whether every plan is judged as a complete record, so that a duty its source does not
     *     evidence fails
     * @param packs the rule packs to apply beside those on the plugin's class path (see
     *     {@link org.childplan.rules.RulePacks#load})
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Settings(
            Path folder,
            List<Path> planFiles,
            Optional<Jurisdiction> jurisdiction,
            Optional<LocalDate> asOf,
            FailLevel failLevel,
            List<ReportWriter> formats,
            Path outputDirectory,
            Path projectBase,
            Waivers waivers,
            LocalDate today,
            boolean requireEvidence,
            List<RulePack> packs) {

        /** Checks that every part is given and copies the collections. */
        public Settings {
            Objects.requireNonNull(folder, "folder");
            planFiles = List.copyOf(planFiles);
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(failLevel, "failLevel");
            formats = List.copyOf(formats);
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            Objects.requireNonNull(projectBase, "projectBase");
            Objects.requireNonNull(waivers, "waivers");
            Objects.requireNonNull(today, "today");
            packs = List.copyOf(packs);
        }

        /** Settings that apply only the packs on the plugin's class path. */
        public Settings(Path folder, List<Path> planFiles, Optional<Jurisdiction> jurisdiction,
                Optional<LocalDate> asOf, FailLevel failLevel, List<ReportWriter> formats, Path outputDirectory,
                Path projectBase, Waivers waivers, LocalDate today, boolean requireEvidence) {
            this(folder, planFiles, jurisdiction, asOf, failLevel, formats, outputDirectory, projectBase, waivers,
                    today, requireEvidence, List.of());
        }

        /** Settings that judge each plan file as its sources make it: complete or partial. */
        public Settings(Path folder, List<Path> planFiles, Optional<Jurisdiction> jurisdiction,
                Optional<LocalDate> asOf, FailLevel failLevel, List<ReportWriter> formats, Path outputDirectory,
                Path projectBase, Waivers waivers, LocalDate today) {
            this(folder, planFiles, jurisdiction, asOf, failLevel, formats, outputDirectory, projectBase, waivers,
                    today, false);
        }
    }

    /**
     * A plan that was checked.
     *
     * @param name the plan file's path relative to the plans folder, with forward slashes
     * @param report its report, with the waivers applied
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
     * @param unchecked the documents that could not be read, validated or checked, in file order, each with its
     *     problems
     * @param reportFiles the report file written for each format, by the format's name, in the order of the formats
     * @param waiverWarnings the waiver notices logged as warnings (expired waivers, and waivers that waived nothing)
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Outcome(
            List<Checked> checked, List<UncheckedPlan> unchecked, Map<String, Path> reportFiles,
            List<String> waiverWarnings) {

        /** Copies the collections. */
        public Outcome {
            checked = List.copyOf(checked);
            unchecked = List.copyOf(unchecked);
            reportFiles = Collections.unmodifiableMap(new LinkedHashMap<>(reportFiles));
            waiverWarnings = List.copyOf(waiverWarnings);
        }

        /** The plans that failed at the run's fail level. */
        public List<Checked> failed() {
            return checked.stream().filter(plan -> plan.verdict() == Verdict.FAIL).toList();
        }
    }

    private CheckRun(Settings settings, Log log) {
        this.settings = settings;
        this.log = log;
        List<RulePack> packs = new ArrayList<>();
        if (!settings.packs().isEmpty()) {
            packs.addAll(RulePacks.available());
            packs.addAll(settings.packs());
        }
        this.checker = PlanFileChecker.create()
                .withPacks(packs)
                .withJurisdiction(settings.jurisdiction().orElse(null))
                .withAsOf(settings.asOf().orElse(null))
                .withEvidenceRequired(settings.requireEvidence())
                .withWaivers(settings.waivers(), settings.today());
    }

    /**
     * Checks the plans of {@code settings}, writes the reports and logs to {@code log}.
     *
     * @throws IOException when a report cannot be written
     */
    public static Outcome run(Settings settings, Log log) throws IOException {
        return new CheckRun(settings, log).run();
    }

    private Outcome run() throws IOException {
        int plans = settings.planFiles().size();
        log.info(PREFIX + "checking " + plans + " plan" + (plans == 1 ? "" : "s") + " in " + display(settings.folder())
                + " (fail on " + lower(settings.failLevel()) + ")");
        settings.waivers().source().ifPresent(source -> log.info(PREFIX + "applying "
                + settings.waivers().list().size() + " waiver" + (settings.waivers().list().size() == 1 ? "" : "s")
                + " from " + display(Path.of(source)) + " as of " + settings.today()));
        List<Checked> checked = new ArrayList<>();
        List<UncheckedPlan> unchecked = new ArrayList<>();
        for (Path planFile : settings.planFiles()) {
            String name = planFile.toString().replace(java.io.File.separatorChar, '/');
            Path file = settings.folder().resolve(planFile);
            PlanFileChecker.Outcome outcome = checker.check(file);
            if (outcome instanceof PlanFileChecker.Checked done) {
                ComplianceReport report = done.report();
                Checked plan = new Checked(name, report, report.verdict(settings.failLevel()));
                checked.add(plan);
                logSummary(plan);
            } else if (outcome instanceof PlanFileChecker.NotChecked notChecked) {
                unchecked.add(notChecked.plan());
                Summaries.problems(notChecked.plan()).forEach(problem -> log.error(PREFIX + problem));
            }
        }
        List<String> waiverWarnings = Summaries.waiverWarnings(checked.stream().map(Checked::report).toList());
        waiverWarnings.forEach(warning -> log.warn(PREFIX + warning));
        Map<String, Path> reportFiles = ReportRenderers.writeAll(settings.outputDirectory(), settings.formats(),
                new CheckResults(checked.stream().map(Checked::report).toList(), unchecked),
                new ReportOptions(settings.failLevel(), settings.projectBase(), null));
        reportFiles.values().forEach(reportFile -> log.info(PREFIX + "report: " + display(reportFile)));
        return new Outcome(checked, unchecked, reportFiles, waiverWarnings);
    }

    /**
     * Removes the reports an earlier run wrote where {@code settings} would write this run's, for a run that stops
     * before it writes any (a waiver file that is not valid): a pipeline reading them would otherwise take the
     * earlier verdict for this run's. Logs what it removed; a file that is one of the plans or the waiver file is left.
     */
    public static void removeEarlierReports(Settings settings, Optional<Path> waiverFile, Log log) {
        List<Path> reports = settings.formats().stream()
                .map(format -> settings.outputDirectory().resolve(format.fileName()))
                .toList();
        List<Path> inputs = new ArrayList<>(settings.planFiles().stream().map(settings.folder()::resolve).toList());
        waiverFile.ifPresent(inputs::add);
        try {
            List<Path> removed = ReportFiles.removeStale(reports, inputs);
            if (!removed.isEmpty()) {
                log.warn(PREFIX + "no report written; removed the earlier reports " + String.join(", ",
                        removed.stream().map(file -> Summaries.display(settings.projectBase(), file)).toList()));
            }
        } catch (IOException e) {
            log.warn(PREFIX + "no report written, and the earlier reports in "
                    + Summaries.display(settings.projectBase(), settings.outputDirectory())
                    + " could not be removed: they are not this run's");
        }
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
            log.error(PREFIX + "  ... and " + (failing.size() - FINDINGS_LOGGED_PER_PLAN) + " more in the reports");
        }
    }

    private String display(Path path) {
        return Summaries.display(settings.projectBase(), path);
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
