package org.childplan.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Writes reports for a person: a header per plan, findings grouped by severity as
 * {@code file:line:col SEVERITY RULE-ID message} with the citation and remedy indented below, and a summary line.
 *
 * <p>Text from the plan or the rules is never parsed as picocli markup; styles are applied to it as plain text.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TextReportRenderer implements ReportRenderer {

    private static final String INDENT = "    ";

    @Override
    public void render(CheckRun run, PrintWriter out, Ansi ansi) {
        boolean first = true;
        for (ComplianceReport report : run.reports()) {
            if (!first) {
                out.println();
            }
            first = false;
            render(report, run, out, ansi);
        }
        if (run.reports().size() + run.unchecked().size() > 1) {
            out.println();
            out.println(total(run, ansi));
        }
        out.flush();
    }

    private static void render(ComplianceReport report, CheckRun run, PrintWriter out, Ansi ansi) {
        String title = report.planTitle() == null ? report.planId() : report.planTitle() + " (" + report.planId() + ")";
        out.println(style(ansi, title, Style.bold));
        report.sourceName().ifPresent(source -> out.println(INDENT + source));
        out.println(INDENT + "Law of " + display(report.jurisdiction()) + " as of " + report.asOf() + "; "
                + packs(report.packs()));
        for (Severity severity : Severity.values()) {
            List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.println();
            out.println(style(ansi, heading(severity) + " (" + findings.size() + ")", Style.bold));
            for (Finding finding : findings) {
                out.println(where(report, finding) + " " + severity(ansi, severity) + " " + finding.ruleId() + " "
                        + finding.message());
                out.println(INDENT + finding.citation() + " <" + finding.citation().url() + ">");
                out.println(INDENT + "Remedy: " + finding.remedy());
            }
        }
        out.println();
        out.println(report.passed().size() + " " + plural(report.passed().size(), "rule", "rules") + " passed, "
                + report.notApplicable().size() + " not applicable on " + report.asOf() + ".");
        out.println(summary(report, run, ansi));
    }

    /** {@code 2 errors, 1 warning, 3 info — FAILED (fail level: error)}. */
    static String summary(ComplianceReport report, CheckRun run, Ansi ansi) {
        int errors = report.count(Severity.ERROR);
        int warnings = report.count(Severity.WARNING);
        int infos = report.count(Severity.INFO);
        boolean failed = report.verdict(run.failLevel()) == Verdict.FAIL;
        return errors + " " + plural(errors, "error", "errors") + ", " + warnings + " "
                + plural(warnings, "warning", "warnings") + ", " + infos + " info \u2014 "
                + (failed ? style(ansi, "FAILED", Style.bold, Style.fg_red) : style(ansi, "PASSED", Style.bold,
                        Style.fg_green))
                + " (fail level: " + run.failLevel().name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String total(CheckRun run, Ansi ansi) {
        long failed = run.reports().stream().filter(r -> r.verdict(run.failLevel()) == Verdict.FAIL).count();
        long passed = run.reports().size() - failed;
        String line = run.reports().size() + " " + plural(run.reports().size(), "plan", "plans") + " checked: "
                + passed + " passed, " + failed + " failed";
        if (!run.unchecked().isEmpty()) {
            line += "; " + run.unchecked().size() + " " + plural(run.unchecked().size(), "file", "files")
                    + " could not be checked";
        }
        return style(ansi, line, Style.bold);
    }

    private static String where(ComplianceReport report, Finding finding) {
        if (finding.location().isPresent()) {
            return finding.location().get().toString();
        }
        String source = report.sourceName().orElse(report.planId());
        return finding.pointer().isEmpty() ? source : source + "#" + finding.pointer();
    }

    private static String severity(Ansi ansi, Severity severity) {
        return switch (severity) {
            case ERROR -> style(ansi, "ERROR", Style.bold, Style.fg_red);
            case WARNING -> style(ansi, "WARNING", Style.bold, Style.fg_yellow);
            case INFO -> style(ansi, "INFO", Style.fg_cyan);
        };
    }

    private static String heading(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors: duties the law says a plan must meet";
            case WARNING -> "Warnings: what statutory guidance says a plan should do";
            case INFO -> "Info: recognised good practice";
        };
    }

    private static String packs(List<AppliedPack> packs) {
        return (packs.size() == 1 ? "rule pack " : "rule packs ") + String.join(", ", packs.stream()
                .map(pack -> pack.title() + " (" + pack.id() + " " + pack.version() + ")")
                .toList());
    }

    private static String display(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        StringBuilder display = new StringBuilder(words.length());
        boolean upper = true;
        for (char c : words.toCharArray()) {
            display.append(upper ? Character.toUpperCase(c) : c);
            upper = c == ' ';
        }
        return display.toString();
    }

    private static String plural(long count, String one, String many) {
        return count == 1 ? one : many;
    }

    private static String style(Ansi ansi, String plainText, IStyle... styles) {
        return ansi.apply(plainText, List.of(styles)).toString();
    }
}
