package org.childplan.reports.spi;

import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;

/**
 * Writes the results of a check in one format: text for a terminal, JSON, SARIF, JUnit XML, Markdown, HTML, GitHub
 * workflow commands, GitLab Code Quality, or a format of one's own.
 *
 * <p>Writers are found with {@link java.util.ServiceLoader}: a jar lists its implementations in
 * {@code META-INF/services/org.childplan.reports.spi.ReportWriter}, as the built-in formats are listed. The command's
 * {@code --format} and the Maven plugin's {@code formats} accept exactly the {@link #name()}s of the writers found
 * ({@link org.childplan.reports.ReportWriters#all()}).
 *
 * <p>A writer is stateless and thread-safe. Its output is deterministic: the same results and options give the same
 * text. It shows waived findings as waived, the documents that could not be checked as failures, and keeps findings
 * on local standards apart from the duties of the law ({@link org.childplan.rules.Finding#isLocalStandard()}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReportWriter {

    /** The format's name as typed on a command line: lower case, unique, for example {@code sarif}. */
    String name();

    /** The file name a report in this format is written to in a reports folder, for example {@code childplan.sarif}. */
    String fileName();

    /** What the format is for, in one sentence, for help texts. */
    String description();

    /**
     * Writes {@code results} to {@code out}, which is left open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    void write(CheckResults results, ReportOptions options, Writer out) throws IOException;
}
