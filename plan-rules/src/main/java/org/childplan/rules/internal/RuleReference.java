package org.childplan.rules.internal;

import org.apiguardian.api.API;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.childplan.model.DocumentKind;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Severity;
import org.childplan.rules.spi.RulePack;

/**
 * Renders the reference page of a rule pack ({@code docs/rules/<pack>.md}) from the metadata on its rules, so that
 * the page is never written by hand.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleReference {

    private RuleReference() {
    }

    /** The page's path under the repository root. */
    public static Path pagePath(Path root, RulePack pack) {
        return root.resolve("docs").resolve("rules").resolve(pack.id() + ".md");
    }

    /** The Markdown reference page of {@code pack}. */
    public static String render(RulePack pack) {
        List<RuleDescriptor> rules = RulePacks.catalogue(pack);
        StringBuilder page = new StringBuilder();
        page.append("<!-- Generated from the rules' metadata by ").append(RuleReference.class.getName())
                .append("; do not edit. -->\n\n");
        page.append("# Rule pack `").append(pack.id()).append("`: ").append(pack.title()).append("\n\n");
        page.append("Jurisdiction: ").append(pack.jurisdiction()).append(". Version: ").append(pack.version())
                .append(". Rules: ").append(rules.size()).append(".\n\n");
        page.append("Severity: **ERROR** is a duty the law says a plan must meet; **WARNING** is an expectation, what ")
                .append("the law or its statutory guidance says a plan should do; **INFO** is recognised good practice, ")
                .append("not a duty. ")
                .append("A rule applies to a plan when it is in force on the as-of date (by default the start of the ")
                .append("plan's period) and governs the plan's kind of document (a duty on a statutory plan's ")
                .append("content, consultation, publication or review governs that plan; a duty that binds the partners ")
                .append("whatever they write governs any document; a document of no stated kind is taken to be the ")
                .append("statutory plan); otherwise the report lists it as not applicable, with the reason.\n\n");
        page.append("## Regimes\n\n| Regime | Instrument | In force |\n| --- | --- | --- |\n");
        for (Regime regime : RulePacks.regimes(pack)) {
            page.append("| ").append(cell(regime.name())).append(" | [").append(cell(regime.instrument())).append("](")
                    .append(regime.url()).append(") | from ").append(regime.inForceFrom())
                    .append(regime.inForceTo() == null ? "" : " to " + regime.inForceTo()).append(" |\n");
        }
        page.append("\n## Rules\n\n");
        page.append("| Rule | Severity | Source | In force | Governs |\n| --- | --- | --- | --- | --- |\n");
        for (RuleDescriptor rule : rules) {
            page.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT)).append(") | ")
                    .append(rule.severity()).append(" | ").append(cell(rule.citation().provision())).append(" | ")
                    .append(inForce(rule)).append(" | ").append(kinds(rule)).append(" |\n");
        }
        for (Severity severity : Severity.values()) {
            List<RuleDescriptor> ofSeverity = rules.stream().filter(rule -> rule.severity() == severity).toList();
            if (ofSeverity.isEmpty()) {
                continue;
            }
            page.append("\n## ").append(severity).append("\n");
            for (RuleDescriptor rule : ofSeverity) {
                page.append("\n### ").append(rule.id()).append("\n\n")
                        .append(rule.title()).append(".\n\n")
                        .append("- Source: ").append(rule.citation().instrument()).append(", [")
                        .append(rule.citation().provision()).append("](").append(rule.citation().url()).append(")\n");
                rule.catalogueEntry().ifPresent(entry -> page.append("- Catalogue entry: `").append(entry).append("`\n"));
                page.append("- In force: ").append(inForce(rule)).append("\n")
                        .append("- Governs: ").append(DocumentKindWords.governedBy(rule)).append(" (")
                        .append(kinds(rule)).append(")\n")
                        .append("- Remedy: ").append(rule.remedy()).append("\n");
            }
        }
        return page.toString();
    }

    private static String inForce(RuleDescriptor rule) {
        return rule.inForceInWords();
    }

    private static String kinds(RuleDescriptor rule) {
        return rule.documentKinds().size() == DocumentKind.values().length
                ? RuleMetadata.ANY_DOCUMENT
                : rule.documentKinds().stream().map(DocumentKind::name).collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Writes the page of every available pack under the repository root {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (RulePack pack : RulePacks.available()) {
            Path page = pagePath(root, pack);
            Files.createDirectories(page.getParent());
            Files.writeString(page, render(pack), StandardCharsets.UTF_8);
        }
    }
}
