package org.childplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.childplan.cli.internal.Skeleton;
import org.childplan.model.Plan;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Evidence;
import org.childplan.rules.Finding;
import org.childplan.rules.MetRule;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleOutcome;

/**
 * Writes the comments of a skeleton template that the rule packs decide, so that a new rule needs no hand edit of the
 * skeletons: above each part, "Read by" names the rules that the skeleton meets (or that are not yet due) and that show
 * that part, as evidence or as the place of their finding; and the opening comment ends by naming the rules the
 * skeleton, as written, does not meet. The prose of each comment is the template's own.
 *
 * <p>A rule that applies but shows no part stays where the template names it, or is named above {@code id} (the plan
 * as a whole) when the template does not yet name it.
 */
final class SkeletonComments {

    /** The day the skeletons are judged on, and whose default start the comments are written for. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String NOT_MET = "# Not met as written";
    private static final String NOT_MET_LINE = NOT_MET + " (the values are examples; give the plan's own): ";
    private static final String READ_BY = "#   Read by:";
    private static final String CONTINUED = "#   ";
    private static final int WIDTH = 120;
    private static final Set<String> PARTS = Arrays.stream(Plan.class.getRecordComponents())
            .map(component -> component.getName()).collect(Collectors.toSet());
    private static final Pattern PART = Pattern.compile("^(?:# )?([a-zA-Z]+):.*");

    private SkeletonComments() {
    }

    /** The template as committed in the sources, which the class path copies when the module is built. */
    static Path source(Skeleton skeleton) {
        return Path.of("src/main/resources/org/childplan/cli/skeletons", skeleton.resourceName());
    }

    /** The template of {@code skeleton} as committed, with the comments the rule packs decide written again. */
    static String regenerate(Skeleton skeleton) {
        String template;
        try {
            template = Files.readString(source(skeleton), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rendered = render(skeleton, template);
        ComplianceReport report;
        try {
            report = PlanChecker.forJurisdiction(skeleton.jurisdiction())
                    .check(PlanDocuments.read(rendered, skeleton.resourceName()));
        } catch (PlanReadException e) {
            throw new AssertionError(skeleton.resourceName() + ": " + e.getMessage(), e);
        }
        Set<String> notMet = report.findings().stream().filter(finding -> finding.outcome() != RuleOutcome.NOT_YET_DUE)
                .map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<String>> shown = new LinkedHashMap<>();
        for (MetRule met : report.met()) {
            for (Evidence evidence : met.evidence()) {
                shown.computeIfAbsent(met.rule().id(), id -> new TreeSet<>()).addAll(part(evidence.pointer()));
            }
        }
        for (Finding finding : report.findings()) {
            shown.computeIfAbsent(finding.ruleId(), id -> new TreeSet<>()).addAll(part(finding.pointer()));
        }
        Set<String> applied = Stream.of(report.met().stream().map(met -> met.rule().id()),
                        report.findings().stream().map(Finding::ruleId),
                        report.nothingToCheck().stream().map(nothing -> nothing.rule().id()))
                .flatMap(ids -> ids).filter(id -> !notMet.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));

        Map<String, Set<String>> named = Skeleton.readBy(template);
        Map<String, Set<String>> readBy = new LinkedHashMap<>();
        for (String id : applied) {
            Set<String> parts = shown.getOrDefault(id, Set.of());
            if (parts.isEmpty()) {
                List<String> where = named.entrySet().stream().filter(part -> part.getValue().contains(id))
                        .map(Map.Entry::getKey).toList();
                parts = where.isEmpty() ? Set.of("id") : Set.copyOf(where);
            }
            parts.forEach(part -> readBy.computeIfAbsent(part, key -> new TreeSet<>()).add(id));
        }
        return write(strip(template), readBy, notMet, skeleton);
    }

    private static String render(Skeleton skeleton, String template) {
        Map<String, String> dates = skeleton.dates(skeleton.defaultStart(TODAY));
        Matcher matcher = Pattern.compile("\\{\\{([a-z-]+)}}").matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, dates.getOrDefault(matcher.group(1), matcher.group()));
        }
        return matcher.appendTail(text).toString();
    }

    private static Set<String> part(String pointer) {
        return pointer.isEmpty() ? Set.of() : Set.of(pointer.split("/")[1]);
    }

    /** The template's lines without the comments this class writes. */
    private static List<String> strip(String template) {
        List<String> kept = new ArrayList<>();
        boolean generated = false;
        for (String line : template.split("\n", -1)) {
            if (line.startsWith(READ_BY) || line.startsWith(NOT_MET)) {
                generated = true;
            } else if (!(generated && line.startsWith(CONTINUED))) {
                generated = false;
                kept.add(line);
            }
        }
        return kept;
    }

    private static String write(List<String> lines, Map<String, Set<String>> readBy, Set<String> notMet,
            Skeleton skeleton) {
        List<String> out = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        boolean opening = true;
        for (String line : lines) {
            if (opening && !line.startsWith("#")) {
                opening = false;
                if (!notMet.isEmpty()) {
                    out.addAll(wrapped(NOT_MET_LINE, notMet, "."));
                }
            }
            Matcher part = PART.matcher(line);
            if (part.matches() && PARTS.contains(part.group(1)) && readBy.containsKey(part.group(1))
                    && placed.add(part.group(1))) {
                out.addAll(wrapped(READ_BY + " ", readBy.get(part.group(1)), ""));
            }
            out.add(line);
        }
        Set<String> missing = new TreeSet<>(readBy.keySet());
        missing.removeAll(placed);
        if (!missing.isEmpty()) {
            throw new AssertionError(skeleton.resourceName() + ": rules read " + missing
                    + ", which the template does not write out or comment out as '# part:'");
        }
        return String.join("\n", out);
    }

    private static List<String> wrapped(String first, Set<String> ids, String end) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i++) {
            String word = all.get(i) + (i < all.size() - 1 ? "," : end);
            boolean fresh = line.length() == first.length() || line.toString().equals(CONTINUED);
            if (!fresh && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(CONTINUED);
                fresh = true;
            }
            line.append(fresh ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
