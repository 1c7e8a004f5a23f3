package org.childplan.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childplan.cli.internal.BadInputException;
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
        if (rule.isLocalStandard()) {
            print(out, "  Basis:        a local standard of " + pack.title() + ", which the area has set itself;"
                    + " not a duty the law places on the plan");
            print(out, "  Severity:     " + rule.severity() + " \u2014 the weight the area gives the standard; a"
                    + " finding fails the check at --fail-on " + rule.severity().name().toLowerCase(Locale.ROOT)
                    + " or lighter");
        } else {
            // Severity follows the text's operative words: "must" is the law's duty, "should" statutory guidance's
            // expectation, and practice is neither, though the pack that holds it applies the law.
            print(out, "  Basis:        " + switch (rule.severity()) {
                case ERROR -> "the law: a duty an Act or an instrument made under it places on the plan";
                case WARNING -> "statutory guidance: what the law's guidance says a plan should do";
                case INFO -> "recognised practice, read in the source above; not a duty of the law";
            });
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

    private static void print(PrintWriter out, String line) {
        out.println(SafeText.forDisplay(line));
    }

    private static String meaning(Severity severity) {
        return switch (severity) {
            case ERROR -> "a duty the law says a plan must meet (an Act or an instrument made under it); a finding"
                    + " fails the check by default";
            case WARNING -> "an expectation of statutory guidance, which says what a plan should do; a finding fails"
                    + " with --fail-on warning";
            case INFO -> "recognised good practice that no statute or guidance requires; a finding fails only with"
                    + " --fail-on info";
        };
    }
}
