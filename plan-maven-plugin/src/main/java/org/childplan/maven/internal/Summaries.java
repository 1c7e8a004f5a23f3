package org.childplan.maven.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.reports.UncheckedPlan;
import org.childplan.reports.Counts;
import org.childplan.reports.SafeText;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.Waiver;
import org.childplan.rules.WaiverNotice;

/**
 * The lines the plugin logs and fails with: a one-line summary per plan, a line per finding that fails it or per
 * problem of a document that could not be checked, waiver warnings, and the short message a failed build ends with.
 * Each line shows the control characters of plan text escaped ({@link SafeText#forDisplay(String)}), so that a plan
 * cannot steer the terminal or add lines to the CI log the build writes to.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Summaries {

    private Summaries() {
    }

    /**
     * One line for the plan named {@code name}: its counts and verdict at {@code failLevel}, for example
     * {@code moray.yaml: 3 errors, 1 warning — FAILED} or {@code glenardoch.yaml: no findings — PASSED}; findings a
     * waiver accepts are counted apart, by severity ({@code moray.yaml: 1 warning, 3 waived: 3 errors (waivers expire
     * 2026-03-31) — PASSED}).
     */
    public static String summary(String name, ComplianceReport report, FailLevel failLevel) {
        List<String> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int count = report.count(severity);
            if (count > 0) {
                counts.add(count + " " + noun(severity, count));
            }
        }
        if (!report.waived().isEmpty()) {
            counts.add(Counts.waived(report.waived()));
        }
        return SafeText.forDisplay(name + ": " + (counts.isEmpty() ? "no findings" : String.join(", ", counts)) + " — "
                + (report.verdict(failLevel) == Verdict.PASS ? "PASSED" : "FAILED"));
    }

    /**
     * One line for {@code finding}, in the form editors and CI annotate from:
     * {@code file:line:column: RULE-ID message (citation)}; where the place is not known, the plan's source and the
     * finding's JSON Pointer stand in for it.
     */
    public static String finding(Finding finding, String source) {
        String place = finding.location()
                .map(Object::toString)
                .orElseGet(() -> source + (finding.pointer().isEmpty() ? "" : " " + finding.pointer()));
        return SafeText.forDisplay(place + ": " + finding.ruleId() + " " + finding.message() + " ("
                + finding.citation() + ")");
    }

    /** The findings of {@code report} that fail it at {@code failLevel}, in report order. */
    public static List<Finding> failing(ComplianceReport report, FailLevel failLevel) {
        return report.findings().stream().filter(finding -> report.failsAt(finding, failLevel)).toList();
    }

    /**
     * One line per problem of {@code plan}, in the form editors and CI annotate from:
     * {@code file:line:column: pointer: problem}; parts that are not known are left out.
     */
    public static List<String> problems(UncheckedPlan plan) {
        return plan.problems().stream().map(problem -> {
            StringBuilder line = new StringBuilder(problem.location().map(Object::toString).orElse(plan.source()))
                    .append(": ");
            if (problem.pointer() != null && !problem.pointer().isEmpty()) {
                line.append(problem.pointer()).append(": ");
            }
            return SafeText.forDisplay(line.append(problem.message()).toString());
        }).toList();
    }

    /**
     * The message a failed build ends with, or empty when the run passes at {@code failLevel}: each document that
     * could not be checked with its first problem, each plan that failed with its counts, and the reports to read.
     * It stays short, since the lines logged before it and the reports give the detail.
     *
     * @param checked the plans checked
     * @param unchecked the documents that could not be checked
     * @param failLevel the run's fail level
     * @param reports the report files written, as shown to the user
     */
    public static Optional<String> failure(
            List<CheckRun.Checked> checked, List<UncheckedPlan> unchecked, FailLevel failLevel, List<String> reports) {
        List<String> lines = new ArrayList<>();
        if (!unchecked.isEmpty()) {
            lines.add(unchecked.size() + plural(" plan", unchecked.size()) + " could not be checked:");
            for (UncheckedPlan plan : unchecked) {
                List<String> problems = problems(plan);
                lines.add("  " + problems.get(0)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            }
        }
        List<CheckRun.Checked> failed = checked.stream().filter(plan -> plan.verdict() == Verdict.FAIL).toList();
        if (!failed.isEmpty()) {
            lines.add(failed.size() + " of " + checked.size() + plural(" plan", checked.size()) + " failed (fail on "
                    + failLevel.name().toLowerCase(Locale.ROOT) + "):");
            failed.forEach(plan -> lines.add("  " + summary(plan.name(), plan.report(), failLevel)));
        }
        List<String> ruleErrors = checked.stream()
                .flatMap(plan -> plan.report().ruleErrors().stream().map(error -> "  " + plan.name() + ": "
                        + error.describe()))
                .toList();
        if (!ruleErrors.isEmpty()) {
            // A fault of a rule pack, not a verdict: the other rules were applied and are in the reports.
            lines.add(ruleErrors.size() + plural(" rule", ruleErrors.size()) + " failed while applied, a fault of"
                    + " the rule pack to fix (the other rules were applied):");
            lines.addAll(ruleErrors);
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (!reports.isEmpty()) {
            lines.add(SafeText.forDisplay("reports: " + String.join(", ", reports)));
        }
        return Optional.of(String.join(System.lineSeparator(), lines));
    }

    /**
     * The waiver notices of {@code reports} worth a warning, once each: expired waivers, and waivers that waived
     * nothing in any plan (a waiver limited to no plan is applied to every plan, and matching nothing in one of them
     * is no news when it waives a finding of another).
     */
    public static List<String> waiverWarnings(List<ComplianceReport> reports) {
        Set<Waiver> used = reports.stream()
                .flatMap(report -> report.waived().stream())
                .map(WaivedFinding::waiver)
                .collect(Collectors.toSet());
        return reports.stream()
                .flatMap(report -> report.waiverNotices().stream())
                .filter(notice -> notice.kind() == WaiverNotice.Kind.EXPIRED || !used.contains(notice.waiver()))
                .map(WaiverNotice::message)
                .map(SafeText::forDisplay)
                .distinct()
                .toList();
    }

    /** {@code path} as shown to the user: relative to {@code base} when inside it, else absolute. */
    public static String display(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        String shown = (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString();
        return shown.isEmpty() ? "." : shown;
    }

    private static String plural(String noun, int count) {
        return count == 1 ? noun : noun + "s";
    }

    private static String noun(Severity severity, int count) {
        return switch (severity) {
            case ERROR -> count == 1 ? "error" : "errors";
            case WARNING -> count == 1 ? "warning" : "warnings";
            case INFO -> "info";
        };
    }
}
