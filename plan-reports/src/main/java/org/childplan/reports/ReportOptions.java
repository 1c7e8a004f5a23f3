package org.childplan.reports;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.rules.FailLevel;

/**
 * How reports are written: the fail level they judge by, the folder plan files are named relative to, and a link to
 * the tool.
 *
 * <p>JSON, JUnit XML, Markdown, HTML and text name each plan and waiver file as its report does (the source name given
 * to {@link PlanFileChecker#check(java.nio.file.Path, String)}). SARIF, GitHub and GitLab, which annotate files of a
 * repository, make an absolute name relative to the source root when it lies inside it, unless
 * {@link #withFileNamesAsGiven()} asks them to keep every name as given, as the other formats do.
 *
 * @param failLevel the lightest severity that fails a plan; findings below it are reported but do not fail
 * @param sourceRoot the folder that plan file names in SARIF are made relative to (the repository root), or
 *     {@code null} for the working directory
 * @param informationUri a link to the tool's documentation for the SARIF driver, or {@code null} for none
 * @param colour whether a format for a terminal (text) may colour its output with ANSI escape sequences; formats for
 *     programs and files ignore it
 * @param fileNamesAsGiven whether SARIF, GitHub and GitLab name files as the reports do, absolute names included,
 *     instead of making absolute names inside the source root relative to it; disabled by default
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportOptions(FailLevel failLevel, Path sourceRoot, String informationUri, boolean colour,
        boolean fileNamesAsGiven) {

    /** Checks that the fail level is given. */
    public ReportOptions {
        Objects.requireNonNull(failLevel, "failLevel");
    }

    /** Options without colour. */
    public ReportOptions(FailLevel failLevel, Path sourceRoot, String informationUri) {
        this(failLevel, sourceRoot, informationUri, false);
    }

    /** Options where SARIF, GitHub and GitLab make absolute file names inside the source root relative to it. */
    public ReportOptions(FailLevel failLevel, Path sourceRoot, String informationUri, boolean colour) {
        this(failLevel, sourceRoot, informationUri, colour, false);
    }

    /** Fail on errors, plan files relative to the working directory, no information link, no colour. */
    public static ReportOptions defaults() {
        return new ReportOptions(FailLevel.ERROR, null, null, false, false);
    }

    /** These options colouring text for a terminal when {@code colour}. */
    public ReportOptions withColour(boolean colour) {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour, fileNamesAsGiven);
    }

    /** These options failing at {@code failLevel}. */
    public ReportOptions withFailLevel(FailLevel failLevel) {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour, fileNamesAsGiven);
    }

    /** These options naming plan files relative to {@code sourceRoot}. */
    public ReportOptions withSourceRoot(Path sourceRoot) {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour, fileNamesAsGiven);
    }

    /** These options linking the SARIF tool driver to {@code informationUri}. */
    public ReportOptions withInformationUri(String informationUri) {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour, fileNamesAsGiven);
    }

    /**
     * These options naming every plan and waiver file in SARIF, GitHub and GitLab as the reports name it, as JSON,
     * JUnit XML, Markdown, HTML and text do: a relative name stays relative to the source root (SARIF's
     * {@code %SRCROOT%}), an absolute one stays absolute (in SARIF a {@code file:} URI). For a caller that has named
     * the files already, as {@code childplan check} does after {@code --base-dir} and {@code --absolute-paths}.
     *
     * @since 0.1
     */
    public ReportOptions withFileNamesAsGiven() {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour, true);
    }

    /** The folder plan file names are made relative to: the one given, or the working directory. */
    public Path effectiveSourceRoot() {
        return Optional.ofNullable(sourceRoot).orElse(Path.of("")).toAbsolutePath().normalize();
    }
}
