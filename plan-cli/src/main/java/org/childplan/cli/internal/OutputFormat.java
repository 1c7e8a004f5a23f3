package org.childplan.cli.internal;

import org.apiguardian.api.API;

/**
 * The forms {@code childplan check} writes its reports in; each has one {@link ReportRenderer}.
 *
 * <p>More forms (SARIF, JUnit XML, Markdown, HTML) are added here, each with its renderer and file extension, so that
 * {@code --format} and a future {@code --output DIR} pick them up alike.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum OutputFormat {

    /** For a person at a terminal: findings grouped by severity, citations and remedies, a summary line. */
    TEXT("txt", new TextReportRenderer()),

    /** For programs: the documented JSON form, {@link JsonReportRenderer#FORMAT_VERSION versioned}. */
    JSON("json", new JsonReportRenderer());

    private final String extension;
    private final ReportRenderer renderer;

    OutputFormat(String extension, ReportRenderer renderer) {
        this.extension = extension;
        this.renderer = renderer;
    }

    /** The file extension a report in this form is written with, without the dot. */
    public String extension() {
        return extension;
    }

    /** The renderer that writes this form. */
    public ReportRenderer renderer() {
        return renderer;
    }
}
