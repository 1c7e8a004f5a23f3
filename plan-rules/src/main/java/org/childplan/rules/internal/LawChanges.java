package org.childplan.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.childplan.model.Period;
import org.childplan.rules.LawChange;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;

/**
 * The days on which the law the packs encode changes, from the rules' and regimes' own in-force dates, each change
 * described in words. They depend on the packs alone, so they are worked out once for a set of packs and each check
 * picks those within its plan's period.
 *
 * <p>Only rules that rest on the law count: a local standard coming into force or ending is not a change in the law.
 */
final class LawChanges {

    private final List<LawChange> changes;

    private LawChanges(List<LawChange> changes) {
        this.changes = changes;
    }

    /** Every change in the law of {@code packs}, in date order. */
    static LawChanges of(List<LoadedPack> packs) {
        return of(packs.stream().flatMap(pack -> pack.rules().stream()).toList(),
                packs.stream().flatMap(pack -> pack.regimes().stream()).toList());
    }

    /** Every change in the law of {@code allRules} and {@code regimes}, in date order; local standards left out. */
    static LawChanges of(List<RuleDescriptor> allRules, List<Regime> regimes) {
        List<RuleDescriptor> rules = allRules.stream().filter(rule -> !rule.isLocalStandard()).toList();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (RuleDescriptor rule : rules) {
            if (rule.isComing()) {
                continue;
            }
            days.add(rule.inForceFrom());
            if (rule.inForceTo() != null) {
                days.add(rule.inForceTo().plusDays(1));
            }
        }
        return new LawChanges(days.stream().map(day -> change(day, rules, regimes)).toList());
    }

    /** The changes after the first day of {@code period} and up to its last; none when there is no period. */
    List<LawChange> within(Period period) {
        if (period == null || period.start() == null || period.end() == null) {
            return List.of();
        }
        List<LawChange> within = new ArrayList<>();
        for (LawChange change : changes) {
            if (change.date().isAfter(period.start()) && !change.date().isAfter(period.end())) {
                within.add(change);
            }
        }
        return within;
    }

    private static LawChange change(LocalDate day, List<RuleDescriptor> rules, List<Regime> regimes) {
        List<RuleDescriptor> stopping = rules.stream()
                .filter(rule -> rule.inForceTo() != null && rule.inForceTo().plusDays(1).equals(day)).toList();
        List<RuleDescriptor> starting = rules.stream().filter(rule -> day.equals(rule.inForceFrom())).toList();
        List<String> parts = new ArrayList<>();
        regimes.stream().filter(regime -> regime.inForceTo() != null && regime.inForceTo().plusDays(1).equals(day))
                .forEach(regime -> parts.add("the regime of " + regime.name() + " ended"));
        regimes.stream().filter(regime -> regime.inForceFrom().equals(day))
                .forEach(regime -> parts.add("the regime of " + regime.name() + " began"));
        if (!stopping.isEmpty()) {
            parts.add("the rules on " + provisions(stopping) + " stop applying: " + ids(stopping));
        }
        if (!starting.isEmpty()) {
            parts.add("the rules on " + provisions(starting) + " start applying: " + ids(starting));
        }
        return new LawChange(day, "On " + day + " " + String.join("; ", parts) + ".",
                stopping.stream().map(RuleDescriptor::id).toList(),
                starting.stream().map(RuleDescriptor::id).toList());
    }

    /** {@code Instrument (provision, provision) and Instrument (provision)}, each instrument once. */
    private static String provisions(List<RuleDescriptor> rules) {
        Map<String, List<String>> byInstrument = new LinkedHashMap<>();
        for (RuleDescriptor rule : rules) {
            List<String> provisions = byInstrument.computeIfAbsent(rule.citation().instrument(), key -> new ArrayList<>());
            if (!provisions.contains(rule.citation().provision())) {
                provisions.add(rule.citation().provision());
            }
        }
        return byInstrument.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + String.join(", ", entry.getValue()) + ")")
                .collect(Collectors.joining(" and "));
    }

    private static String ids(List<RuleDescriptor> rules) {
        return rules.stream().map(RuleDescriptor::id).collect(Collectors.joining(", "));
    }
}
