package org.childplan.rules.internal;

import org.apiguardian.api.API;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Evidence;
import org.childplan.rules.Finding;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.rules.MetRule;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.NothingToCheck;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleError;
import org.childplan.rules.ThemeCoverage;
import org.childplan.rules.spi.CheckContext;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
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

    private final List<LoadedPack> packs;
    private final List<AppliedPack> applied;
    private final List<Regime> regimes;
    private final LawChanges lawChanges;
    private final Set<String> selected;
    private final List<RuleDescriptor> rules;

    private PackCheck(List<LoadedPack> packs, Set<String> selected) {
        requireUniqueRuleIds(packs);
        this.packs = List.copyOf(packs);
        this.selected = selected == null ? null : Set.copyOf(selected);
        this.rules = this.packs.stream().flatMap(pack -> pack.rules().stream()).filter(this::isSelected).toList();
        this.applied = this.packs.stream().map(LoadedPack::applied).toList();
        this.regimes = this.packs.stream().flatMap(pack -> pack.regimes().stream()).toList();
        this.lawChanges = LawChanges.of(this.packs);
    }

    /**
     * Refuses {@code packs} when two of them give one rule id to two rules.
     *
     * @throws IllegalArgumentException naming the id and both packs
     */
    public static void requireUniqueRuleIds(List<LoadedPack> packs) {
        Map<String, List<RuleDescriptor>> rules = new LinkedHashMap<>();
        packs.forEach(pack -> rules.put("'" + pack.pack().id() + "'", pack.rules()));
        RuleIds.requireUnique(rules);
    }

    /** A check by every rule of {@code packs}, which must not be empty. */
    public static PackCheck of(List<LoadedPack> packs) {
        return of(packs, null);
    }

    /**
     * A check by the rules of {@code packs} whose ids are in {@code selected}, or by all their rules when
     * {@code selected} is {@code null}; {@code packs} must not be empty. The other rules do not fire and are not
     * reported; the regimes and the changes in the law are those of the whole packs.
     */
    public static PackCheck of(List<LoadedPack> packs, Set<String> selected) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("a check needs at least one rule pack");
        }
        return new PackCheck(packs, selected);
    }

    /** The packs this check applies. */
    public List<LoadedPack> packs() {
        return packs;
    }

    /** The rules this check runs, ordered by pack and rule id. */
    public List<RuleDescriptor> rules() {
        return rules;
    }

    private boolean isSelected(RuleDescriptor rule) {
        return selected == null || selected.contains(rule.id());
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
        List<AimCoverage> coverage = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<MetRule> met = new ArrayList<>();
        List<NothingToCheck> nothingToCheck = new ArrayList<>();
        List<NotApplicableRule> notApplicable = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        CheckContext context = new CheckContext(asOf, jurisdiction);
        // The plan's facts depend on the plan and the date alone, so every pack's session is given the same ones.
        PlanFacts facts = PlanFacts.of(plan, context);
        // Each pack's own facts, first for every pack: the public ones (the coverage of the aims) are facts of every
        // check, so each pack's rules see those another pack of the jurisdiction works out.
        Map<LoadedPack, List<Object>> factsByPack = new LinkedHashMap<>();
        Map<LoadedPack, RuntimeException> factsFailed = new LinkedHashMap<>();
        for (LoadedPack pack : packs) {
            try {
                factsByPack.put(pack, List.copyOf(pack.pack().facts(plan, context)));
            } catch (RuntimeException failure) {
                factsByPack.put(pack, List.of());
                factsFailed.put(pack, failure);
            } catch (LinkageError failure) {
                throw cannotLink(pack, failure);
            }
        }
        for (LoadedPack pack : packs) {
            List<Object> packFacts = new ArrayList<>(factsByPack.get(pack));
            packFacts.stream().filter(AimCoverage.class::isInstance).map(AimCoverage.class::cast).forEach(coverage::add);
            factsByPack.forEach((other, otherFacts) -> {
                if (other != pack) {
                    otherFacts.stream().filter(AimCoverage.class::isInstance).forEach(packFacts::add);
                }
            });
            FindingCollector collector = new FindingCollector(pack, facts, locations);
            if (factsFailed.containsKey(pack)) {
                // The pack's own facts could not be worked out: none of its rules can be applied.
                collector.failedAll(pack.rules().stream().map(RuleDescriptor::id).toList(), factsFailed.get(pack));
            } else {
                fire(pack, facts, packFacts, collector, applicable(asOf, plan.kind(), pack));
            }
            findings.addAll(collector.findings());
            Set<String> found = new HashSet<>();
            collector.findings().forEach(finding -> found.add(finding.ruleId()));
            for (RuleDescriptor rule : pack.rules()) {
                if (!isSelected(rule)) {
                    continue;
                }
                // Coming law is listed as coming only for the kinds of document it will govern.
                Optional<String> reason = rule.isComing()
                        ? DocumentKindWords.notGovernedReason(rule, plan.kind()).or(() -> rule.notInForceReason(asOf))
                        : rule.notInForceReason(asOf).or(() -> DocumentKindWords.notGovernedReason(rule, plan.kind()));
                if (reason.isPresent()) {
                    notApplicable.add(new NotApplicableRule(rule, reason.get()));
                } else if (collector.failures().containsKey(rule.id())) {
                    // A rule that failed has no verdict: it is reported as an error of its pack, never as met.
                    errors.add(RuleError.of(rule, collector.failures().get(rule.id())));
                } else if (!found.contains(rule.id())) {
                    List<Evidence> evidence = collector.evidenceOf(rule.id());
                    Optional<String> lookedFor = collector.nothingToCheckOf(rule.id());
                    if (evidence.isEmpty() && lookedFor.isPresent()) {
                        nothingToCheck.add(new NothingToCheck(rule, lookedFor.get()));
                    } else {
                        met.add(new MetRule(rule, evidence));
                    }
                }
            }
        }
        List<Regime> inForce = regimes.stream().filter(regime -> regime.isInForceOn(asOf)).toList();
        return new ComplianceReport(plan.id(), plan.title(), source, jurisdiction, asOf, applied, findings, met,
                nothingToCheck, notApplicable, coverage, inForce, lawChanges.within(plan.period()), List.of(),
                List.of(), plan.recordIsComplete(), ThemeCoverage.of(plan), errors);
    }

    /**
     * Fires the rules of {@code pack}. A rule whose consequence throws is recorded as failed and the others fire; should the engine itself stop (a condition that throws), every
     * applicable rule of the pack that has not reported is recorded as failed, and the other packs still run.
     */
    private void fire(
            LoadedPack pack, PlanFacts facts, List<Object> packFacts, FindingCollector collector, AgendaFilter filter) {
        KieSession session = pack.newSession();
        try {
            session.setGlobal("findings", collector);
            facts.facts().forEach(session::insert);
            packFacts.forEach(session::insert);
            // A consequence that throws stops the firing; the match that threw has left the agenda, so firing again
            // goes on with the other matches. Each round removes at least one match, and the agenda is finite.
            while (true) {
                try {
                    session.fireAllRules(filter);
                    break;
                } catch (ConsequenceException failure) {
                    if (failure.getCause() instanceof LinkageError linkage) {
                        throw cannotLink(pack, linkage);
                    }
                    collector.failed(failure.getMatch(), failure.getCause() == null ? failure : failure.getCause());
                }
            }
        } catch (LinkageError failure) {
            throw cannotLink(pack, failure);
        } catch (InvalidRulePackException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            if (failure.getCause() instanceof LinkageError linkage) {
                throw cannotLink(pack, linkage);
            }
            Set<String> reported = new HashSet<>();
            collector.findings().forEach(finding -> reported.add(finding.ruleId()));
            collector.failedAll(pack.rules().stream()
                    .map(RuleDescriptor::id)
                    .filter(id -> isSelected(pack.rule(id)) && !reported.contains(id) && collector.evidenceOf(id).isEmpty())
                    .toList(), failure);
        } finally {
            session.dispose();
        }
    }

    /**
     * A pack whose classes cannot link while it is applied is unusable, not a rule that failed on this plan: it would
     * fail on every plan, and the message names the class missing.
     */
    private static InvalidRulePackException cannotLink(LoadedPack pack, LinkageError failure) {
        return InvalidRulePackException.of(pack.pack(), "rule pack '" + pack.pack().id() + "': "
                + PackContract.linkageProblem(failure), failure);
    }

    /**
     * Lets a rule fire only when it is selected, in force on the as-of date and governs the plan's kind of document.
     * Legal force is judged against the as-of date, not the wall clock (so not with date-effective). A plan of no
     * stated kind is taken to be the statutory plan, which every rule governs.
     */
    private AgendaFilter applicable(LocalDate asOf, DocumentKind kind, LoadedPack pack) {
        return match -> {
            RuleDescriptor rule = pack.rule((String) match.getRule().getMetaData().get(RuleMetadata.ID));
            return isSelected(rule) && rule.isInForceOn(asOf) && rule.governs(kind);
        };
    }
}
