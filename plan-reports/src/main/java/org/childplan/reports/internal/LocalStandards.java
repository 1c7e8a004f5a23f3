package org.childplan.reports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Severity;

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

    /**
     * The packs of {@code report} that apply only local standards: every rule of the pack the report names rests on a
     * standard the area has set itself. Such a pack is never named as law applied.
     */
    public static List<AppliedPack> localPacks(ComplianceReport report) {
        List<AppliedRules.Outcome> outcomes = AppliedRules.of(report);
        return report.packs().stream().filter(pack -> isLocal(pack, outcomes)).toList();
    }

    /** The packs of {@code report} that apply the law: those {@link #localPacks} does not list. */
    public static List<AppliedPack> lawPacks(ComplianceReport report) {
        List<AppliedRules.Outcome> outcomes = AppliedRules.of(report);
        return report.packs().stream().filter(pack -> !isLocal(pack, outcomes)).toList();
    }

    private static boolean isLocal(AppliedPack pack, List<AppliedRules.Outcome> outcomes) {
        List<RuleDescriptor> rules = outcomes.stream().map(AppliedRules.Outcome::rule)
                .filter(rule -> rule.pack().equals(pack.id())).toList();
        return !rules.isEmpty() && rules.stream().allMatch(RuleDescriptor::isLocalStandard);
    }

    /**
     * What a citation is called: {@code Legal source} for a duty of the law or an expectation of its statutory guidance,
     * {@code Source} for a local standard and for recognised practice ({@link Severity#INFO}), which no statute or
     * guidance requires.
     */
    public static String sourceLabel(boolean localStandard, Severity severity) {
        return isLegalSource(localStandard, severity) ? "Legal source" : "Source";
    }

    /** Whether a rule's citation is a legal source: a rule of the law whose text says "must" or "should". */
    public static boolean isLegalSource(boolean localStandard, Severity severity) {
        return !localStandard && severity != Severity.INFO;
    }
}
