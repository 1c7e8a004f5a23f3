package org.childplan.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.childplan.rules.FailLevel;

/**
 * Checks the project's plan documents against the statutory duties of their jurisdiction, writes the reports and
 * fails the build when a plan has findings at or over the fail level.
 *
 * <p>Bound to the {@code verify} phase. Each plan is judged by its own jurisdiction (or the one configured) with one
 * checker per jurisdiction, by the law in force at the start of its period (or on the date configured). A plan that
 * cannot be read, or that states no jurisdiction or period to check it by, fails the build with its file, line and
 * column; finding no plan at all logs a warning, since a module of a larger build may have none, unless
 * {@code failIfNoPlans} is set.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The report formats this version can write, by the names the {@code formats} parameter takes. */
    static final Set<String> AVAILABLE_FORMATS = Set.of("json");

    /** The report formats written when none is configured. */
    static final Set<String> DEFAULT_FORMATS = Set.of("json");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The plan documents to check: a file set whose {@code directory} is relative to the project's base directory.
     * Default: the folder {@code plans}, with the includes {@code **}{@code /*.yaml}, {@code **}{@code /*.yml} and
     * {@code **}{@code /*.json}; a file set that names a directory but no includes gets those includes.
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

    /** The report formats to write, as a list or comma-separated: {@code json} (the default). */
    @Parameter(property = "childplan.formats", defaultValue = "json")
    private List<String> formats;

    /** The folder the reports are written to; each plan's report is named after its file. */
    @Parameter(property = "childplan.outputDirectory", defaultValue = "${project.build.directory}/childplan")
    private File outputDirectory;

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
     * @throws MojoFailureException when a plan cannot be read or checked, or has findings at or over the fail level
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("[childplan] skipped (childplan.skip)");
            return;
        }
        CheckRun.Settings settings = settings();
        if (settings.planFiles().isEmpty()) {
            String message = "no plan documents found in " + settings.folder() + " (includes "
                    + PlanFiles.complete(plans, project.getBasedir()).getIncludes() + ")";
            if (failIfNoPlans) {
                throw new MojoFailureException("childplan: " + message);
            }
            getLog().warn("[childplan] " + message + "; nothing to check");
            return;
        }
        CheckRun.Outcome outcome;
        try {
            outcome = CheckRun.run(settings, getLog());
        } catch (IOException e) {
            throw new MojoExecutionException("childplan: cannot write the reports to " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        fail(outcome, settings.failLevel());
    }

    private CheckRun.Settings settings() throws MojoExecutionException {
        try {
            FileSet fileSet = PlanFiles.complete(plans, project.getBasedir());
            return new CheckRun.Settings(
                    Path.of(fileSet.getDirectory()),
                    PlanFiles.scan(fileSet),
                    Parameters.jurisdiction(jurisdiction),
                    Parameters.asOf(asOf),
                    Parameters.failLevel(failOn),
                    Parameters.formats(formats, AVAILABLE_FORMATS, DEFAULT_FORMATS),
                    outputDirectory.toPath(),
                    project.getBasedir().toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("childplan: " + e.getMessage());
        }
    }

    private static void fail(CheckRun.Outcome outcome, FailLevel failLevel) throws MojoFailureException {
        StringBuilder message = new StringBuilder();
        if (!outcome.problems().isEmpty()) {
            message.append(outcome.problems().size()).append(" plan")
                    .append(outcome.problems().size() == 1 ? "" : "s").append(" could not be checked:");
            outcome.problems().forEach(problem -> message.append(System.lineSeparator()).append("  ").append(problem));
        }
        List<CheckRun.Checked> failed = outcome.failed();
        if (!failed.isEmpty()) {
            if (message.length() > 0) {
                message.append(System.lineSeparator());
            }
            message.append(failed.size()).append(" of ").append(outcome.checked().size()).append(" plan")
                    .append(outcome.checked().size() == 1 ? "" : "s").append(" failed (fail on ")
                    .append(failLevel.name().toLowerCase(java.util.Locale.ROOT)).append("): ")
                    .append(failed.stream()
                            .map(plan -> Summaries.summary(plan.name(), plan.report(), failLevel))
                            .collect(Collectors.joining("; ")));
        }
        if (message.length() > 0) {
            throw new MojoFailureException("childplan: " + message);
        }
    }
}
