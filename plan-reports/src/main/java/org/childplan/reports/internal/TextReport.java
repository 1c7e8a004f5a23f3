package org.childplan.reports.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.childplan.reports.CheckResults;
import org.childplan.reports.Counts;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.UncheckedPlan;
import org.childplan.reports.SafeText;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.LawChange;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.WaiverNotice;

/**
 * Writes reports for a person: a header per plan, findings grouped by severity as
 * {@code file:line:col SEVERITY RULE-ID message} with the citation and remedy indented below, waived findings with
 * who accepted them and why, waiver notices, and a summary line.
 *
 * <p>Documents that could not be checked come first, each with its problems at their places and its verdict: failed,
 * at every fail level. When more than one document is reported, a last line counts them and gives the run's verdict.
 *
 * <p>Findings on standards an area has set itself follow the duties of the law, under "Local standards of" their pack.
 *
 * <p>Text from the plan or the rules is never parsed as markup; styles are applied to it as plain text. Its
 * control characters (escape sequences, bells, carriage returns, line breaks) are shown escaped
 * ({@link SafeText#forDisplay(String)}), so that a plan cannot steer the terminal or add lines to a CI log.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TextReport {

    /**
     * Why a rule the check did not count is listed as not applicable: a rule left out by the command's {@code --rule}
     * or {@code --skip-rule}. The summary counts such rules as skipped.
     */
    public static final String SKIPPED_REASON = "skipped: not selected for this check (--rule, --skip-rule)";

    private static final String INDENT = "    ";

    private TextReport() {
    }

    /** Writes {@code results} to {@code out}, coloured when {@link ReportOptions#colour()}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        PrintWriter printer = new PrintWriter(out);
        render(new Run(results, options.failLevel()), printer, options.colour() ? Ansi.ON : Ansi.OFF);
        printer.flush();
        if (printer.checkError()) {
            throw new IOException("cannot write the text report");
        }
    }

    /** The results and the fail level they are judged at. */
    private record Run(CheckResults results, org.childplan.rules.FailLevel failLevel) {
        List<ComplianceReport> reports() {
            return results.reports();
        }

        List<UncheckedPlan> unchecked() {
            return results.unchecked();
        }
    }

    /** Whether to colour. */
    private enum Ansi {
        ON, OFF;

        String apply(String text, List<Style> styles) {
            if (this == OFF || styles.isEmpty()) {
                return text;
            }
            StringBuilder styled = new StringBuilder();
            styles.forEach(style -> styled.append("\u001B[").append(style.code).append('m'));
            return styled.append(text).append("\u001B[0m").toString();
        }
    }

    /** The ANSI styles the report uses. */
    private enum Style {
        bold(1), fg_red(31), fg_green(32), fg_yellow(33), fg_cyan(36);

        private final int code;

        Style(int code) {
            this.code = code;
        }
    }

    private static void render(Run run, PrintWriter out, Ansi ansi) {
        boolean first = true;
        for (UncheckedPlan plan : run.unchecked()) {
            if (!first) {
                out.println();
            }
            first = false;
            render(plan, run, out, ansi);
        }
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

    private static void render(ComplianceReport report, Run run, PrintWriter out, Ansi ansi) {
        String title = report.planTitle() == null ? report.planId() : report.planTitle() + " (" + report.planId() + ")";
        out.println(style(ansi, title, Style.bold));
        report.sourceName().ifPresent(source -> out.println(INDENT + safe(source)));
        out.println(safe(INDENT + "Law of " + display(report.jurisdiction()) + " as of " + report.asOf() + "; "
                + packs(report.packs())));
        for (Regime regime : report.regimes()) {
            out.println(safe(INDENT + "Regime: " + regime.name() + " (" + regime.instrument() + "), in force from "
                    + regime.inForceFrom() + (regime.inForceTo() == null ? "" : " to " + regime.inForceTo())));
        }
        for (AppliedPack pack : LocalStandards.localPacks(report)) {
            out.println(safe(INDENT + "Local standard: standards of " + pack.title() + " (" + pack.id() + " "
                    + pack.version() + "), not law"));
        }
        for (LawChange change : report.lawChanges()) {
            out.println(safe(INDENT + "Law changed within the plan's period on " + change.date() + ": "
                    + change.description()));
        }
        for (RuleDescriptor rule : report.comingLaw()) {
            out.println(safe(INDENT + "Coming law, not applied: " + rule.id() + " (" + rule.severity() + "): "
                    + rule.title() + ". " + rule.citation() + "; " + rule.inForceInWords() + "."));
        }
        for (Severity severity : Severity.values()) {
            List<Finding> findings = report.findings().stream()
                    .filter(f -> f.severity() == severity && !f.isLocalStandard()
                            && f.outcome() != RuleOutcome.NOT_YET_DUE)
                    .toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.println();
            out.println(style(ansi, heading(severity) + " (" + findings.size() + ")", Style.bold));
            findings.forEach(finding -> finding(report, finding, out, ansi));
        }
        // A duty whose time has not come is neither met nor broken: listed apart, so that each heading above counts
        // what the summary counts.
        List<Finding> notYetDue = report.findings().stream()
                .filter(f -> !f.isLocalStandard() && f.outcome() == RuleOutcome.NOT_YET_DUE)
                .toList();
        if (!notYetDue.isEmpty()) {
            out.println();
            out.println(style(ansi, "Not yet due on " + report.asOf() + " (" + notYetDue.size() + ")", Style.bold));
            out.println(INDENT + "Duties whose time had not come on that day; they do not fail the check.");
            notYetDue.forEach(finding -> finding(report, finding, out, ansi));
        }
        LocalStandards.byPack(report, report.findings()).forEach((heading, findings) -> {
            out.println();
            out.println(style(ansi, heading + " (" + findings.size() + ")", Style.bold));
            out.println(INDENT + "Standards the area has set itself (a council policy, a partnership agreement), not "
                    + "duties the law places on the plan.");
            findings.forEach(finding -> finding(report, finding, out, ansi));
        });
        if (!report.waived().isEmpty()) {
            out.println();
            out.println(style(ansi, "Waived (" + report.waived().size() + ")", Style.bold));
            for (WaivedFinding waived : report.waived()) {
                Finding finding = waived.finding();
                out.println(safe(where(report, finding) + " WAIVED " + finding.severity() + " " + finding.ruleId() + " "
                        + finding.message()));
                out.println(safe(INDENT + "Accepted by " + waived.waiver().approvedBy() + " until "
                        + waived.waiver().expires() + ": " + waived.waiver().justification()));
            }
        }
        if (!report.waiverNotices().isEmpty()) {
            out.println();
            out.println(style(ansi, "Waiver notices (" + report.waiverNotices().size() + ")", Style.bold));
            for (WaiverNotice notice : report.waiverNotices()) {
                out.println(safe(notice.waiver().sourceLocation().map(location -> location + " ").orElse(""))
                        + style(ansi, notice.kind().name(), Style.bold, Style.fg_yellow) + " " + safe(notice.message()));
            }
        }
        scorecard(report, out, ansi);
        themes(report, out, ansi);
        out.println();
        long evidenced = report.met().stream().filter(rule -> !rule.evidence().isEmpty()).count();
        long skipped = report.notApplicable().stream()
                .filter(rule -> rule.reason().equals(SKIPPED_REASON))
                .count();
        out.println(report.met().size() + " " + plural(report.met().size(), "rule", "rules") + " met ("
                + evidenced + " with evidence named), " + report.nothingToCheck().size() + " with nothing to check, "
                + report.count(RuleOutcome.NOT_YET_DUE) + " " + plural(report.count(RuleOutcome.NOT_YET_DUE),
                        "finding", "findings") + " not yet due, " + (report.notApplicable().size() - skipped)
                + " not applicable on " + report.asOf() + (skipped == 0 ? "" : ", " + skipped + " skipped (--rule,"
                        + " --skip-rule)") + ".");
        if (!report.completeRecord()) {
            out.println(RecordInWords.PARTIAL_RECORD);
        }
        out.println(summary(report, run, ansi));
    }

    /**
     * A document that could not be checked: each problem at its place, as standard error gives it
     * ({@code file:line:column: pointer: message}), and its verdict, failed at every fail level.
     */
    private static void render(UncheckedPlan plan, Run run, PrintWriter out, Ansi ansi) {
        out.println(style(ansi, "Not checked: " + plan.source(), Style.bold));
        for (UncheckedPlan.Problem problem : plan.problems()) {
            out.println(safe(INDENT + UncheckedDocuments.describe(plan, problem)));
        }
        out.println(INDENT + UncheckedDocuments.WHY_IT_FAILS);
        int problems = plan.problems().size();
        out.println(problems + " " + plural(problems, "problem", "problems") + ", not checked"
                + verdict(true, run, ansi));
    }

    /** Each criterion of the national review scored, with its evidence and what is missing; none without criteria. */
    private static void scorecard(ComplianceReport report, PrintWriter out, Ansi ansi) {
        ReviewScorecard scorecard = ReviewScorecard.of(report);
        if (scorecard.isEmpty()) {
            return;
        }
        out.println();
        out.println(style(ansi, ReviewScorecard.HEADING, Style.bold));
        out.println(INDENT + ReviewScorecard.NOTE);
        for (ReviewScorecard.Row row : scorecard.rows()) {
            out.println(safe(String.format(Locale.ROOT, "%s%-4s %-36s %s", INDENT, row.id(), row.title(),
                    row.score().score().words()) + (row.note().isEmpty() ? "" : " (" + row.note() + ")")));
            for (ReviewScorecard.Missing missing : row.missing()) {
                out.println(safe(INDENT + INDENT + "missing: " + missing.inWords()
                        + (missing.pointer().isEmpty() ? "" : " [" + missing.pointer() + "]")));
            }
            if (!row.evidence().isEmpty()) {
                out.println(safe(INDENT + INDENT + "evidence: " + String.join(", ", row.evidence())));
            }
        }
    }

    /** Each of the three themes against what addresses it, and what addresses it nowhere. */
    private static void themes(ComplianceReport report, PrintWriter out, Ansi ansi) {
        if (ThemesSection.rows(report).isEmpty()) {
            return;
        }
        out.println();
        out.println(style(ansi, ThemesSection.HEADING, Style.bold));
        out.println(INDENT + ThemesSection.NOTE);
        for (org.childplan.rules.ThemeCoverage row : ThemesSection.rows(report)) {
            out.println(safe(INDENT + ThemesSection.label(row) + ": priorities " + ThemesSection.ids(row.priorities())
                    + "; actions " + ThemesSection.ids(row.actions()) + "; services "
                    + ThemesSection.ids(row.services()) + "; measures " + ThemesSection.ids(row.measures())));
            if (!row.isComplete()) {
                out.println(safe(INDENT + INDENT + "missing: " + ThemesSection.missing(row)));
            }
        }
    }

    private static void finding(ComplianceReport report, Finding finding, PrintWriter out, Ansi ansi) {
        out.println(safe(where(report, finding)) + " " + severity(ansi, finding.severity()) + " "
                + safe(outcome(report, finding) + " " + finding.ruleId() + " " + finding.message()));
        out.println(safe(INDENT + finding.citation() + " <" + finding.citation().url() + ">"));
        out.println(safe(INDENT + "Remedy: " + finding.remedy()));
    }

    /** The outcome in words; a duty a partial record does not evidence is "not shown in the source". */
    private static String outcome(ComplianceReport report, Finding finding) {
        if (finding.outcome() == RuleOutcome.NOT_EVIDENCED && !report.completeRecord()) {
            return "(not shown in the source)";
        }
        return "(" + finding.outcome().words() + ")";
    }

    /**
     * {@code 2 errors, 1 warning, 3 info — FAILED (fail level: error)}; waived findings are counted by severity
     * before the verdict ({@code 0 errors, 0 warnings, 0 info; 2 waived: 2 errors (waivers expire 2026-03-31) —
     * PASSED}), so that a waived duty is never hidden behind "0 errors".
     */
    private static String summary(ComplianceReport report, Run run, Ansi ansi) {
        int errors = report.count(Severity.ERROR);
        int warnings = report.count(Severity.WARNING);
        int infos = report.count(Severity.INFO);
        boolean failed = report.verdict(run.failLevel()) == Verdict.FAIL;
        return errors + " " + plural(errors, "error", "errors") + ", " + warnings + " "
                + plural(warnings, "warning", "warnings") + ", " + infos + " info"
                + (report.completeRecord() || report.count(RuleOutcome.NOT_EVIDENCED) == 0 ? ""
                        : " (" + report.count(RuleOutcome.NOT_EVIDENCED) + " not shown in the source)")
                + (report.waived().isEmpty() ? "" : "; " + Counts.waived(report.waived()))
                + (report.judged() ? verdict(failed, run, ansi) : notJudged(report, ansi));
    }

    /**
     * {@code  — NOT JUDGED: ...} for a plan no rule applied to: it has no finding, but saying it passed would say the
     * law was applied to it.
     */
    private static String notJudged(ComplianceReport report, Ansi ansi) {
        return " \u2014 " + style(ansi, LawInWords.NOT_JUDGED, Style.bold, Style.fg_yellow) + ": "
                + LawInWords.notJudged(report);
    }

    /** {@code  — FAILED (fail level: error)}, or PASSED. */
    private static String verdict(boolean failed, Run run, Ansi ansi) {
        return " \u2014 " + (failed ? style(ansi, "FAILED", Style.bold, Style.fg_red)
                : style(ansi, "PASSED", Style.bold, Style.fg_green))
                + " (fail level: " + run.failLevel().name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String total(Run run, Ansi ansi) {
        long failed = run.reports().stream().filter(r -> r.verdict(run.failLevel()) == Verdict.FAIL).count();
        long notJudged = run.reports().stream().filter(r -> !r.judged()).count();
        long passed = run.reports().size() - failed - notJudged;
        String line = run.reports().size() + " " + plural(run.reports().size(), "plan", "plans") + " checked: "
                + passed + " passed, " + failed + " failed" + (notJudged == 0 ? "" : ", " + notJudged + " not judged");
        if (!run.unchecked().isEmpty()) {
            line += "; " + run.unchecked().size() + " " + plural(run.unchecked().size(), "file", "files")
                    + " could not be checked";
        }
        boolean runFailed = run.results().verdict(run.failLevel()) == Verdict.FAIL;
        return style(ansi, line, Style.bold) + verdict(runFailed, run, ansi);
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
            case WARNING -> "Warnings: what the law or its statutory guidance says a plan should do";
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

    /** {@code plainText} with its control characters escaped, then styled: only the styles reach the terminal. */
    private static String style(Ansi ansi, String plainText, Style... styles) {
        return ansi.apply(safe(plainText), List.of(styles));
    }

    private static String safe(String text) {
        return SafeText.forDisplay(text);
    }
}
