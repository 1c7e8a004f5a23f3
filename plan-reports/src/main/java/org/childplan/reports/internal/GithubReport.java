package org.childplan.reports.internal;

import org.childplan.reports.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;

/**
 * Writes reports as GitHub Actions workflow commands, which the runner turns into annotations on the plan's lines.
 *
 * <p>Each finding that fails at the fail level is an {@code ::error}; each other finding is a {@code ::warning} (an
 * error or warning severity) or a {@code ::notice} (info). Each problem of a document that could not be checked is an
 * {@code ::error} titled {@code not checked}. A finding on a standard the area has set itself is titled
 * {@code <rule id> (local standard)} and says whose standard it is and that it is not a statutory duty. Waived findings are not annotated. A last plain line gives the verdict.
 *
 * <p>Plan text is data, never a command: control characters in it are shown escaped ({@link SafeText#forDisplay}),
 * then the message is escaped as the runner requires ({@code %}, carriage return and line feed as {@code %25},
 * {@code %0D}, {@code %0A}), and property values also escape {@code :} and {@code ,}. A line break of the message's
 * own (between the finding, its citation and its remedy) is written as {@code %0A}, which the runner shows as a new
 * line in the annotation.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class GithubReport {

    private GithubReport() {
    }

    /** Writes {@code results} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        for (UncheckedPlan plan : results.unchecked()) {
            for (UncheckedPlan.Problem problem : plan.problems()) {
                Optional<SourceLocation> at = problem.location();
                String file = at.map(SourceLocation::source).orElse(plan.source());
                out.write(command("error", file, at, "not checked", List.of(
                        (problem.pointer() == null || problem.pointer().isEmpty() ? "" : problem.pointer() + ": ")
                                + problem.message(),
                        UncheckedDocuments.WHY_IT_FAILS), options));
            }
        }
        for (ComplianceReport report : results.reports()) {
            for (Finding finding : report.findings()) {
                String level = report.failsAt(finding, options.failLevel()) ? "error"
                        : switch (finding.severity()) {
                            case ERROR, WARNING -> "warning";
                            case INFO -> "notice";
                        };
                String file = finding.location().map(SourceLocation::source).orElse(report.source());
                List<String> lines = new ArrayList<>();
                lines.add(finding.severity() + " (" + MarkdownReport.outcomeWords(report, finding) + ")"
                        + (finding.isLocalStandard() ? ", " + LocalStandards.basisInWords(report, finding)
                                + ", not a statutory duty" : "") + ": " + finding.message());
                lines.add(LocalStandards.sourceLabel(finding.isLocalStandard(), finding.severity()) + ": " + finding.citation());
                lines.add("Remedy: " + finding.remedy());
                String title = finding.isLocalStandard() ? finding.ruleId() + " (local standard)" : finding.ruleId();
                out.write(command(level, file, finding.location(), title, lines, options));
            }
        }
        out.write("childplan: " + results.reports().size() + " plan(s) checked, " + results.unchecked().size()
                + " not checked; " + results.verdict(options.failLevel()) + " at fail level " + options.failLevel()
                + System.lineSeparator());
    }

    private static String command(String level, String file, Optional<SourceLocation> at, String title,
            List<String> lines, ReportOptions options) {
        List<String> properties = new ArrayList<>();
        if (file != null) {
            properties.add("file=" + property(PlanFiles.name(file, options)));
        }
        at.ifPresent(location -> {
            properties.add("line=" + location.line());
            properties.add("col=" + location.column());
        });
        properties.add("title=" + property(title));
        List<String> shown = lines.stream().map(line -> line == null ? "" : SafeText.forDisplay(line)).toList();
        return "::" + level + " " + String.join(",", properties) + "::" + data(String.join("\n", shown))
                + System.lineSeparator();
    }

    /** A message escaped as the runner unescapes it. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value escaped as the runner unescapes it. */
    static String property(String text) {
        return data(SafeText.forDisplay(text)).replace(":", "%3A").replace(",", "%2C");
    }
}
