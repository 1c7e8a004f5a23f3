package org.childplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.childplan.cli.internal.Candidates;
import org.childplan.cli.internal.RuleCatalogue;
import org.childplan.cli.internal.IsoDateConverter;
import org.childplan.cli.internal.PackOptions;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.reports.SafeText;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code childplan rules}: the catalogue of rules, read from the rule packs themselves. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        usageHelpAutoWidth = true,
        description = "Lists the rules of each rule pack: id, severity, the dates it is in force, its legal source,"
                + " what it requires and the kinds of document it governs.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--jurisdiction", paramLabel = "J", completionCandidates = Candidates.Jurisdictions.class,
            description = "Only this jurisdiction's packs: ${COMPLETION-CANDIDATES}. Default: every pack.")
    private Jurisdiction jurisdiction;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json: an array of the rules, each with id, title, severity, citation (instrument,"
                    + " provision, url), inForceFrom (absent for law not yet in force), inForceTo (absent while in"
                    + " force), commencement (when recorded), documentKinds, pack, jurisdiction and basis (LAW, or"
                    + " LOCAL_STANDARD for a standard the area has set itself), catalogue (the rule catalogue entry, when"
                    + " named) and, with --read-before, read (the day the entry's text was read, absent when not"
                    + " recorded). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--coming",
            description = "Only coming law: rules for law that is enacted but not yet in force on any known day, with"
                    + " how it will come into force. Such rules never run; reports list them.")
    private boolean comingOnly;

    @Option(names = "--read-before", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "Only the rules whose rule catalogue entry (docs/legal/catalogue.yaml) was last read before"
                    + " DATE (YYYY-MM-DD), oldest first, with the day it was read, so that a reviewer re-checks the"
                    + " oldest first. Entries that record no day are listed first; rules that name no entry are not"
                    + " listed.")
    private LocalDate readBefore;

    @Mixin
    private PackOptions packOptions;

    @Override
    public Integer call() {
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("text") && !wanted.equals("json")) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "': expected text or json");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RulePack> packs;
        if (jurisdiction == null) {
            packs = packOptions.all();
        } else {
            packOptions.requirePack(jurisdiction);
            packs = packOptions.forJurisdiction(jurisdiction);
        }
        if (readBefore != null) {
            return readBefore(packs, wanted, out);
        }
        if (wanted.equals("json")) {
            List<RuleDescriptor> rules = new ArrayList<>();
            packs.forEach(pack -> rules.addAll(selected(pack, comingOnly)));
            out.println(json(rules, null));
            out.flush();
            return ExitCode.PASSED.code();
        }
        boolean first = true;
        for (RulePack pack : packs) {
            if (!first) {
                out.println();
            }
            first = false;
            List<RuleDescriptor> rules = selected(pack, comingOnly);
            // What a pack says of itself and of its rules is printed as check prints it: escaped, so that a pack cannot
            // steer the terminal or a CI log.
            out.println(spec.commandLine().getColorScheme().ansi().apply(SafeText.forDisplay(
                    pack.title() + " (" + pack.id() + " " + pack.version() + ", " + pack.jurisdiction() + "): "
                            + rules.size() + (comingOnly ? " rules of coming law" : " rules")), List.of(Style.bold)));
            for (Regime regime : RulePacks.regimes(pack)) {
                out.println(SafeText.forDisplay("  Regime: " + regime.name() + " (" + regime.instrument()
                        + "), in force " + regime.inForceFrom() + " to "
                        + (regime.inForceTo() == null ? "date" : regime.inForceTo())));
            }
            int width = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(0);
            for (RuleDescriptor rule : rules) {
                out.println(SafeText.forDisplay(String.format(Locale.ROOT, "%-" + width + "s  %-7s  %s  %s",
                        rule.id(), rule.severity(), inForce(rule), rule.citation())));
                out.println(SafeText.forDisplay(" ".repeat(width + 2) + rule.title()));
                out.println(SafeText.forDisplay(" ".repeat(width + 2) + governs(rule)));
                if (rule.isLocalStandard()) {
                    out.println(" ".repeat(width + 2) + "A local standard the area has set itself, not a duty of the law");
                }
            }
        }
        out.flush();
        return ExitCode.PASSED.code();
    }

    /** The rules whose catalogue entry was last read before {@link #readBefore}, those with no day first. */
    private int readBefore(List<RulePack> packs, String wanted, PrintWriter out) {
        RuleCatalogue reads = RuleCatalogue.shipped();
        List<RuleDescriptor> rules = new ArrayList<>();
        int unnamed = 0;
        for (RulePack pack : packs) {
            for (RuleDescriptor rule : selected(pack, comingOnly)) {
                String entry = rule.catalogueEntry().orElse(null);
                if (entry == null || !reads.holds(entry)) {
                    unnamed++;
                } else if (reads.lastRead(entry).map(read -> read.isBefore(readBefore)).orElse(true)) {
                    rules.add(rule);
                }
            }
        }
        Comparator<RuleDescriptor> oldestFirst = Comparator.comparing(
                (RuleDescriptor rule) -> reads.lastRead(rule.catalogueEntry().orElseThrow()).orElse(LocalDate.MIN))
                .thenComparing(RuleDescriptor::id);
        rules.sort(oldestFirst);
        if (wanted.equals("json")) {
            out.println(json(rules, reads));
            out.flush();
            return ExitCode.PASSED.code();
        }
        out.println(spec.commandLine().getColorScheme().ansi().apply("Rules whose catalogue entry was last read before "
                + readBefore + ": " + rules.size() + ", oldest first", List.of(Style.bold)));
        int width = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(0);
        int entryWidth = rules.stream().mapToInt(rule -> rule.catalogueEntry().orElseThrow().length()).max().orElse(0);
        for (RuleDescriptor rule : rules) {
            String entry = rule.catalogueEntry().orElseThrow();
            out.println(SafeText.forDisplay(String.format(Locale.ROOT,
                    "%-12s  %-" + width + "s  %-7s  %-" + entryWidth + "s  %s",
                    reads.lastRead(entry).map(LocalDate::toString).orElse("not recorded"), rule.id(), rule.severity(),
                    entry, rule.citation())));
        }
        if (unnamed > 0) {
            out.println(unnamed + (unnamed == 1 ? " rule names" : " rules name")
                    + " no entry of the rule catalogue and " + (unnamed == 1 ? "is" : "are") + " not listed.");
        }
        out.flush();
        return ExitCode.PASSED.code();
    }

    private static List<RuleDescriptor> selected(RulePack pack, boolean comingOnly) {
        return RulePacks.catalogue(pack).stream().filter(rule -> !comingOnly || rule.isComing()).toList();
    }

    /** The rules as JSON; with {@code reads}, each says when its catalogue entry was read. */
    private static String json(List<RuleDescriptor> selected, RuleCatalogue reads) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode rules = mapper.createArrayNode();
        for (RuleDescriptor rule : selected) {
            ObjectNode node = rules.addObject()
                    .put("id", rule.id())
                    .put("title", rule.title())
                    .put("severity", rule.severity().name());
            ObjectNode citation = node.putObject("citation")
                    .put("instrument", rule.citation().instrument())
                    .put("provision", rule.citation().provision());
            if (rule.citation().url() != null) {
                citation.put("url", rule.citation().url());
            }
            rule.inForceSince().ifPresent(since -> node.put("inForceFrom", since.toString()));
            rule.commencementNote().ifPresent(note -> node.put("commencement", note));
            rule.inForceUntil().ifPresent(until -> node.put("inForceTo", until.toString()));
            ArrayNode kinds = node.putArray("documentKinds");
            rule.documentKinds().stream().sorted().forEach(kind -> kinds.add(kind.name()));
            node.put("pack", rule.pack()).put("jurisdiction", rule.jurisdiction().name());
            node.put("basis", rule.basis().name());
            rule.catalogueEntry().ifPresent(entry -> {
                node.put("catalogue", entry);
                if (reads != null) {
                    reads.lastRead(entry).ifPresent(read -> node.put("read", read.toString()));
                }
            });
        }
        try {
            return mapper.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String governs(RuleDescriptor rule) {
        return "governs " + (rule.documentKinds().size() == DocumentKind.values().length
                ? "any document"
                : rule.documentKinds().stream().map(DocumentKind::name).collect(Collectors.joining(", ")));
    }

    private static String inForce(RuleDescriptor rule) {
        if (rule.isComing()) {
            return rule.inForceInWords();
        }
        return "in force " + rule.inForceFrom() + " to "
                + rule.inForceUntil().map(Object::toString).orElse("date").toLowerCase(Locale.ROOT);
    }
}
