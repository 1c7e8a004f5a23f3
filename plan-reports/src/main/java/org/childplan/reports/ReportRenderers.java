package org.childplan.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.reports.IoProblems;
import org.childplan.reports.ReportFiles;
import org.childplan.reports.spi.ReportWriter;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;

/**
 * Writes compliance reports in the formats build pipelines and readers use: those of the {@link ReportWriter}s that
 * {@link ReportWriters} finds ({@link #writeAll(Path, List, CheckResults, ReportOptions)}), or of the older
 * {@link ReportFormat}s.
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
        ReportWriters.named(format.displayName()).write(results, options, out);
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
     * <p>Each report is written to a temporary file in {@code directory} and then moved onto its name, so that a
     * process killed while writing never leaves a truncated report under that name. A report that cannot be
     * written does not stop the others: they are written, the failed one's file is removed (so that no earlier
     * report stands in its place), and then the failure is thrown. Before anything is written, a report name that is
     * one of the plan files reported on, or that exists and is not a regular file (a symbolic link, a folder, a pipe,
     * a device; see {@link ReportFiles#notReplaceable(java.util.Collection)}), is refused: it is never replaced.
     *
     * @return the file written for each format, in format order
     * @throws IOException when a report cannot be written, or its name is a plan file of {@code results} or is not a
     *     regular file; the message names the file
     */
    public static Map<ReportFormat, Path> writeAll(
            Path directory, Set<ReportFormat> formats, CheckResults results, ReportOptions options)
            throws IOException {
        Objects.requireNonNull(formats, "formats");
        List<ReportFormat> ordered = Set.copyOf(formats).stream().sorted().toList();
        Map<String, Path> byName = writeAll(directory,
                ordered.stream().map(format -> ReportWriters.named(format.displayName())).toList(), results, options);
        Map<ReportFormat, Path> written = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ordered) {
            Path file = byName.get(format.displayName());
            if (file != null) {
                written.put(format, file);
            }
        }
        return Collections.unmodifiableMap(written);
    }

    /** The files of the plans in {@code results}, checked and not, as far as they name files. */
    private static List<Path> planFiles(CheckResults results) {
        List<String> sources = new ArrayList<>();
        results.reports().forEach(report -> report.sourceName().ifPresent(sources::add));
        results.unchecked().forEach(plan -> sources.add(plan.source()));
        List<Path> files = new ArrayList<>();
        for (String source : sources) {
            try {
                files.add(Path.of(source));
            } catch (InvalidPathException e) {
                // Not a file name (a plan given as a value): nothing on disk to protect.
            }
        }
        return files;
    }

    private static IOException failure(ReportFiles.Outcome outcome) {
        List<String> failed = new ArrayList<>();
        outcome.failed().forEach((file, cause) -> failed.add(file + ": " + (cause instanceof IOException io
                ? IoProblems.describe(io) : cause.toString())
                + (outcome.stale().contains(file) ? " (the earlier report could not be removed: it is still there, and"
                        + " is stale)" : "")));
        IOException failure = new IOException("cannot write " + String.join("; ", failed)
                + (outcome.written().isEmpty() ? "" : "; the other reports were written"));
        outcome.failed().values().forEach(failure::addSuppressed);
        return failure;
    }

    /**
     * Writes {@code results} with each of {@code writers} into {@code directory} (created if absent), each under its
     * {@link ReportWriter#fileName()}, as {@link #writeAll(Path, Set, CheckResults, ReportOptions)} writes them: each
     * whole or not at all, none replacing a plan file reported on.
     *
     * @return the file written by each writer, by the writer's name, in the order of {@code writers}
     * @throws IOException when a report cannot be written, or its name is a plan file of {@code results} or is not a
     *     regular file; the message names the file
     * @since 0.1
     */
    public static Map<String, Path> writeAll(
            Path directory, List<ReportWriter> writers, CheckResults results, ReportOptions options)
            throws IOException {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(writers, "writers");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(options, "options");
        Files.createDirectories(directory);
        Map<Path, String> byFile = new LinkedHashMap<>();
        Map<Path, ReportFiles.Content> contents = new LinkedHashMap<>();
        for (ReportWriter writer : writers) {
            Path file = directory.resolve(writer.fileName());
            if (byFile.putIfAbsent(file, writer.name()) == null) {
                contents.put(file, out -> {
                    writer.write(results, options, out);
                    out.flush();
                });
            }
        }
        Optional<Map.Entry<Path, String>> notReplaceable = ReportFiles.notReplaceable(byFile.keySet());
        if (notReplaceable.isPresent()) {
            throw new FileSystemException(notReplaceable.get().getKey().toString(), null,
                    notReplaceable.get().getValue());
        }
        Optional<Map.Entry<Path, Path>> replaced = ReportFiles.inputReplaced(byFile.keySet(), planFiles(results));
        if (replaced.isPresent()) {
            throw new FileSystemException(replaced.get().getKey().toString(), replaced.get().getValue().toString(),
                    "is a plan file being reported on; a report must not replace it");
        }
        ReportFiles.Outcome outcome = ReportFiles.writeEach(contents);
        if (!outcome.failed().isEmpty()) {
            throw failure(outcome);
        }
        Map<String, Path> written = new LinkedHashMap<>();
        byFile.forEach((file, name) -> {
            if (outcome.written().contains(file)) {
                written.put(name, file);
            }
        });
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
