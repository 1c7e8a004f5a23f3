package org.childplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.childplan.cli.internal.Candidates;
import org.childplan.cli.internal.Checkers;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RulePack> packs;
        if (jurisdiction == null) {
            packs = RulePacks.available();
        } else {
            Checkers.requirePack(jurisdiction);
            packs = RulePacks.forJurisdiction(jurisdiction);
        }
        boolean first = true;
        for (RulePack pack : packs) {
            if (!first) {
                out.println();
            }
            first = false;
            List<RuleDescriptor> rules = RulePacks.catalogue(pack);
            out.println(spec.commandLine().getColorScheme().ansi().apply(
                    pack.title() + " (" + pack.id() + " " + pack.version() + ", " + pack.jurisdiction() + "): "
                            + rules.size() + " rules", List.of(Style.bold)));
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
            }
        }
        out.flush();
        return ExitCode.PASSED.code();
    }

    private static String governs(RuleDescriptor rule) {
        return "governs " + (rule.documentKinds().size() == DocumentKind.values().length
                ? "any document"
                : rule.documentKinds().stream().map(DocumentKind::name).collect(Collectors.joining(", ")));
    }

    private static String inForce(RuleDescriptor rule) {
        return "in force " + rule.inForceFrom() + " to "
                + rule.inForceUntil().map(Object::toString).orElse("date").toLowerCase(Locale.ROOT);
    }
}
