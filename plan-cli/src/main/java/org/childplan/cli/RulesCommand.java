package org.childplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.childplan.cli.internal.Candidates;
import org.childplan.cli.internal.PackOptions;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
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
                    + " LOCAL_STANDARD for a standard the area has set itself). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--coming",
            description = "Only coming law: rules for law that is enacted but not yet in force on any known day, with"
                    + " how it will come into force. Such rules never run; reports list them.")
    private boolean comingOnly;

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
        if (wanted.equals("json")) {
            out.println(json(packs, comingOnly));
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
            out.println(spec.commandLine().getColorScheme().ansi().apply(
                    pack.title() + " (" + pack.id() + " " + pack.version() + ", " + pack.jurisdiction() + "): "
                            + rules.size() + (comingOnly ? " rules of coming law" : " rules"), List.of(Style.bold)));
            for (Regime regime : RulePacks.regimes(pack)) {
                out.println("  Regime: " + regime.name() + " (" + regime.instrument() + "), in force "
                        + regime.inForceFrom() + " to " + (regime.inForceTo() == null ? "date" : regime.inForceTo()));
            }
            int width = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(0);
            for (RuleDescriptor rule : rules) {
                out.printf(Locale.ROOT, "%-" + width + "s  %-7s  %s  %s%n", rule.id(), rule.severity(), inForce(rule),
                        rule.citation());
                out.println(" ".repeat(width + 2) + rule.title());
                out.println(" ".repeat(width + 2) + governs(rule));
                if (rule.isLocalStandard()) {
                    out.println(" ".repeat(width + 2) + "A local standard the area has set itself, not a duty of the law");
                }
            }
        }
        out.flush();
        return ExitCode.PASSED.code();
    }

    private static List<RuleDescriptor> selected(RulePack pack, boolean comingOnly) {
        return RulePacks.catalogue(pack).stream().filter(rule -> !comingOnly || rule.isComing()).toList();
    }

    private static String json(List<RulePack> packs, boolean comingOnly) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode rules = mapper.createArrayNode();
        for (RulePack pack : packs) {
            for (RuleDescriptor rule : selected(pack, comingOnly)) {
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
                node.put("pack", pack.id()).put("jurisdiction", pack.jurisdiction().name());
                node.put("basis", rule.basis().name());
            }
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
