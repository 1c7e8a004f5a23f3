package org.childplan.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.FileSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apiguardian.api.API;
import org.childplan.maven.internal.CheckRun;
import org.childplan.maven.internal.Parameters;
import org.childplan.maven.internal.PlanFiles;
import org.childplan.maven.internal.Summaries;
import org.childplan.reports.IoProblems;
import org.childplan.reports.SafeText;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.rules.WaiverReadException;
import org.childplan.rules.Waivers;
import org.childplan.rules.spi.RulePack;

/**
 * Checks the project's plan documents against the statutory duties of their jurisdiction, writes the reports and
 * fails the build when a plan has findings at or over the fail level.
 *
 * <p>Bound to the {@code verify} phase. Each plan is judged by its own jurisdiction (or the one configured) with one
 * checker per jurisdiction, by the law in force at the start of its period (or on the date configured). The waivers
 * configured are applied to every report as of today: a waived finding is reported as waived and fails nothing; an
 * expired waiver, or one that waives nothing, is logged as a warning and shown in the reports. Every plan of the run
 * goes into one report per format in the output directory.
 *
 * <p>A document that cannot be read, is not a well-formed plan, or states no jurisdiction or period to check it by,
 * is shown in the reports as a plan that could not be checked and fails the build with its file, line and column.
 * Finding no plan at all logs a warning, since a module of a larger build may have none, unless
 * {@code failIfNoPlans} is set.
 *
 * <p>A wrong parameter stops the goal before anything is checked with a {@link MojoExecutionException} (a mistake in
 * the build's configuration). A waiver file that cannot be read, or is not a valid waiver file, stops it too, with a
 * {@link MojoFailureException} naming the file, line and column: the waiver file is the project's content, kept and
 * reviewed beside the plans, so an error in it is the build's failure, as a malformed plan is; and no report is
 * written, since reports without the waivers would show as open the findings the partnership has accepted. A rule
 * pack that cannot be used (a location in {@code packs} that is missing or holds no pack, or a pack, named there or
 * added as a dependency of the plugin, whose build left it without rules or with wrong metadata) stops it with a
 * {@link MojoFailureException} that names the parameter or the dependency, the pack's location and the reason.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The plan documents to check: a file set whose {@code directory} is relative to the project's base directory.
     * Default: the folder {@code plans}, with the includes {@code **}{@code /*.yaml}, {@code **}{@code /*.yml} and
     * {@code **}{@code /*.json}; a file set that names a directory but no includes gets those includes. The waiver
     * file, when it lies among the plans, is never read as a plan; nor is any other document that is not a plan (a
     * waiver file not configured, one of childplan's reports, a SARIF log, a list, a mapping naming none of a plan's
     * required properties), which is left out with a line in the log saying what it is.
     */
    @Parameter
    private FileSet plans;

    /**
     * The jurisdiction to judge every plan by ({@code scotland}, {@code england}, {@code wales},
     * {@code northern-ireland}); by default each plan's own.
     */
    @Parameter(property = "childplan.jurisdiction")
    private String jurisdiction;

    /** The date whose law applies, as an ISO date ({@code 2024-04-01}); by default the start of each plan's period. */
    @Parameter(property = "childplan.asOf")
    private String asOf;

    /**
     * The lightest severity of finding that fails the build: {@code error} (the default), {@code warning},
     * {@code info}, or {@code never} to report only.
     */
    @Parameter(property = "childplan.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Whether to judge every plan file as a complete record of its plan, so that a duty a partial or second-hand
     * source (a committee report, minutes, a news item) does not evidence fails at its severity instead of being
     * reported as not shown in the source. Default: {@code false}.
     */
    @Parameter(property = "childplan.requireEvidence", defaultValue = "false")
    private boolean requireEvidence;

    /**
     * The report formats to write, as a list or comma-separated: the names of the report writers found
     * ({@code org.childplan.reports.spi.ReportWriter}): {@code json}, {@code sarif}, {@code junit}, {@code markdown},
     * {@code html}, {@code github}, {@code gitlab}, {@code text}, and those of a writer added as a dependency of the
     * plugin. Default: {@code json}, {@code sarif}, {@code junit} and {@code html} — for programs, code scanning, the
     * CI server's test report and people; {@code markdown} is left out because it is meant for pull-request comments
     * and job summaries, which a CI job asks for by name.
     */
    @Parameter(property = "childplan.formats")
    private List<String> formats;

    /**
     * The folder the reports are written to, one file per format holding every plan, under the writer's file name:
     * {@code childplan.json}, {@code childplan.sarif}, {@code childplan-junit.xml}, {@code childplan.md},
     * {@code childplan.html}, and so on.
     */
    @Parameter(property = "childplan.outputDirectory", defaultValue = "${project.build.directory}/childplan")
    private File outputDirectory;

    /**
     * The waiver file (YAML or JSON) to apply to every report; none by default. Keep it beside the plans, for
     * example {@code plans/waivers.yaml}: it is then left out of the plans checked.
     */
    @Parameter(property = "childplan.waivers")
    private File waivers;

    /**
     * Rule packs to apply beside the built-in ones, such as a council's own standards: each a jar, or a folder of a
     * pack's compiled classes (its {@code target/classes}), relative to the project's base directory. A pack can
     * also be added as a {@code <dependency>} of the plugin. A location that is missing or holds no pack fails the
     * build, naming it.
     */
    @Parameter(property = "childplan.packs")
    private List<File> packs;

    /** Whether finding no plan document fails the build rather than logging a warning. */
    @Parameter(property = "childplan.failIfNoPlans", defaultValue = "false")
    private boolean failIfNoPlans;

    /** Skips the check. */
    @Parameter(property = "childplan.skip", defaultValue = "false")
    private boolean skip;

    /** Used by Maven, which sets the parameters. */
    public CheckMojo() {
    }

    /**
     * Checks the plans.
     *
     * @throws MojoExecutionException when a parameter is wrong or a report cannot be written
     * @throws MojoFailureException when a rule pack (in {@code packs} or a dependency of the plugin) cannot be used, the
     *     waiver file is not valid, a plan cannot be read or checked, a plan has findings at or over the fail
     *     level, or a rule failed while it was applied (the reports, written first, hold the other rules' verdicts)
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("[childplan] skipped (childplan.skip)");
            return;
        }
        CheckRun.Settings settings = parameters();
        FileSet fileSet = PlanFiles.complete(plans, project.getBasedir());
        Path folder = Path.of(fileSet.getDirectory());
        PlanFiles.Sorted found = PlanFiles.sort(PlanFiles.without(PlanFiles.scan(fileSet), folder,
                waivers == null ? null : waivers.toPath()), folder);
        found.leftOut().forEach(leftOut -> getLog().info("[childplan] " + SafeText.forDisplay(leftOut.note())));
        List<Path> planFiles = found.plans();
        if (planFiles.isEmpty()) {
            String message = "no plan documents found in " + folder + " (includes " + fileSet.getIncludes() + ")"
                    + (found.leftOut().isEmpty() ? "" : "; " + found.leftOut().size() + " left out as not plans");
            if (failIfNoPlans) {
                throw new MojoFailureException("childplan: " + message);
            }
            getLog().warn("[childplan] " + message + "; nothing to check");
            return;
        }
        settings = new CheckRun.Settings(folder, planFiles, settings.jurisdiction(), settings.asOf(),
                settings.failLevel(), settings.formats(), settings.outputDirectory(), settings.projectBase(),
                Waivers.none(), settings.today(), settings.requireEvidence(), settings.packs());
        Waivers read;
        try {
            read = readWaivers();
        } catch (MojoFailureException e) {
            CheckRun.removeEarlierReports(settings, Optional.ofNullable(waivers).map(File::toPath), getLog());
            throw e;
        }
        settings = new CheckRun.Settings(folder, planFiles, settings.jurisdiction(), settings.asOf(),
                settings.failLevel(), settings.formats(), settings.outputDirectory(), settings.projectBase(),
                read, settings.today(), settings.requireEvidence(), settings.packs());
        CheckRun.Outcome outcome;
        try {
            outcome = CheckRun.run(settings, getLog());
        } catch (InvalidRulePackException e) {
            // A pack named in packs was read when the parameters were; its rule base is built only now.
            List<RulePack> added = settings.packs();
            boolean named = e.packId().isPresent()
                    && added.stream().anyMatch(pack -> pack.id().equals(e.packId().get()));
            throw new MojoFailureException(SafeText.forDisplay(Parameters.packFailure(e, named)), e);
        } catch (IOException e) {
            throw new MojoExecutionException("childplan: cannot write the reports to " + outputDirectory + ": "
                    + IoProblems.describe(e), e);
        }
        Optional<String> failure = Summaries.failure(outcome.checked(), outcome.unchecked(), settings.failLevel(),
                outcome.reportFiles().values().stream().sorted()
                        .map(file -> Summaries.display(project.getBasedir().toPath(), file))
                        .toList());
        if (failure.isPresent()) {
            throw new MojoFailureException("childplan: " + failure.get());
        }
    }

    /** The settings the parameters give, with no plans and no waivers yet. */
    private CheckRun.Settings parameters() throws MojoExecutionException, MojoFailureException {
        List<RulePack> added;
        try {
            added = Parameters.packs(packs, project.getBasedir().toPath());
        } catch (InvalidRulePackException e) {
            throw new MojoFailureException(SafeText.forDisplay(Parameters.packFailure(e, true)), e);
        }
        try {
            return new CheckRun.Settings(
                    project.getBasedir().toPath(),
                    List.of(),
                    Parameters.jurisdiction(jurisdiction),
                    Parameters.asOf(asOf),
                    Parameters.failLevel(failOn),
                    Parameters.formats(formats),
                    outputDirectory.toPath(),
                    project.getBasedir().toPath(),
                    Waivers.none(),
                    LocalDate.now(),
                    requireEvidence,
                    added);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("childplan: " + e.getMessage());
        }
    }

    private Waivers readWaivers() throws MojoFailureException {
        if (waivers == null) {
            return Waivers.none();
        }
        try {
            return Waivers.read(waivers.toPath());
        } catch (WaiverReadException e) {
            throw new MojoFailureException(SafeText.forDisplay("childplan: the waiver file (childplan.waivers) is not"
                    + " valid: " + e.getMessage()));
        }
    }
}
