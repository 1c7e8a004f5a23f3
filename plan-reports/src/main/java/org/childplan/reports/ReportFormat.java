package org.childplan.reports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A form a compliance report is written in, each with the stable file name {@link ReportRenderers#writeAll} gives it.
 *
 * <p>The formats are now those of the {@link org.childplan.reports.spi.ReportWriter}s that {@link ReportWriters}
 * finds, the text format and formats of one's own included; this enum names only the built-in formats for files, and
 * each constant is written by the writer of its {@link #displayName()}.
 *
 * @since 0.1
 * @deprecated use {@link ReportWriters} and {@link org.childplan.reports.spi.ReportWriter}, which list every format
 */
@Deprecated(since = "0.1")
@API(status = API.Status.DEPRECATED, since = "0.1")
public enum ReportFormat {

    /** The report's own JSON form ({@link org.childplan.rules.ComplianceReport#toJson()}), for programs. */
    JSON,

    /** SARIF 2.1.0, for code-scanning tools such as GitHub code scanning. */
    SARIF,

    /** JUnit XML in Surefire's form, for CI servers' test reports. */
    JUNIT,

    /** Markdown, for pull-request comments and job summaries. */
    MARKDOWN,

    /** A self-contained HTML page, for people who read rather than run things. */
    HTML,

    /** GitHub Actions workflow commands: an annotation on the plan's line for each finding. */
    GITHUB,

    /** A GitLab Code Quality report (JSON), for merge requests. */
    GITLAB;

    /** The file name a report in this format is written to, for example {@code childplan.sarif}: its writer's. */
    public String fileName() {
        return ReportWriters.named(displayName()).fileName();
    }

    /**
     * The format named {@code name}, ignoring case, for example {@code sarif}.
     *
     * @throws IllegalArgumentException when no format has that name; the message lists the names
     */
    public static ReportFormat fromName(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + name + "': expected one of "
                        + Arrays.stream(values()).map(ReportFormat::displayName).collect(Collectors.joining(", "))));
    }

    /**
     * The formats named in {@code names}, separated by commas, for example {@code sarif,junit,html}.
     *
     * @throws IllegalArgumentException when a name is unknown or none is given
     */
    public static Set<ReportFormat> fromNames(String names) {
        Objects.requireNonNull(names, "names");
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                formats.add(fromName(name));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given: expected one or more of "
                    + Arrays.stream(values()).map(ReportFormat::displayName).collect(Collectors.joining(", ")));
        }
        return formats;
    }

    /** The name as written on a command line, for example {@code sarif}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
