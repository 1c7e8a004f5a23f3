package org.childplan.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.reports.internal.HtmlReport;
import org.childplan.reports.internal.JsonReport;
import org.childplan.reports.internal.JunitReport;
import org.childplan.reports.internal.MarkdownReport;
import org.childplan.reports.internal.SarifReport;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;

/**
 * Writes compliance reports in the {@link ReportFormat}s build pipelines and readers use.
 *
 * <pre>{@code
 * List<ComplianceReport> reports = List.of(checker.check(PlanDocuments.read(Path.of("plans/moray.yaml"))));
 * Map<ReportFormat, Path> written = ReportRenderers.writeAll(Path.of("target/childplan"),
 *         EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT), reports, FailLevel.ERROR);
 * }</pre>
 *
 * <p>Every format takes several reports (one per plan) and writes them into one document. Output is deterministic:
 * the same reports and options give the same bytes. Apply waivers to the reports first
 * ({@link ComplianceReport#withWaivers}); every format shows waived findings as waived.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportRenderers {

    /**
     * The class-path resource holding the JSON Schema (draft-07) of the {@link ReportFormat#JSON} form, version
     * {@value org.childplan.rules.ComplianceReport#REPORT_VERSION}.
     */
    public static final String JSON_SCHEMA_RESOURCE = "org/childplan/reports/childplan-report-2.schema.json";

    private ReportRenderers() {
    }

    /**
     * Writes {@code results} in {@code format} to {@code out}, which is left open. Every format shows the documents
     * that could not be checked as failures, with their problems.
     */
    public static void render(ReportFormat format, CheckResults results, ReportOptions options, Writer out)
            throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case JSON -> JsonReport.write(results, options, out);
            case SARIF -> SarifReport.write(results, options, out);
            case JUNIT -> JunitReport.write(results, options, out);
            case MARKDOWN -> MarkdownReport.write(results, options, out);
            case HTML -> HtmlReport.write(results, options, out);
        }
        out.flush();
    }

    /** Writes {@code reports} in {@code format} to {@code out}, which is left open. */
    public static void render(ReportFormat format, List<ComplianceReport> reports, ReportOptions options, Writer out)
            throws IOException {
        render(format, CheckResults.of(reports), options, out);
    }

    /** {@code results} in {@code format}, as text. */
    public static String render(ReportFormat format, CheckResults results, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            render(format, results, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code reports} in {@code format}, as text. */
    public static String render(ReportFormat format, List<ComplianceReport> reports, ReportOptions options) {
        return render(format, CheckResults.of(reports), options);
    }

    /**
     * Writes {@code results} in each of {@code formats} into {@code directory} (created if absent), each under its
     * {@link ReportFormat#fileName()}, in UTF-8, replacing files of the same name.
     *
     * @return the file written for each format, in format order
     */
    public static Map<ReportFormat, Path> writeAll(
            Path directory, Set<ReportFormat> formats, CheckResults results, ReportOptions options)
            throws IOException {
        Objects.requireNonNull(directory, "directory");
        Files.createDirectories(directory);
        Map<ReportFormat, Path> written = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : Set.copyOf(formats).stream().sorted().toList()) {
            Path file = directory.resolve(format.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                render(format, results, options, out);
            }
            written.put(format, file);
        }
        return Collections.unmodifiableMap(written);
    }

    /** Writes {@code reports} as {@link #writeAll(Path, Set, CheckResults, ReportOptions)} does. */
    public static Map<ReportFormat, Path> writeAll(
            Path directory, Set<ReportFormat> formats, List<ComplianceReport> reports, ReportOptions options)
            throws IOException {
        return writeAll(directory, formats, CheckResults.of(reports), options);
    }

    /** Writes {@code reports} as {@link #writeAll(Path, Set, CheckResults, ReportOptions)} does, failing at {@code failLevel}. */
    public static Map<ReportFormat, Path> writeAll(
            Path directory, Set<ReportFormat> formats, List<ComplianceReport> reports, FailLevel failLevel)
            throws IOException {
        return writeAll(directory, formats, reports, ReportOptions.defaults().withFailLevel(failLevel));
    }
}
