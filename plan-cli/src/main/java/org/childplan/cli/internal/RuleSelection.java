package org.childplan.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;

/**
 * The rules a check counts, chosen with {@code --rule} and {@code --skip-rule}: ids or globs ({@code *} any run of
 * characters, {@code ?} one), compared ignoring case.
 *
 * <p>It applies as a filter of each report: the findings, waived findings, met rules and rules with nothing to check
 * of a rule not selected are left out, and the rule is listed among the rules not applied with the reason
 * {@link #SKIPPED_REASON}, so that every report still names every rule once and says which were skipped.
 *
 * @param rules the ids or globs of the rules to count; empty for every rule
 * @param skippedRules the ids or globs of the rules not to count, even when {@code rules} selects them
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record RuleSelection(List<String> rules, List<String> skippedRules) {

    /** The reason a report gives for a rule left out by the selection. */
    public static final String SKIPPED_REASON = "skipped: not selected for this check (--rule, --skip-rule)";

    /** Copies the lists; {@code null} is none. */
    public RuleSelection {
        rules = rules == null ? List.of() : List.copyOf(rules);
        skippedRules = skippedRules == null ? List.of() : List.copyOf(skippedRules);
    }

    /** Whether every rule is counted. */
    public boolean selectsAll() {
        return rules.isEmpty() && skippedRules.isEmpty();
    }

    /** Whether the rule {@code ruleId} is counted. */
    public boolean selects(String ruleId) {
        return (rules.isEmpty() || rules.stream().anyMatch(glob -> matches(glob, ruleId)))
                && skippedRules.stream().noneMatch(glob -> matches(glob, ruleId));
    }

    /**
     * Checks that each id or glob names a rule of the catalogue, so that a mistyped id does not silently count
     * nothing.
     *
     * @throws BadInputException naming the option, the value and the nearest rule ids
     */
    public void requireEachMatches(Collection<String> ruleIds) {
        List<String> problems = new ArrayList<>();
        unmatched("--rule", rules, ruleIds, problems);
        unmatched("--skip-rule", skippedRules, ruleIds, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join(System.lineSeparator(), problems));
        }
    }

    private static void unmatched(String option, List<String> globs, Collection<String> ruleIds,
            List<String> problems) {
        for (String glob : globs) {
            if (ruleIds.stream().noneMatch(id -> matches(glob, id))) {
                problems.add(option + " " + glob + ": matches no rule" + Suggestions.didYouMean(glob, ruleIds)
                        + "; 'childplan rules' lists them");
            }
        }
    }

    /**
     * Checks that the selection counts at least one rule of the plans checked, so that a check choosing only rules
     * of another jurisdiction's pack (or skipping every rule it chose) does not pass having checked nothing.
     *
     * @param ruleIds the ids of every rule the packs that checked the plans hold
     * @param checked what checked the plans, to name in the message: their jurisdictions
     * @throws BadInputException naming the {@code --rule} and {@code --skip-rule} values, when none of
     *     {@code ruleIds} is selected
     */
    public void requireSelectsAny(Collection<String> ruleIds, String checked) {
        if (selectsAll() || ruleIds.isEmpty() || ruleIds.stream().anyMatch(this::selects)) {
            return;
        }
        throw new BadInputException(options() + ": selects none of the " + ruleIds.size() + " rules of the packs that"
                + " checked the plans (" + checked + "), so nothing would be checked; 'childplan rules' lists the"
                + " rules of each pack");
    }

    /**
     * The {@code --rule} values that match none of {@code ruleIds}, the rules of the packs that checked the plans:
     * each selects nothing in this check (though it names a rule of another pack).
     */
    public List<String> rulesMatchingNone(Collection<String> ruleIds) {
        return rules.stream().filter(glob -> ruleIds.stream().noneMatch(id -> matches(glob, id))).toList();
    }

    /** The options that made the selection, as given: {@code --rule A --skip-rule B}. */
    private String options() {
        List<String> options = new ArrayList<>();
        rules.forEach(glob -> options.add("--rule " + glob));
        skippedRules.forEach(glob -> options.add("--skip-rule " + glob));
        return String.join(" ", options);
    }

    /** {@code report} with only the selected rules' findings and outcomes; the others listed as skipped. */
    public ComplianceReport apply(ComplianceReport report) {
        return apply(report, RulePacks.catalogue());
    }

    /**
     * {@code report} with only the selected rules' findings and outcomes; the others listed as skipped, described as
     * {@code rules} describes them.
     */
    public ComplianceReport apply(ComplianceReport report, List<RuleDescriptor> rules) {
        if (selectsAll()) {
            return report;
        }
        Map<String, RuleDescriptor> catalogue = rules.stream()
                .collect(Collectors.toMap(RuleDescriptor::id, Function.identity(), (first, second) -> first));
        Map<String, NotApplicableRule> skipped = new LinkedHashMap<>();
        report.findings().stream().filter(finding -> !selects(finding.ruleId()))
                .forEach(finding -> skip(finding.ruleId(), catalogue, skipped));
        report.waived().stream().filter(waived -> !selects(waived.finding().ruleId()))
                .forEach(waived -> skip(waived.finding().ruleId(), catalogue, skipped));
        report.met().stream().filter(met -> !selects(met.rule().id()))
                .forEach(met -> skipped.putIfAbsent(met.rule().id(), new NotApplicableRule(met.rule(), SKIPPED_REASON)));
        report.nothingToCheck().stream().filter(rule -> !selects(rule.rule().id()))
                .forEach(rule -> skipped.putIfAbsent(rule.rule().id(), new NotApplicableRule(rule.rule(), SKIPPED_REASON)));
        report.notApplicable().stream().filter(rule -> !selects(rule.rule().id()))
                .forEach(rule -> skipped.putIfAbsent(rule.rule().id(), new NotApplicableRule(rule.rule(), SKIPPED_REASON)));
        List<NotApplicableRule> notApplicable = new ArrayList<>(report.notApplicable().stream()
                .filter(rule -> selects(rule.rule().id())).toList());
        notApplicable.addAll(skipped.values());
        return new ComplianceReport(report.planId(), report.planTitle(), report.source(), report.jurisdiction(),
                report.asOf(), report.packs(),
                report.findings().stream().filter(finding -> selects(finding.ruleId())).toList(),
                report.met().stream().filter(met -> selects(met.rule().id())).toList(),
                report.nothingToCheck().stream().filter(rule -> selects(rule.rule().id())).toList(),
                notApplicable, report.coverage(), report.regimes(), report.lawChanges(),
                report.waived().stream().filter(waived -> selects(waived.finding().ruleId())).toList(),
                report.waiverNotices(), report.completeRecord(), report.themes(),
                report.ruleErrors().stream().filter(error -> selects(error.rule().id())).toList());
    }

    private static void skip(String ruleId, Map<String, RuleDescriptor> catalogue,
            Map<String, NotApplicableRule> skipped) {
        RuleDescriptor rule = catalogue.get(ruleId);
        if (rule != null) {
            skipped.putIfAbsent(ruleId, new NotApplicableRule(rule, SKIPPED_REASON));
        }
    }

    private static boolean matches(String glob, String ruleId) {
        return Suggestions.globMatches(glob, ruleId);
    }
}
