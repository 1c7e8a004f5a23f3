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

    /** How a built-in format writes its report: the format's own {@code write} method. */
    @FunctionalInterface
    private interface Format {
        void write(CheckResults results, ReportOptions options, Writer out) throws IOException;
    }

    /** What each built-in writer says of itself, and the format that writes its report. */
    private abstract static class BuiltIn implements ReportWriter {

        private final String name;
        private final String fileName;
        private final String description;
        private final Format format;

        BuiltIn(String name, String fileName, String description, Format format) {
            this.name = name;
            this.fileName = fileName;
            this.description = description;
            this.format = format;
        }

        @Override
        public final void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
            format.write(results, options, out);
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
                    + " and remedies, and a summary line.",
                    TextReport::write);
        }
    }

    /** The report's own JSON form. */
    public static final class Json extends BuiltIn {
        /** The writer. */
        public Json() {
            super("json", "childplan.json", "The documented, versioned JSON form, for programs.",
                    JsonReport::write);
        }
    }

    /** SARIF 2.1.0. */
    public static final class Sarif extends BuiltIn {
        /** The writer. */
        public Sarif() {
            super("sarif", "childplan.sarif", "SARIF 2.1.0, for code-scanning tools such as GitHub code scanning.",
                    SarifReport::write);
        }
    }

    /** JUnit XML in Surefire's form. */
    public static final class Junit extends BuiltIn {
        /** The writer. */
        public Junit() {
            super("junit", "childplan-junit.xml", "JUnit XML in Surefire's form, for CI servers' test reports.",
                    JunitReport::write);
        }
    }

    /** GitHub-flavoured Markdown. */
    public static final class Markdown extends BuiltIn {
        /** The writer. */
        public Markdown() {
            super("markdown", "childplan.md", "Markdown, for pull-request comments and job summaries.",
                    MarkdownReport::write);
        }
    }

    /** A self-contained HTML page. */
    public static final class Html extends BuiltIn {
        /** The writer. */
        public Html() {
            super("html", "childplan.html", "A self-contained HTML page, for people who read rather than run things.",
                    HtmlReport::write);
        }
    }

    /** GitHub Actions workflow commands. */
    public static final class Github extends BuiltIn {
        /** The writer. */
        public Github() {
            super("github", "childplan-github.txt", "GitHub Actions workflow commands: an annotation on the plan's line"
                    + " for each finding.",
                    GithubReport::write);
        }
    }

    /** A GitLab Code Quality report. */
    public static final class Gitlab extends BuiltIn {
        /** The writer. */
        public Gitlab() {
            super("gitlab", "childplan-gitlab.json", "A GitLab Code Quality report (JSON), for merge requests.",
                    GitlabReport::write);
        }
    }
}
