package org.childplan.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;
import org.childplan.reports.ReportFormat;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.ReportRenderers;
import picocli.CommandLine.Help.Ansi;

/**
 * Writes a check run in one of the library's {@link ReportFormat}s, with plan files named relative to the working
 * directory (the repository root in a pipeline).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LibraryReportRenderer implements ReportRenderer {

    private final ReportFormat format;

    /** A renderer writing {@code format}. */
    public LibraryReportRenderer(ReportFormat format) {
        this.format = format;
    }

    @Override
    public void render(CheckRun run, PrintWriter out, Ansi ansi) {
        try {
            ReportRenderers.render(format, run.results(), ReportOptions.defaults().withFailLevel(run.failLevel()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
