package org.childplan.reports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;

/**
 * Keeps the duties of the law and the standards an area has set itself apart, in the same words in every format: a
 * finding on a local standard is listed under "Local standards of" its pack, never among the statutory duties.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LocalStandards {

    /** What a local standard is, for a reader who meets one beside the law. */
    public static final String NOTE = "A local standard is one the area has set itself (a council policy, a partnership"
            + " agreement); it is not a duty the law places on the plan.";

    private LocalStandards() {
    }

    /** The findings of {@code findings} on rules that rest on the law, in their order. */
    public static List<Finding> statutory(List<Finding> findings) {
        return findings.stream().filter(finding -> !finding.isLocalStandard()).toList();
    }

    /**
     * The findings of {@code findings} on local standards, by the heading of their pack ({@link #heading}), packs in
     * the order they are first met and findings in their order.
     */
    public static Map<String, List<Finding>> byPack(ComplianceReport report, List<Finding> findings) {
        Map<String, List<Finding>> byPack = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.isLocalStandard()) {
                byPack.computeIfAbsent(heading(report, finding), heading -> new java.util.ArrayList<>()).add(finding);
            }
        }
        byPack.replaceAll((heading, list) -> List.copyOf(list));
        return byPack;
    }

    /** {@code Local standards of <the pack's title>}, for the pack of {@code finding}. */
    public static String heading(ComplianceReport report, Finding finding) {
        return "Local standards of " + packTitle(report, finding);
    }

    /** The title of the pack of {@code finding}, or its id when the report does not name it. */
    public static String packTitle(ComplianceReport report, Finding finding) {
        return report.packs().stream()
                .filter(pack -> pack.id().equals(finding.pack()))
                .map(AppliedPack::title)
                .findFirst()
                .orElse(finding.pack().isEmpty() ? "an unnamed pack" : finding.pack());
    }

    /** {@code local standard of <pack title>} or {@code statutory duty}: the basis of a finding in words. */
    public static String basisInWords(ComplianceReport report, Finding finding) {
        return finding.isLocalStandard() ? "local standard of " + packTitle(report, finding) : "statutory duty";
    }
}
