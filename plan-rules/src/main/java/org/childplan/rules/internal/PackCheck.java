package org.childplan.rules.internal;

import org.apiguardian.api.API;
import org.apiguardian.api.API;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs loaded packs over one plan and assembles the report.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PackCheck {

    private PackCheck() {
    }

    /**
     * Checks {@code plan} with {@code packs} by the law of {@code jurisdiction} on {@code asOf}.
     *
     * @param source the plan's file name, or {@code null}
     * @param locations where each JSON Pointer is written in that file
     */
    public static ComplianceReport run(
            List<LoadedPack> packs,
            Plan plan,
            Jurisdiction jurisdiction,
            LocalDate asOf,
            String source,
            Function<String, Optional<SourceLocation>> locations) {
        // The coverage matrix is of the five aims of s9(2) of the Children and Young People (Scotland) Act 2014; other
        // jurisdictions' law has no such aims, and rows of empty Scottish aims would mislead.
        List<AimCoverage> coverage = jurisdiction == Jurisdiction.SCOTLAND ? Coverage.of(plan) : List.of();
        List<Finding> findings = new ArrayList<>();
        List<RuleDescriptor> passed = new ArrayList<>();
        List<NotApplicableRule> notApplicable = new ArrayList<>();
        for (LoadedPack pack : packs) {
            PlanFacts facts = PlanFacts.of(plan, new CheckContext(asOf, jurisdiction), coverage);
            FindingCollector collector = new FindingCollector(pack, facts, locations);
            fire(pack, facts, collector, inForceOn(asOf, pack));
            findings.addAll(collector.findings());
            Set<String> found = new HashSet<>();
            collector.findings().forEach(finding -> found.add(finding.ruleId()));
            for (RuleDescriptor rule : pack.rules()) {
                Optional<String> reason = rule.notInForceReason(asOf);
                if (reason.isPresent()) {
                    notApplicable.add(new NotApplicableRule(rule, reason.get()));
                } else if (!found.contains(rule.id())) {
                    passed.add(rule);
                }
            }
        }
        List<Regime> regimes = packs.stream().flatMap(pack -> pack.regimes().stream())
                .filter(regime -> regime.isInForceOn(asOf))
                .toList();
        return new ComplianceReport(plan.id(), plan.title(), source, jurisdiction, asOf,
                packs.stream().map(LoadedPack::applied).toList(), findings, passed, notApplicable, coverage,
                regimes, LawChanges.within(plan.period(), packs), List.of(), List.of());
    }

    private static void fire(LoadedPack pack, PlanFacts facts, FindingCollector collector, AgendaFilter filter) {
        KieSession session = pack.newSession();
        try {
            session.setGlobal("findings", collector);
            for (Object fact : facts.facts()) {
                if (pack.isMatchedByRules(fact)) {
                    session.insert(fact);
                }
            }
            session.fireAllRules(filter);
        } finally {
            session.dispose();
        }
    }

    /** Legal force is judged against the as-of date, not the wall clock (so not with date-effective). */
    private static AgendaFilter inForceOn(LocalDate asOf, LoadedPack pack) {
        return match -> pack.rule((String) match.getRule().getMetaData().get(RuleMetadata.ID)).isInForceOn(asOf);
    }
}
