package org.childplan.reports.internal;

import static org.childplan.reports.internal.MarkdownBlocks.cell;
import static org.childplan.reports.internal.MarkdownBlocks.code;
import static org.childplan.reports.internal.MarkdownBlocks.heading;
import static org.childplan.reports.internal.MarkdownBlocks.row;
import static org.childplan.reports.internal.MarkdownBlocks.table;
import static org.childplan.reports.internal.MarkdownBlocks.text;
import org.childplan.reports.Counts;
import org.childplan.reports.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.Citation;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.LawChange;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Regime;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.WaiverNotice;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Writes reports as GitHub-flavoured Markdown, for pull-request comments and CI job summaries.
 *
 * <p>The document is built as a commonmark tree and rendered by commonmark's Markdown renderer, which escapes plan
 * text (so that a plan's words cannot become markup) and the pipes in table cells. Line breaks inside a cell would end
 * the table row, so a cell's text has its whitespace runs folded into single spaces; other control characters (an
 * escape, a bell) are shown escaped by {@link SafeText#forDisplay(String)}, so that no plan text starts a line of
 * its own in a CI log the report is printed to, or steers a terminal.
 *
 * <p>Documents that could not be checked come first, under "Plans not checked", one table row per problem. Each plan
 * names the legal regimes applied in one line and lists the changes in the law within its period.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class MarkdownReport {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownReport() {
    }

    /** Writes {@code results} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        out.write(RENDERER.render(document(results, options)));
    }

    static Document document(CheckResults results, ReportOptions options) {
        List<ComplianceReport> reports = results.reports();
        List<UncheckedPlan> unchecked = results.unchecked();
        Document document = new Document();
        document.appendChild(heading(1, "childplan compliance report: " + results.verdict(options.failLevel())));
        document.appendChild(paragraph(text(Counts.plural(reports.size(), "plan", "plans") + " checked"
                + (unchecked.isEmpty() ? "" : ", " + Counts.plural(unchecked.size(), "document", "documents")
                        + " could not be checked")
                + "; fail level " + options.failLevel() + ". Waived findings and findings below the fail level "
                + "do not fail a plan." + (unchecked.isEmpty() ? "" : " " + UncheckedDocuments.WHY_IT_FAILS))));
        if (!unchecked.isEmpty()) {
            unchecked(document, unchecked);
        }
        for (ComplianceReport report : reports) {
            plan(document, report, options);
        }
        return document;
    }

    /** One table for every document that could not be checked, before the plans, since each fails the run. */
    private static void unchecked(Document document, List<UncheckedPlan> unchecked) {
        document.appendChild(heading(2, "Plans not checked"));
        TableBlock table = table("Where", "Pointer", "Problem");
        for (UncheckedPlan plan : unchecked) {
            for (UncheckedPlan.Problem problem : plan.problems()) {
                String pointer = UncheckedDocuments.pointer(problem);
                row(table, cell(text(UncheckedDocuments.whereToTheLine(plan, problem))),
                        pointer.isEmpty() ? new TableCell() : cell(code(pointer)), cell(text(problem.message())));
            }
        }
        document.appendChild(table);
    }

    private static void plan(Document document, ComplianceReport report, ReportOptions options) {
        String verdict = report.judged() ? report.verdict(options.failLevel()).name() : LawInWords.NOT_JUDGED;
        document.appendChild(heading(2, verdict + ": " + (report.planTitle() == null ? report.planId() : report.planTitle())));
        Paragraph summary = paragraph(strong("Verdict:"), text(" " + verdict + (report.judged()
                ? " at fail level " + options.failLevel() : ": " + LawInWords.notJudged(report)) + ". "), strong("Plan:"), text(" "), code(report.planId()), text(report.sourceName()
                .map(source -> " (" + source + ")").orElse("") + ", " + report.jurisdiction() + ", law as of "
                + report.asOf() + ", packs " + report.packs().stream().map(pack -> pack.id() + " " + pack.version())
                .collect(Collectors.joining(", ")) + "."));
        document.appendChild(summary);
        if (!report.regimes().isEmpty()) {
            Paragraph law = paragraph(strong("Law applied:"), text(" "));
            for (int i = 0; i < report.regimes().size(); i++) {
                Regime regime = report.regimes().get(i);
                law.appendChild(text((i == 0 ? "" : "; ") + regime.name() + " ("));
                law.appendChild(link(regime.instrument(), regime.url()));
                law.appendChild(text(", " + LawInWords.inForce(regime) + ")"));
            }
            law.appendChild(text("."));
            document.appendChild(law);
        }
        List<AppliedPack> localPacks = LocalStandards.localPacks(report);
        if (!localPacks.isEmpty()) {
            document.appendChild(paragraph(strong("Local standards applied:"), text(" " + localPacks.stream()
                    .map(pack -> "Standards of " + pack.title() + " (" + pack.id() + " " + pack.version() + ")")
                    .collect(Collectors.joining("; ")) + "; not law.")));
        }
        document.appendChild(paragraph(strong("Findings:"), text(" " + RecordInWords.findings(report) + "; "
                + RecordInWords.rules(report) + ".")));
        if (!report.completeRecord()) {
            document.appendChild(paragraph(strong("Record:"), text(" " + RecordInWords.PARTIAL_RECORD)));
        }
        List<Finding> statutory = LocalStandards.statutory(report.findings());
        if (!statutory.isEmpty()) {
            document.appendChild(findings(report, statutory));
        }
        localStandards(document, report);
        scorecard(document, report);
        themes(document, report);
        if (!report.waived().isEmpty()) {
            document.appendChild(heading(3, "Waived findings"));
            TableBlock table = table("Severity", "Rule", "Where", "Message", "Justification", "Approved by", "Expires");
            for (WaivedFinding waived : report.waived()) {
                Finding finding = waived.finding();
                row(table, cell(text(finding.severity().name())), cell(code(finding.ruleId())), where(report, finding),
                        cell(text(finding.message())), cell(text(waived.waiver().justification())),
                        cell(text(waived.waiver().approvedBy())), cell(text(waived.waiver().expires().toString())));
            }
            document.appendChild(table);
        }
        if (!report.waiverNotices().isEmpty()) {
            document.appendChild(heading(3, "Waiver notices"));
            BulletList list = new BulletList();
            for (WaiverNotice notice : report.waiverNotices()) {
                ListItem item = new ListItem();
                item.appendChild(paragraph(strong(notice.kind().name()), text(": " + notice.message())));
                list.appendChild(item);
            }
            document.appendChild(list);
        }
        if (!report.lawChanges().isEmpty()) {
            document.appendChild(heading(3, LawInWords.CHANGES_HEADING));
            document.appendChild(paragraph(text(LawInWords.CHANGES_NOTE)));
            BulletList list = new BulletList();
            for (LawChange change : report.lawChanges()) {
                // The description gives the date, the regimes, the provisions and the rules; a short list needs no more.
                ListItem item = new ListItem();
                item.appendChild(paragraph(text(change.description())));
                list.appendChild(item);
            }
            document.appendChild(list);
        }
        if (!report.comingLaw().isEmpty()) {
            document.appendChild(heading(3, LawInWords.COMING_HEADING));
            document.appendChild(paragraph(text(LawInWords.COMING_NOTE)));
            BulletList list = new BulletList();
            for (RuleDescriptor rule : report.comingLaw()) {
                ListItem item = new ListItem();
                item.appendChild(paragraph(text(LawInWords.coming(rule))));
                list.appendChild(item);
            }
            document.appendChild(list);
        }
    }

    private static TableBlock findings(ComplianceReport report, List<Finding> findings) {
        TableBlock table = table("Severity", "Outcome", "Rule", "Where", "Message", "Citation");
        for (Finding finding : findings) {
            String outcome = outcomeWords(report, finding);
            row(table, cell(text(finding.severity().name())), cell(text(outcome)), cell(code(finding.ruleId())),
                    where(report, finding), cell(text(finding.message())), citation(finding.citation()));
        }
        return table;
    }

    /** Each criterion of the national review scored, with its evidence and what is missing; none without criteria. */
    private static void scorecard(Document document, ComplianceReport report) {
        ReviewScorecard scorecard = ReviewScorecard.of(report);
        if (scorecard.isEmpty()) {
            return;
        }
        document.appendChild(heading(3, ReviewScorecard.HEADING));
        document.appendChild(paragraph(text(ReviewScorecard.NOTE)));
        TableBlock table = table("Criterion", "Score", "Evidence", "Missing");
        for (ReviewScorecard.Row row : scorecard.rows()) {
            TableCell evidence = new TableCell();
            for (int i = 0; i < row.evidence().size(); i++) {
                if (i > 0) {
                    evidence.appendChild(text(", "));
                }
                evidence.appendChild(code(row.evidence().get(i)));
            }
            row(table, cell(text(row.id() + " " + row.title())), cell(strong(row.score().score().words())), evidence,
                    cell(text(row.missingInWords())));
        }
        document.appendChild(table);
    }

    /** Each of the three themes against what addresses it, and what addresses it nowhere. */
    private static void themes(Document document, ComplianceReport report) {
        if (ThemesSection.rows(report).isEmpty()) {
            return;
        }
        document.appendChild(heading(3, ThemesSection.HEADING));
        document.appendChild(paragraph(text(ThemesSection.NOTE)));
        TableBlock table = table("Theme", "Priorities", "Actions", "Services", "Measures", "Missing");
        for (org.childplan.rules.ThemeCoverage row : ThemesSection.rows(report)) {
            row(table, cell(text(ThemesSection.label(row))), cell(text(ThemesSection.ids(row.priorities()))),
                    cell(text(ThemesSection.ids(row.actions()))), cell(text(ThemesSection.ids(row.services()))),
                    cell(text(ThemesSection.ids(row.measures()))),
                    row.isComplete() ? new TableCell() : cell(strong(ThemesSection.missing(row))));
        }
        document.appendChild(table);
    }

    /** The findings on local standards, one section per pack, apart from the duties of the law. */
    private static void localStandards(Document document, ComplianceReport report) {
        LocalStandards.byPack(report, report.findings()).forEach((heading, findings) -> {
            document.appendChild(heading(3, heading));
            document.appendChild(paragraph(text(LocalStandards.NOTE)));
            document.appendChild(findings(report, findings));
        });
    }

    /** The finding's outcome in words: a duty a partial record does not evidence is not shown in the source. */
    static String outcomeWords(ComplianceReport report, Finding finding) {
        return finding.outcome() == RuleOutcome.NOT_EVIDENCED && !report.completeRecord()
                ? "not shown in the source" : finding.outcome().words();
    }

    private static TableCell where(ComplianceReport report, Finding finding) {
        String place = finding.location().map(location -> location.source() + ":" + location.line())
                .or(report::sourceName)
                .orElse("");
        TableCell cell = new TableCell();
        if (!place.isEmpty()) {
            cell.appendChild(text(place + " "));
        }
        cell.appendChild(code(finding.pointer().isEmpty() ? "/" : finding.pointer()));
        return cell;
    }

    private static TableCell citation(Citation citation) {
        return cell(link(citation.toString(), citation.url()));
    }

    /** {@code words} linked to {@code url} when that is an http or https address; otherwise {@code words} alone. */
    private static Node link(String words, String url) {
        if (!WebLinks.linkable(url)) {
            return text(words);
        }
        Link link = new Link(url, null);
        link.appendChild(text(words));
        return link;
    }

    private static Paragraph paragraph(Node... content) {
        Paragraph paragraph = new Paragraph();
        for (Node node : content) {
            paragraph.appendChild(node);
        }
        return paragraph;
    }

    private static StrongEmphasis strong(String content) {
        StrongEmphasis strong = new StrongEmphasis();
        strong.appendChild(text(content));
        return strong;
    }

    /** Whitespace runs folded into single spaces, then any other control character shown escaped. */
}
