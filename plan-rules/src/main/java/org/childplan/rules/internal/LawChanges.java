package org.childplan.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.childplan.model.Period;
import org.childplan.rules.LawChange;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;

/**
 * Finds the days within a plan's period on which the law the packs encode changes, from the rules' and regimes' own
 * in-force dates, and describes each change in words.
 */
final class LawChanges {

    private LawChanges() {
    }

    /** The changes after the first day of {@code period} and up to its last; none when there is no period. */
    static List<LawChange> within(Period period, List<LoadedPack> packs) {
        if (period == null || period.start() == null || period.end() == null) {
            return List.of();
        }
        List<RuleDescriptor> rules = packs.stream().flatMap(pack -> pack.rules().stream()).toList();
        List<Regime> regimes = packs.stream().flatMap(pack -> pack.regimes().stream()).toList();
        TreeMap<LocalDate, Boolean> days = new TreeMap<>();
        for (RuleDescriptor rule : rules) {
            days.put(rule.inForceFrom(), true);
            if (rule.inForceTo() != null) {
                days.put(rule.inForceTo().plusDays(1), true);
            }
        }
        List<LawChange> changes = new ArrayList<>();
        for (LocalDate day : days.keySet()) {
            if (day.isAfter(period.start()) && !day.isAfter(period.end())) {
                changes.add(change(day, rules, regimes));
            }
        }
        return changes;
    }

    private static LawChange change(LocalDate day, List<RuleDescriptor> rules, List<Regime> regimes) {
        List<RuleDescriptor> stopping = rules.stream()
                .filter(rule -> rule.inForceTo() != null && rule.inForceTo().plusDays(1).equals(day)).toList();
        List<RuleDescriptor> starting = rules.stream().filter(rule -> rule.inForceFrom().equals(day)).toList();
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
