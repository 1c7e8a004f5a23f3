package org.childplan.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.rules.Severity;
import org.childplan.rules.WaivedFinding;

/**
 * Counts in words, the same in every format: {@code 2 errors, 1 warning, 0 info; 1 waived: 1 error (waiver expires
 * 2026-03-31)}.
 *
 * <p>Waived findings are always counted by severity, and a waived error says when its waiver expires: waiving a
 * statutory duty is allowed, but a summary reading "0 errors" must not hide it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Counts {

    private Counts() {
    }

    /** The findings of each severity, then the waived findings by severity. */
    public static String describe(Map<Severity, Integer> counts, List<WaivedFinding> waived) {
        return plural(counts.get(Severity.ERROR), "error", "errors") + ", "
                + plural(counts.get(Severity.WARNING), "warning", "warnings") + ", "
                + counts.get(Severity.INFO) + " info; " + waived(waived);
    }

    /**
     * The waived findings by severity, leaving out severities with none, the errors with the earliest expiry of their
     * waivers: {@code 3 waived: 2 errors (waivers expire from 2026-03-31), 1 info}, or {@code 0 waived}.
     */
    public static String waived(List<WaivedFinding> waived) {
        if (waived.isEmpty()) {
            return "0 waived";
        }
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<WaivedFinding> ofSeverity = waived.stream()
                    .filter(finding -> finding.finding().severity() == severity)
                    .toList();
            if (ofSeverity.isEmpty()) {
                continue;
            }
            String part = switch (severity) {
                case ERROR -> plural(ofSeverity.size(), "error", "errors");
                case WARNING -> plural(ofSeverity.size(), "warning", "warnings");
                case INFO -> ofSeverity.size() + " info";
            };
            if (severity == Severity.ERROR) {
                List<LocalDate> expiries = ofSeverity.stream().map(finding -> finding.waiver().expires())
                        .distinct().sorted().toList();
                part += expiries.size() == 1 && ofSeverity.size() == 1 ? " (waiver expires " + expiries.get(0) + ")"
                        : expiries.size() == 1 ? " (waivers expire " + expiries.get(0) + ")"
                        : " (waivers expire from " + expiries.get(0) + ")";
            }
            parts.add(part);
        }
        return waived.size() + " waived: " + String.join(", ", parts);
    }

    /** {@code count} with the singular or plural noun. */
    public static String plural(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
