package org.childplan.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.cli.internal.BadInputException;
import org.childplan.cli.internal.RuleCatalogue;
import org.childplan.cli.internal.Skeleton;
import org.childplan.cli.internal.Suggestions;
import org.childplan.model.DocumentKind;
import org.childplan.reports.SafeText;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Severity;
import org.childplan.rules.spi.RulePack;
import org.childplan.rules.spi.ReviewCriterion;
import org.childplan.cli.internal.PackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code childplan explain RULE-ID}: one rule, its law, what it asks and how to meet it. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        usageHelpAutoWidth = true,
        description = "Explains one rule: its title, legal source with a link, severity and what it means, the dates"
                + " it is in force, the kinds of document it governs, the remedy, the evidence that meets it (the parts"
                + " of a plan it reads, as YAML from the skeleton 'childplan init' writes), and the criteria of a"
                + " national review of plans it counts towards. An unknown id exits with 2 and names the ids that start"
                + " with it, contain it or are nearest it; a glob that matches several rules exits with 2 and names"
                + " them.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", description = "A rule id as 'childplan rules' lists it (case ignored), or a"
            + " glob (* any characters, ? one) that matches one rule.")
    private String ruleId;

    @Mixin
    private PackOptions packOptions;

    /** How many ids a glob's matches are listed with before the rest are counted. */
    private static final int MATCHES_LISTED = 10;

    @Override
    public Integer call() {
        List<RulePack> packs = packOptions.all();
        String wanted = ruleId.strip();
        List<String> ids = Suggestions.isGlob(wanted)
                ? Suggestions.matching(wanted, packOptions.catalogue().stream().map(RuleDescriptor::id).toList())
                : List.of(wanted);
        if (ids.size() == 1) {
            for (RulePack pack : packs) {
                for (RuleDescriptor rule : RulePacks.catalogue(pack)) {
                    if (rule.id().equalsIgnoreCase(ids.get(0))) {
                        explain(pack, rule);
                        return ExitCode.PASSED.code();
                    }
                }
            }
        }
        if (ids.size() > 1) {
            throw new BadInputException(ruleId + ": explain takes one rule id; the glob matches " + ids.size()
                    + " rules: " + String.join(", ", ids.subList(0, Math.min(ids.size(), MATCHES_LISTED)))
                    + (ids.size() > MATCHES_LISTED ? " and " + (ids.size() - MATCHES_LISTED) + " more" : "")
                    + "; 'childplan rules' lists them");
        }
        List<String> known = packOptions.catalogue().stream().map(RuleDescriptor::id).toList();
        throw new BadInputException(ruleId + (Suggestions.isGlob(wanted) ? ": matches no rule" : ": no such rule")
                + Suggestions.didYouMean(wanted, known) + "; 'childplan rules' lists them");
    }

    private void explain(RulePack pack, RuleDescriptor rule) {
        PrintWriter out = spec.commandLine().getOut();
        print(out, rule.id() + " \u2014 " + rule.title());
        // Practice (INFO) rests on no statute or guidance, so its source is not called a legal one, as in the reports.
        boolean legalSource = !rule.isLocalStandard() && rule.severity() != Severity.INFO;
        print(out, (legalSource ? "  Legal source: " : "  Source:       ") + rule.citation().instrument()
                + ", " + rule.citation().provision()
                + (rule.citation().url() == null ? "" : " <" + rule.citation().url() + ">"));
        Optional<RuleCatalogue.Entry> entry = rule.isLocalStandard() ? Optional.empty()
                : rule.catalogueEntry().flatMap(RuleCatalogue.shipped()::entry);
        entry.ifPresent(read -> words(out, read));
        if (rule.isLocalStandard()) {
            print(out, "  Basis:        a local standard of " + pack.title() + ", which the area has set itself;"
                    + " not a duty the law places on the plan");
            print(out, "  Severity:     " + rule.severity() + " \u2014 the weight the area gives the standard; a"
                    + " finding fails the check at --fail-on " + rule.severity().name().toLowerCase(Locale.ROOT)
                    + " or lighter");
        } else {
            print(out, "  Basis:        " + basis(rule.severity(), entry.flatMap(RuleCatalogue.Entry::operative)));
            print(out, "  Severity:     " + rule.severity() + " \u2014 " + meaning(rule.severity()));
        }
        print(out, "  In force:     " + (rule.isComing() ? rule.inForceInWords()
                : "from " + rule.inForceFrom() + rule.inForceUntil().map(until -> " to " + until)
                        .orElse(", still in force")));
        rule.commencementNote().filter(note -> !rule.isComing())
                .ifPresent(note -> print(out, "  Commencement: " + note));
        print(out, "  Governs:      " + (rule.documentKinds().size() == DocumentKind.values().length ? "any document"
                : rule.documentKinds().stream().sorted().map(DocumentKind::name).collect(Collectors.joining(", "))));
        print(out, "  Rule pack:    " + pack.title() + " (" + pack.id() + " " + pack.version() + ", "
                + pack.jurisdiction().name().toLowerCase(Locale.ROOT) + ")");
        print(out, "  Remedy:       " + rule.remedy());
        evidence(out, rule);
        List<ReviewCriterion> criteria = pack.reviewCriteria().stream()
                .filter(criterion -> criterion.ruleIds().contains(rule.id()))
                .toList();
        if (criteria.isEmpty()) {
            print(out, "  Review criteria: none");
        } else {
            print(out, "  Review criteria it counts towards:");
            for (ReviewCriterion criterion : criteria) {
                print(out, "    " + criterion.id() + " " + criterion.title() + ": " + criterion.question());
            }
        }
        out.flush();
    }

    /** The parts of a skeleton plan that meet the rule, as YAML: what evidence satisfies it. */
    private static void evidence(PrintWriter out, RuleDescriptor rule) {
        evidence(out, rule, Skeleton::template);
    }

    /** As {@link #evidence(PrintWriter, RuleDescriptor)}, with each skeleton's template as {@code templates} gives it. */
    static void evidence(PrintWriter out, RuleDescriptor rule, Function<Skeleton, String> templates) {
        for (Skeleton skeleton : Skeleton.values()) {
            List<String> parts = Skeleton.readBy(templates.apply(skeleton)).entrySet().stream()
                    .filter(part -> part.getValue().contains(rule.id()))
                    .map(Map.Entry::getKey)
                    .toList();
            if (skeleton.jurisdiction() != rule.jurisdiction() || parts.isEmpty()) {
                continue;
            }
            print(out, "  Evidence:     " + String.join(", ", parts) + "; the skeleton of 'childplan init"
                    + " --jurisdiction " + skeleton.jurisdiction().name().toLowerCase(Locale.ROOT) + " --kind "
                    + skeleton.kind().name().toLowerCase(Locale.ROOT) + "' meets it with:");
            LocalDate start = skeleton.defaultStart(LocalDate.now());
            for (String part : parts) {
                skeleton.part(part, start).ifPresent(yaml -> yaml.lines().forEach(line -> print(out, "    " + line)));
            }
            return;
        }
        for (Skeleton skeleton : Skeleton.values()) {
            if (skeleton.jurisdiction() == rule.jurisdiction() && Skeleton.notMetAsWritten(templates.apply(skeleton)).contains(rule.id())) {
                print(out, "  Evidence:     the skeleton of 'childplan init --jurisdiction "
                        + skeleton.jurisdiction().name().toLowerCase(Locale.ROOT) + " --kind "
                        + skeleton.kind().name().toLowerCase(Locale.ROOT) + "' does not meet it as written: its values"
                        + " are examples, and the plan's own must meet it (see the remedy)");
                return;
            }
        }
        print(out, "  Evidence:     no skeleton of 'childplan init' shows it; it does not apply to the plans it writes"
                + " (see the dates in force and the kinds of document it governs)");
    }

    /** The words of the text the rule rests on, as the rule catalogue quotes them, and when they were read. */
    private static void words(PrintWriter out, RuleCatalogue.Entry entry) {
        for (int i = 0; i < entry.quotes().size(); i++) {
            print(out, (i == 0 ? "  Words:        \"" : "                \"") + entry.quotes().get(i) + "\"");
        }
        print(out, "  Read:         " + entry.lastRead().map(date -> "on " + date).orElse("no reading recorded")
                + entry.readIn().map(in -> " in " + in).orElse("")
                + entry.version().map(version -> " (" + version + ")").orElse("")
                + "; rule catalogue entry " + entry.id());
    }

    /**
     * What a rule of the law rests on: the operative word of its text when the rule catalogue records it, else what its
     * severity says; and, where the rule's severity is not the one the text's word gives, what the rule checks instead.
     */
    static String basis(Severity severity, Optional<String> operative) {
        if (operative.isEmpty()) {
            return switch (severity) {
                case ERROR -> "the law: a duty an Act or an instrument made under it places on the plan";
                case WARNING -> "an expectation: what the law or its statutory guidance says a plan should do";
                case INFO -> "recognised practice, read in the source above; not a duty";
            };
        }
        String word = operative.get();
        Optional<Severity> bySeverity = switch (word) {
            case "must" -> Optional.of(Severity.ERROR);
            case "should" -> Optional.of(Severity.WARNING);
            case "may" -> Optional.of(Severity.INFO);
            default -> Optional.empty();
        };
        String basis = switch (word) {
            case "must" -> "the law: the text says \"must\", a duty";
            case "should" -> "the text says \"should\": an expectation, not a duty";
            case "may" -> "the text says \"may\": a power or recognised practice, not a duty";
            case "defines" -> "the text defines what a duty covers; the duty is the one the title names";
            default -> "the text's operative word is \"" + word + "\"";
        };
        if (bySeverity.isEmpty() || bySeverity.get() == severity) {
            return basis;
        }
        if (severity == Severity.INFO) {
            return "recognised practice, not a duty: the rule checks a practice that serves the text, whose word is \""
                    + word + "\"";
        }
        return basis + "; this rule is " + severity + ", " + (severity.isAtLeast(bySeverity.get()) ? "above" : "below")
                + " the " + bySeverity.get() + " the text's word gives";
    }

    private static void print(PrintWriter out, String line) {
        out.println(SafeText.forDisplay(line));
    }

    private static String meaning(Severity severity) {
        return switch (severity) {
            case ERROR -> "a duty the law says a plan must meet (an Act or an instrument made under it); a finding"
                    + " fails the check by default";
            case WARNING -> "an expectation: what the law or its statutory guidance says a plan should do; a finding"
                    + " fails with --fail-on warning";
            case INFO -> "recognised good practice, not a duty; a finding fails only with --fail-on info";
        };
    }
}
