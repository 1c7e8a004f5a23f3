package org.childplan.cli.internal;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.reports.ReportFormat;

/**
 * The forms {@code childplan check} writes its reports in: text for a person at a terminal, and the forms of
 * {@link ReportFormat} for programs, pipelines and readers.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum OutputFormat {

    /** For a person at a terminal: findings grouped by severity, citations and remedies, a summary line. */
    TEXT(null),

    /** The documented, versioned JSON form. */
    JSON(ReportFormat.JSON),

    /** SARIF 2.1.0, for code scanning. */
    SARIF(ReportFormat.SARIF),

    /** JUnit XML in Surefire's form, for CI test reports. */
    JUNIT(ReportFormat.JUNIT),

    /** Markdown, for pull-request comments and job summaries. */
    MARKDOWN(ReportFormat.MARKDOWN),

    /** A self-contained HTML page, for people who read rather than run things. */
    HTML(ReportFormat.HTML),

    /** GitHub Actions workflow commands: annotations on the plans' lines. */
    GITHUB(ReportFormat.GITHUB),

    /** A GitLab Code Quality report, for merge requests. */
    GITLAB(ReportFormat.GITLAB);

    private final ReportFormat reportFormat;

    OutputFormat(ReportFormat reportFormat) {
        this.reportFormat = reportFormat;
    }

    /** The library's format, or empty for {@link #TEXT}, which only the command writes. */
    public Optional<ReportFormat> reportFormat() {
        return Optional.ofNullable(reportFormat);
    }

    /** The file name a report in this form is written to in the {@code --output} folder. */
    public String fileName() {
        return reportFormat == null ? "childplan.txt" : reportFormat.fileName();
    }

    /** The renderer that writes this form. */
    public ReportRenderer renderer() {
        return reportFormat == null ? new TextReportRenderer() : new LibraryReportRenderer(reportFormat);
    }

    /** The name as typed on the command line, for example {@code sarif}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
