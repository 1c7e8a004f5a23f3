package org.childplan.maven.internal;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;

/**
 * The lines the plugin logs about a checked plan: a one-line summary, and one line per finding that fails it.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Summaries {

    private Summaries() {
    }

    /**
     * One line for the plan named {@code name}: its counts and verdict at {@code failLevel}, for example
     * {@code moray.yaml: 3 errors, 1 warning — FAILED} or {@code glenardoch.yaml: no findings — PASSED}.
     */
    public static String summary(String name, ComplianceReport report, FailLevel failLevel) {
        List<String> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int count = report.count(severity);
            if (count > 0) {
                counts.add(count + " " + noun(severity, count));
            }
        }
        return name + ": " + (counts.isEmpty() ? "no findings" : String.join(", ", counts)) + " — "
                + (report.verdict(failLevel) == Verdict.PASS ? "PASSED" : "FAILED");
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
        return place + ": " + finding.ruleId() + " " + finding.message() + " (" + finding.citation() + ")";
    }

    /** The findings of {@code report} that fail it at {@code failLevel}, in report order. */
    public static List<Finding> failing(ComplianceReport report, FailLevel failLevel) {
        return failLevel.severity()
                .map(lightest -> report.findings().stream()
                        .filter(finding -> finding.severity().isAtLeast(lightest))
                        .toList())
                .orElse(List.of());
    }

    private static String noun(Severity severity, int count) {
        return switch (severity) {
            case ERROR -> count == 1 ? "error" : "errors";
            case WARNING -> count == 1 ? "warning" : "warnings";
            case INFO -> "info";
        };
    }
}
