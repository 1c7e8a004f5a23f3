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
 * @param failLevel the lightest severity that fails a plan; findings below it are reported but do not fail
 * @param sourceRoot the folder that plan file names in SARIF are made relative to (the repository root), or
 *     {@code null} for the working directory
 * @param informationUri a link to the tool's documentation for the SARIF driver, or {@code null} for none
 * @param colour whether a format for a terminal (text) may colour its output with ANSI escape sequences; formats for
 *     programs and files ignore it
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportOptions(FailLevel failLevel, Path sourceRoot, String informationUri, boolean colour) {

    /** Checks that the fail level is given. */
    public ReportOptions {
        Objects.requireNonNull(failLevel, "failLevel");
    }

    /** Options without colour. */
    public ReportOptions(FailLevel failLevel, Path sourceRoot, String informationUri) {
        this(failLevel, sourceRoot, informationUri, false);
    }

    /** Fail on errors, plan files relative to the working directory, no information link, no colour. */
    public static ReportOptions defaults() {
        return new ReportOptions(FailLevel.ERROR, null, null, false);
    }

    /** These options colouring text for a terminal when {@code colour}. */
    public ReportOptions withColour(boolean colour) {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour);
    }

    /** These options failing at {@code failLevel}. */
    public ReportOptions withFailLevel(FailLevel failLevel) {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour);
    }

    /** These options naming plan files relative to {@code sourceRoot}. */
    public ReportOptions withSourceRoot(Path sourceRoot) {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour);
    }

    /** These options linking the SARIF tool driver to {@code informationUri}. */
    public ReportOptions withInformationUri(String informationUri) {
        return new ReportOptions(failLevel, sourceRoot, informationUri, colour);
    }

    /** The folder plan file names are made relative to: the one given, or the working directory. */
    public Path effectiveSourceRoot() {
        return Optional.ofNullable(sourceRoot).orElse(Path.of("")).toAbsolutePath().normalize();
    }
}
