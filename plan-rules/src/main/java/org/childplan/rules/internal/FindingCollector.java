package org.childplan.rules.internal;

import org.apiguardian.api.API;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleDescriptor;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code findings} through which rules report.
 *
 * <p>A finding takes its rule id, title, severity, citation and remedy from the metadata of the rule that reports
 * it; the rule gives only the message and the plan element (or pointer) concerned.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FindingCollector {

    private final LoadedPack pack;
    private final PlanFacts facts;
    private final Function<String, Optional<SourceLocation>> locations;
    private final List<Finding> findings = new ArrayList<>();
    /** By rule id, how many times each element has been reported: the next report of it is of its next place. */
    private final Map<String, Map<Object, Integer>> reports = new HashMap<>();

    FindingCollector(LoadedPack pack, PlanFacts facts, Function<String, Optional<SourceLocation>> locations) {
        this.pack = pack;
        this.facts = facts;
        this.locations = locations;
    }

    /**
     * Reports that the plan element {@code element} (an object inserted from the plan) misses the rule. A rule that
     * matches one element per activation reports an object listed at several places once per place, each time at the
     * next place.
     */
    public void report(RuleContext rule, Object element, String message) {
        String ruleId = ruleId(rule);
        Map<Object, Integer> reported = reports.computeIfAbsent(ruleId, id -> new IdentityHashMap<>());
        int occurrence = reported.merge(element, 1, Integer::sum) - 1;
        add(ruleId, facts.pointerOf(element, occurrence), message);
    }

    /** Reports a finding at the JSON Pointer {@code pointer}, for a part of the plan that may be absent. */
    public void at(RuleContext rule, String pointer, String message) {
        add(ruleId(rule), pointer, message);
    }

    private void add(String ruleId, String pointer, String message) {
        RuleDescriptor descriptor = pack.rule(ruleId);
        findings.add(new Finding(
                descriptor.id(),
                descriptor.severity(),
                descriptor.title(),
                message,
                descriptor.citation(),
                pointer,
                locations.apply(pointer).orElse(null),
                descriptor.remedy()));
    }

    private static String ruleId(RuleContext rule) {
        return (String) rule.getRule().getMetaData().get(RuleMetadata.ID);
    }

    List<Finding> findings() {
        return findings;
    }
}
