package org.childplan.rules.internal;

import org.apiguardian.api.API;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.drools.core.common.InternalWorkingMemoryActions;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs the loaded packs of one jurisdiction over a plan and assembles the report.
 *
 * <p>Built once per checker and jurisdiction, it keeps what depends on the packs alone (the changes in their law,
 * their regimes), so that a check works out only what depends on the plan.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PackCheck {

    /** How many inserted facts wait before they are propagated; 256 to 1,024 measured best. */
    private static final int PROPAGATION_BATCH = 512;

    private final List<LoadedPack> packs;
    private final List<AppliedPack> applied;
    private final List<Regime> regimes;
    private final LawChanges lawChanges;

    private PackCheck(List<LoadedPack> packs) {
        this.packs = List.copyOf(packs);
        this.applied = this.packs.stream().map(LoadedPack::applied).toList();
        this.regimes = this.packs.stream().flatMap(pack -> pack.regimes().stream()).toList();
        this.lawChanges = LawChanges.of(this.packs);
    }

    /** A check by {@code packs}, which must not be empty. */
    public static PackCheck of(List<LoadedPack> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("a check needs at least one rule pack");
        }
        return new PackCheck(packs);
    }

    /** The packs this check applies. */
    public List<LoadedPack> packs() {
        return packs;
    }

    /** The packs this check applies, as a report names them. */
    public List<AppliedPack> applied() {
        return applied;
    }

    /**
     * Checks {@code plan} by the law of {@code jurisdiction} on {@code asOf}.
     *
     * @param source the plan's file name, or {@code null}
     * @param locations where each JSON Pointer is written in that file
     */
    public ComplianceReport run(
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
        // The facts depend on the plan and the date alone, so every pack's session is given the same ones.
        PlanFacts facts = PlanFacts.of(plan, new CheckContext(asOf, jurisdiction), coverage);
        for (LoadedPack pack : packs) {
            FindingCollector collector = new FindingCollector(pack, facts, locations);
            fire(pack, facts, collector, applicable(asOf, plan.kind(), pack));
            findings.addAll(collector.findings());
            Set<String> found = new HashSet<>();
            collector.findings().forEach(finding -> found.add(finding.ruleId()));
            for (RuleDescriptor rule : pack.rules()) {
                Optional<String> reason = rule.notInForceReason(asOf)
                        .or(() -> DocumentKindWords.notGovernedReason(rule, plan.kind()));
                if (reason.isPresent()) {
                    notApplicable.add(new NotApplicableRule(rule, reason.get()));
                } else if (!found.contains(rule.id())) {
                    passed.add(rule);
                }
            }
        }
        List<Regime> inForce = regimes.stream().filter(regime -> regime.isInForceOn(asOf)).toList();
        return new ComplianceReport(plan.id(), plan.title(), source, jurisdiction, asOf, applied, findings, passed,
                notApplicable, coverage, inForce, lawChanges.within(plan.period()), List.of(), List.of());
    }

    private static void fire(LoadedPack pack, PlanFacts facts, FindingCollector collector, AgendaFilter filter) {
        KieSession session = pack.newSession();
        try {
            session.setGlobal("findings", collector);
            // Each fact is a distinct place of the plan, inserted once and never updated or retracted, so the session's
            // identity map of its facts (which KieSession.insert consults and fills to make a second insertion of an
            // object a no-op) would only cost: a random access into a table as large as the plan for every fact,
            // a quarter of a large plan's check. insertAsync asserts the fact into the same network without it.
            InternalWorkingMemoryActions inserter = (InternalWorkingMemoryActions) session;
            int queued = 0;
            for (Object fact : facts.facts()) {
                if (pack.isMatchedByRules(fact)) {
                    inserter.insertAsync(fact);
                    // An inserted fact waits in a queue, with its handle and propagation context, until it is
                    // propagated; left to fireAllRules, a large plan's queue outgrows the processor's cache and each
                    // entry is fetched from memory again. Propagating (not firing: no rule sees part of the plan) in
                    // batches uses them while cached: 5% off a 10,000-action check, nothing lost on small plans.
                    if (++queued == PROPAGATION_BATCH) {
                        inserter.flushPropagations();
                        queued = 0;
                    }
                }
            }
            session.fireAllRules(filter);
        } finally {
            session.dispose();
        }
    }

    /**
     * Lets a rule fire only when it is in force on the as-of date and governs the plan's kind of document. Legal force
     * is judged against the as-of date, not the wall clock (so not with date-effective). A plan of no stated kind is
     * taken to be the statutory plan, which every rule governs.
     */
    private static AgendaFilter applicable(LocalDate asOf, DocumentKind kind, LoadedPack pack) {
        return match -> {
            RuleDescriptor rule = pack.rule((String) match.getRule().getMetaData().get(RuleMetadata.ID));
            return rule.isInForceOn(asOf) && rule.governs(kind);
        };
    }
}
