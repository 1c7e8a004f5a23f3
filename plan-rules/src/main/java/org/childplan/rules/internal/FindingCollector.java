package org.childplan.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.Evidence;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.spi.Findings;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code findings} of one pack's check: collects what its rules report.
 *
 * <p>A finding takes its rule id, title, severity, citation and remedy from the metadata of the rule that reports
 * it; the rule gives only the outcome, the message and the plan element (or pointer) concerned.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FindingCollector implements Findings {

    private final LoadedPack pack;
    private final PlanFacts facts;
    private final Function<String, Optional<SourceLocation>> locations;
    private final List<Finding> findings = new ArrayList<>();
    /** By rule id, the evidence of the rules that reported themselves met, in the order reported. */
    private final Map<String, Map<String, Evidence>> evidence = new LinkedHashMap<>();
    /** By rule id, what a rule with nothing to check looked for. */
    private final Map<String, String> nothingToCheck = new LinkedHashMap<>();
    /** By rule id, how many times each element has been reported: the next report of it is of its next place. */
    private final Map<String, Map<Object, Integer>> reports = new HashMap<>();

    /** By rule id, what the rules that failed while they were applied threw, the first failure of each. */
    private final Map<String, Throwable> failures = new LinkedHashMap<>();

    FindingCollector(LoadedPack pack, PlanFacts facts, Function<String, Optional<SourceLocation>> locations) {
        this.pack = pack;
        this.facts = facts;
        this.locations = locations;
    }

    @Override
    public void met(RuleContext rule, Object... elements) {
        met(rule, List.of(elements));
    }

    @Override
    public void evidencedBy(RuleContext rule, Collection<?> elements, String pointer, String message) {
        if (elements.isEmpty()) {
            notEvidenced(rule, pointer, message);
        } else {
            met(rule, elements);
        }
    }

    @Override
    public void met(RuleContext rule, Collection<?> elements) {
        Map<String, Evidence> found = evidence.computeIfAbsent(ruleId(rule), id -> new LinkedHashMap<>());
        for (Object element : elements) {
            String pointer = facts.pointerOf(element, 0);
            found.putIfAbsent(pointer, new Evidence(pointer, locations.apply(pointer).orElse(null)));
        }
    }

    @Override
    public void notMet(RuleContext rule, Object element, String message) {
        String ruleId = ruleId(rule);
        Map<Object, Integer> reported = reports.computeIfAbsent(ruleId, id -> new IdentityHashMap<>());
        int occurrence = reported.merge(element, 1, Integer::sum) - 1;
        add(ruleId, facts.pointerOf(element, occurrence), message, RuleOutcome.NOT_MET);
    }

    @Override
    public void notMetAt(RuleContext rule, String pointer, String message) {
        add(ruleId(rule), pointer, message, RuleOutcome.NOT_MET);
    }

    @Override
    public void notEvidenced(RuleContext rule, String pointer, String message) {
        add(ruleId(rule), pointer, message, RuleOutcome.NOT_EVIDENCED);
    }

    @Override
    public void notYetDue(RuleContext rule, String pointer, String message) {
        add(ruleId(rule), pointer, message, RuleOutcome.NOT_YET_DUE);
    }

    @Override
    public void nothingToCheck(RuleContext rule, String lookedFor) {
        nothingToCheck.putIfAbsent(ruleId(rule), lookedFor);
    }

    private void add(String ruleId, String pointer, String message, RuleOutcome outcome) {
        RuleDescriptor descriptor = pack.rule(ruleId);
        findings.add(new Finding(
                descriptor.id(),
                descriptor.severity(),
                descriptor.title(),
                message,
                descriptor.citation(),
                pointer,
                locations.apply(pointer).orElse(null),
                descriptor.remedy(),
                outcome,
                descriptor.basis(),
                descriptor.pack()));
    }

    private static String ruleId(RuleContext rule) {
        return (String) rule.getRule().getMetaData().get(RuleMetadata.ID);
    }

    /** Records that the rule of {@code match} threw {@code failure}: the rule has no verdict on the plan. */
    void failed(Match match, Throwable failure) {
        failures.putIfAbsent((String) match.getRule().getMetaData().get(RuleMetadata.ID), failure);
    }

    /** Records that every rule of the pack not yet failed, of {@code ruleIds}, was stopped by {@code failure}. */
    void failedAll(Collection<String> ruleIds, Throwable failure) {
        ruleIds.forEach(id -> failures.putIfAbsent(id, failure));
    }

    /** By rule id, what the rules that failed threw. */
    Map<String, Throwable> failures() {
        return failures;
    }

    List<Finding> findings() {
        return findings;
    }

    /** The evidence the rule {@code ruleId} named when it reported itself met; empty when it named none. */
    List<Evidence> evidenceOf(String ruleId) {
        Map<String, Evidence> found = evidence.get(ruleId);
        return found == null ? List.of() : List.copyOf(found.values());
    }

    /** What the rule {@code ruleId} looked for when it found nothing to check, if it said so. */
    Optional<String> nothingToCheckOf(String ruleId) {
        return Optional.ofNullable(nothingToCheck.get(ruleId));
    }
}
