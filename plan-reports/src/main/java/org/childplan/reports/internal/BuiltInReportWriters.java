package org.childplan.reports.internal;

import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.spi.ReportWriter;

/**
 * The built-in report formats as {@link ReportWriter}s, listed in
 * {@code META-INF/services/org.childplan.reports.spi.ReportWriter} as any other writer would be.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BuiltInReportWriters {

    private BuiltInReportWriters() {
    }

    /** What each built-in writer says of itself, and how it writes. */
    private abstract static class BuiltIn implements ReportWriter {

        private final String name;
        private final String fileName;
        private final String description;

        BuiltIn(String name, String fileName, String description) {
            this.name = name;
            this.fileName = fileName;
            this.description = description;
        }

        @Override
        public final String name() {
            return name;
        }

        @Override
        public final String fileName() {
            return fileName;
        }

        @Override
        public final String description() {
            return description;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Text for a person at a terminal. */
    public static final class Text extends BuiltIn {
        /** The writer. */
        public Text() {
            super("text", "childplan.txt", "For a person at a terminal: findings grouped by severity, with citations"
                    + " and remedies, and a summary line.");
        }

        @Override
        public void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
            TextReport.write(results, options, out);
        }
    }

    /** The report's own JSON form. */
    public static final class Json extends BuiltIn {
        /** The writer. */
        public Json() {
            super("json", "childplan.json", "The documented, versioned JSON form, for programs.");
        }

        @Override
        public void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
            JsonReport.write(results, options, out);
        }
    }

    /** SARIF 2.1.0. */
    public static final class Sarif extends BuiltIn {
        /** The writer. */
        public Sarif() {
            super("sarif", "childplan.sarif", "SARIF 2.1.0, for code-scanning tools such as GitHub code scanning.");
        }

        @Override
        public void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
            SarifReport.write(results, options, out);
        }
    }

    /** JUnit XML in Surefire's form. */
    public static final class Junit extends BuiltIn {
        /** The writer. */
        public Junit() {
            super("junit", "childplan-junit.xml", "JUnit XML in Surefire's form, for CI servers' test reports.");
        }

        @Override
        public void write(CheckResults results, ReportOptions options, Writer out) {
            JunitReport.write(results, options, out);
        }
    }

    /** GitHub-flavoured Markdown. */
    public static final class Markdown extends BuiltIn {
        /** The writer. */
        public Markdown() {
            super("markdown", "childplan.md", "Markdown, for pull-request comments and job summaries.");
        }

        @Override
        public void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
            MarkdownReport.write(results, options, out);
        }
    }

    /** A self-contained HTML page. */
    public static final class Html extends BuiltIn {
        /** The writer. */
        public Html() {
            super("html", "childplan.html", "A self-contained HTML page, for people who read rather than run things.");
        }

        @Override
        public void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
            HtmlReport.write(results, options, out);
        }
    }

    /** GitHub Actions workflow commands. */
    public static final class Github extends BuiltIn {
        /** The writer. */
        public Github() {
            super("github", "childplan-github.txt", "GitHub Actions workflow commands: an annotation on the plan's line"
                    + " for each finding.");
        }

        @Override
        public void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
            GithubReport.write(results, options, out);
        }
    }

    /** A GitLab Code Quality report. */
    public static final class Gitlab extends BuiltIn {
        /** The writer. */
        public Gitlab() {
            super("gitlab", "childplan-gitlab.json", "A GitLab Code Quality report (JSON), for merge requests.");
        }

        @Override
        public void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
            GitlabReport.write(results, options, out);
        }
    }
}
