package org.childplan.reports.internal;

import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.childplan.model.DocumentKind;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.spi.RulePack;

/**
 * Every rule a report applied, with what became of it: findings, waived findings, passed or not applicable.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AppliedRules {

    private static final Map<String, Map<String, RuleDescriptor>> CATALOGUES = new ConcurrentHashMap<>();

    private AppliedRules() {
    }

    /** What became of a rule. */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public enum Status {
        /** At least one finding counts. */
        FOUND,
        /** Every finding is waived. */
        WAIVED,
        /** In force and found nothing. */
        PASSED,
        /** Not in force on the as-of date. */
        NOT_APPLICABLE
    }

    /** One rule of a report and its outcome. */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Outcome(RuleDescriptor rule, List<Finding> findings, List<WaivedFinding> waived,
            String notApplicableReason) {

        /** What became of the rule. */
        public Status status() {
            if (notApplicableReason != null) {
                return Status.NOT_APPLICABLE;
            }
            if (!findings.isEmpty()) {
                return Status.FOUND;
            }
            return waived.isEmpty() ? Status.PASSED : Status.WAIVED;
        }
    }

    /** Every rule of {@code report}, ordered by pack and then rule id. */
    public static List<Outcome> of(ComplianceReport report) {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        report.findings().forEach(finding -> findings.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding));
        Map<String, List<WaivedFinding>> waived = new LinkedHashMap<>();
        report.waived().forEach(entry -> waived.computeIfAbsent(entry.finding().ruleId(), id -> new ArrayList<>()).add(entry));
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (RuleDescriptor rule : report.passed()) {
            outcomes.put(rule.id(), new Outcome(rule, List.of(), List.of(), null));
        }
        for (NotApplicableRule rule : report.notApplicable()) {
            outcomes.put(rule.rule().id(), new Outcome(rule.rule(), List.of(), List.of(), rule.reason()));
        }
        List<String> found = new ArrayList<>(findings.keySet());
        waived.keySet().stream().filter(id -> !findings.containsKey(id)).forEach(found::add);
        for (String id : found) {
            RuleDescriptor rule = descriptor(report, id, findings.getOrDefault(id, List.of()), waived.getOrDefault(id, List.of()));
            outcomes.put(id, new Outcome(rule, List.copyOf(findings.getOrDefault(id, List.of())),
                    List.copyOf(waived.getOrDefault(id, List.of())), null));
        }
        return outcomes.values().stream()
                .sorted(Comparator.comparing((Outcome outcome) -> outcome.rule().pack())
                        .thenComparing(outcome -> outcome.rule().id()))
                .toList();
    }

    /** Every rule of the packs {@code reports} applied, each once, ordered by id. */
    public static List<RuleDescriptor> catalogue(List<ComplianceReport> reports) {
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        for (ComplianceReport report : reports) {
            for (Outcome outcome : of(report)) {
                rules.putIfAbsent(outcome.rule().id(), outcome.rule());
            }
        }
        return rules.values().stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
    }

    private static RuleDescriptor descriptor(ComplianceReport report, String ruleId, List<Finding> findings,
            List<WaivedFinding> waived) {
        for (AppliedPack pack : report.packs()) {
            RuleDescriptor rule = catalogue(pack.id()).get(ruleId);
            if (rule != null) {
                return rule;
            }
        }
        // A pack not on this class path (reports read back from elsewhere): describe the rule by its finding.
        Finding finding = findings.isEmpty() ? waived.get(0).finding() : findings.get(0);
        String pack = !finding.pack().isEmpty() ? finding.pack()
                : report.packs().isEmpty() ? "unknown" : report.packs().get(0).id();
        return new RuleDescriptor(ruleId, finding.title(), finding.severity(), finding.citation(), report.asOf(), null,
                finding.remedy(), report.jurisdiction(), pack, EnumSet.allOf(DocumentKind.class), finding.basis());
    }

    private static Map<String, RuleDescriptor> catalogue(String packId) {
        return CATALOGUES.computeIfAbsent(packId, id -> {
            Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
            for (RulePack pack : RulePacks.available()) {
                if (pack.id().equals(id)) {
                    RulePacks.catalogue(pack).forEach(rule -> rules.put(rule.id(), rule));
                }
            }
            return Map.copyOf(rules);
        });
    }
}
