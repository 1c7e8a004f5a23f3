package org.childplan.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.reports.Counts;
import org.childplan.reports.SafeText;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Evidence;
import org.childplan.rules.Score;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Writes {@link org.childplan.reports.NationalScorecard} in each of its forms: text, JSON, Markdown and an HTML page
 * with the national table and a heat map of plans against criteria.
 *
 * <p>The heat map is a real table: a caption, the criteria as column headers and the plans as row headers, each with
 * a scope, and in every cell the score in words; its colour repeats the words and is never the only signal. Like the
 * HTML report, the page is self-contained (inline style, no script, no request) and its text is escaped.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class NationalScorecardWriter {

    /** The heading of the national table. */
    public static final String TABLE_HEADING = "Plans by score on each criterion";

    /** The heading of the heat map. */
    public static final String HEAT_MAP_HEADING = "Plans against criteria";

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 2rem auto; max-width: 90rem; padding: 0 1rem; line-height: 1.45; }
            h1, h2 { line-height: 1.2; }
            h2 { border-bottom: 2px solid #1b1b1b; padding-bottom: .25rem; margin-top: 2.5rem; }
            table { border-collapse: collapse; margin: .75rem 0 1.5rem; }
            caption { text-align: left; font-weight: bold; padding: .25rem 0; }
            th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f3f2f1; }
            thead th { vertical-align: bottom; }
            .number { text-align: right; font-variant-numeric: tabular-nums; }
            .note { color: #505a5f; }
            .criterion-title { display: block; font-weight: normal; font-size: .8125rem; }
            .heat td { text-align: center; font-size: .875rem; white-space: nowrap; }
            .heat tbody th { min-width: 12rem; }
            .score { font-weight: bold; }
            .score-FULLY_MET { background: #cce2d8; color: #005a30; } .score-PARTLY_MET { background: #fff7bf; color: #594d00; }
            .score-NOT_MET { background: #f6d7d2; color: #942514; } .score-NOT_ASSESSED { background: #f3f2f1; color: #383f43; font-weight: normal; }
            .score-PARTLY_EVIDENCED { background: #d2e2f1; color: #144e81; } .score-NOT_EVIDENCED { background: #dbd5e9; color: #3d2375; }
            .scroll { overflow-x: auto; max-width: 100%; }
            .scroll:focus { outline: 3px solid #ffdd00; outline-offset: 2px; }
            .skip-link { position: absolute; left: -10000px; top: auto; }
            .skip-link:focus { position: static; display: inline-block; background: #ffdd00; color: #0b0c0c; padding: .25rem .5rem; outline: 3px solid #0b0c0c; }
            ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
            ul.legend li { padding: .15rem .5rem; border: 1px solid #b1b4b6; }
            @media (max-width: 40rem) {
              body { margin: 1rem auto; padding: 0 .5rem; }
              table { font-size: .8125rem; }
              th, td { padding: .2rem .25rem; }
            }
            footer { border-top: 1px solid #b1b4b6; margin-top: 3rem; padding-top: .5rem; color: #505a5f; }
            @media print {
              body { margin: 0; max-width: none; font-size: 9pt; }
              .skip-link { display: none; }
              tr { break-inside: avoid; }
            }
            """;

    private final List<ComplianceReport> reports;
    private final List<ReviewScorecard> scorecards;
    private final Map<String, Map<Score, Integer>> counts;

    /** A writer of {@code scorecards}, one per report, with their {@code counts} per criterion. */
    public NationalScorecardWriter(List<ComplianceReport> reports, List<ReviewScorecard> scorecards,
            Map<String, Map<Score, Integer>> counts) {
        this.reports = List.copyOf(reports);
        this.scorecards = List.copyOf(scorecards);
        this.counts = counts;
    }

    /** Each plan's scores, then, over several plans, the national table. */
    public void text(Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        for (int i = 0; i < reports.size(); i++) {
            ComplianceReport report = reports.get(i);
            out.println(SafeText.forDisplay(title(report) + " (" + report.planId() + ")"));
            if (scorecards.get(i).isEmpty()) {
                out.println("  No review criteria for the law of " + report.jurisdiction() + ".");
            }
            for (ReviewScorecard.Row row : scorecards.get(i).rows()) {
                out.println(SafeText.forDisplay(String.format(Locale.ROOT, "  %-4s %-36s %-17s%s", row.id(),
                        row.title(), row.score().score().words(), detail(row))));
            }
            out.println();
        }
        if (reports.size() > 1) {
            out.println(TABLE_HEADING + " (" + Counts.plural(reports.size(), "plan", "plans") + ")");
            out.printf(Locale.ROOT, "  %-4s %-36s %10s %11s %8s %17s %14s %13s%n", "", "Criterion", "fully met",
                    "partly met", "not met", "partly evidenced", "not evidenced", "not assessed");
            counts.forEach((criterion, byScore) -> out.printf(Locale.ROOT, "  %-41s %10d %11d %8d %17d %14d %13d%n",
                    SafeText.forDisplay(criterion), byScore.get(Score.FULLY_MET), byScore.get(Score.PARTLY_MET),
                    byScore.get(Score.NOT_MET), byScore.get(Score.PARTLY_EVIDENCED), byScore.get(Score.NOT_EVIDENCED),
                    byScore.get(Score.NOT_ASSESSED)));
        }
        out.flush();
    }

    private static String detail(ReviewScorecard.Row row) {
        if (row.unchecked()) {
            return "no rule checks this criterion yet";
        }
        List<String> parts = new ArrayList<>();
        if (!row.score().shortfalls().isEmpty()) {
            parts.add("missing: " + String.join(", ", row.score().shortfalls()));
        }
        if (!row.evidence().isEmpty()) {
            parts.add("evidence: " + String.join(", ", row.evidence()));
        }
        if (parts.isEmpty()) {
            parts.add(row.note());
        }
        return String.join("; ", parts);
    }

    /** {@code plans}, each with its {@code criteria}, and {@code counts} by criterion and score. */
    public void json(Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode plans = root.putArray("plans");
        for (int i = 0; i < reports.size(); i++) {
            ComplianceReport report = reports.get(i);
            ObjectNode node = plans.addObject();
            node.put("planId", report.planId());
            if (report.planTitle() != null) {
                node.put("title", report.planTitle());
            }
            report.sourceName().ifPresent(source -> node.put("source", source));
            node.put("jurisdiction", report.jurisdiction().name());
            ArrayNode rows = node.putArray("criteria");
            for (ReviewScorecard.Row row : scorecards.get(i).rows()) {
                ObjectNode item = rows.addObject()
                        .put("id", row.id())
                        .put("title", row.title())
                        .put("score", row.score().score().name());
                ArrayNode met = item.putArray("met");
                row.score().met().forEach(met::add);
                ArrayNode missing = item.putArray("missing");
                row.score().shortfalls().forEach(missing::add);
                ArrayNode evidence = item.putArray("evidence");
                row.score().evidence().stream().map(Evidence::pointer).forEach(evidence::add);
                ArrayNode findings = item.putArray("findings");
                for (ReviewScorecard.Missing finding : row.missing()) {
                    findings.addObject().put("ruleId", finding.ruleId()).put("outcome", finding.outcome().name())
                            .put("message", finding.message()).put("pointer", finding.pointer());
                }
            }
        }
        ObjectNode national = root.putObject("counts");
        counts.forEach((criterion, byScore) -> {
            ObjectNode item = national.putObject(criterion);
            byScore.forEach((score, count) -> item.put(score.name(), count));
        });
        MAPPER.writeValue(out, root);
        out.write("\n");
    }

    /** The national table, then plans against criteria, as GitHub-flavoured Markdown. */
    public void markdown(Writer out) throws IOException {
        Document document = new Document();
        document.appendChild(MarkdownBlocks.heading(1, ReviewScorecard.HEADING));
        document.appendChild(paragraph(intro()));
        document.appendChild(MarkdownBlocks.heading(2, TABLE_HEADING));
        List<String> columns = new ArrayList<>();
        columns.add("Criterion");
        for (Score score : Score.values()) {
            columns.add(capitalise(score.words()));
        }
        TableBlock table = MarkdownBlocks.table(columns.toArray(String[]::new));
        counts.forEach((criterion, byScore) -> {
            List<org.commonmark.ext.gfm.tables.TableCell> cells = new ArrayList<>();
            cells.add(MarkdownBlocks.cell(MarkdownBlocks.text(criterion)));
            for (Score score : Score.values()) {
                cells.add(MarkdownBlocks.cell(MarkdownBlocks.text(Integer.toString(byScore.get(score)))));
            }
            MarkdownBlocks.row(table, cells.toArray(org.commonmark.ext.gfm.tables.TableCell[]::new));
        });
        document.appendChild(table);
        document.appendChild(MarkdownBlocks.heading(2, HEAT_MAP_HEADING));
        List<String> criteria = new ArrayList<>(counts.keySet());
        List<String> headers = new ArrayList<>();
        headers.add("Plan");
        criteria.forEach(criterion -> headers.add(criterion.substring(0, criterion.indexOf(' '))));
        TableBlock plans = MarkdownBlocks.table(headers.toArray(String[]::new));
        for (int i = 0; i < reports.size(); i++) {
            if (scorecards.get(i).isEmpty()) {
                continue;
            }
            Map<String, ReviewScorecard.Row> rows = byCriterion(scorecards.get(i));
            List<org.commonmark.ext.gfm.tables.TableCell> cells = new ArrayList<>();
            cells.add(MarkdownBlocks.cell(MarkdownBlocks.text(title(reports.get(i)))));
            for (String criterion : criteria) {
                ReviewScorecard.Row row = rows.get(criterion);
                cells.add(MarkdownBlocks.cell(MarkdownBlocks.text(row == null ? "no criterion"
                        : row.score().score().words())));
            }
            MarkdownBlocks.row(plans, cells.toArray(org.commonmark.ext.gfm.tables.TableCell[]::new));
        }
        document.appendChild(plans);
        document.appendChild(paragraph("Criteria: " + String.join("; ", criteria) + "."));
        if (!withoutCriteria().isEmpty()) {
            document.appendChild(paragraph(withoutCriteria()));
        }
        out.write(MarkdownRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(document));
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(MarkdownBlocks.text(text));
        return paragraph;
    }

    /** How many plans have review criteria to be scored on. */
    private long scored() {
        return scorecards.stream().filter(scorecard -> !scorecard.isEmpty()).count();
    }

    private String intro() {
        return Counts.plural(scored(), "plan", "plans") + " scored on the criteria of their nation's review of "
                + "children's services plans, from the rules that check each criterion: " + ReviewScorecard.SCORES
                + ". A reviewer reads the plans for the rest.";
    }

    /** One page: the national table and the heat map of plans against criteria. */
    public void html(Writer out) throws IOException {
        HtmlWriter html = new HtmlWriter();
        html.markup("<!DOCTYPE html>").newline();
        html.open("html", "lang", "en").newline();
        html.open("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", ReviewScorecard.HEADING)
                .open("style").markup(STYLE).close("style").close("head").newline();
        html.open("body").newline();
        html.element("a", "Skip to the scorecard", "href", "#main", "class", "skip-link").newline();
        html.open("header").element("h1", ReviewScorecard.HEADING).element("p", intro(), "class", "note")
                .close("header").newline();
        html.open("main", "id", "main").newline();
        html.element("h2", TABLE_HEADING, "id", "table");
        html.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label",
                TABLE_HEADING + " (scrolls sideways on a narrow screen)");
        html.open("table", "class", "counts").element("caption", TABLE_HEADING + " ("
                        + Counts.plural(scored(), "plan", "plans") + ")")
                .open("thead").open("tr").element("th", "Criterion", "scope", "col");
        for (Score score : Score.values()) {
            html.element("th", capitalise(score.words()), "scope", "col", "class", "number");
        }
        html.close("tr").close("thead").open("tbody").newline();
        counts.forEach((criterion, byScore) -> {
            html.open("tr").element("th", criterion, "scope", "row");
            for (Score score : Score.values()) {
                html.element("td", Integer.toString(byScore.get(score)), "class", "number");
            }
            html.close("tr").newline();
        });
        html.close("tbody").close("table").close("div").newline();

        html.element("h2", HEAT_MAP_HEADING, "id", "heat-map");
        html.element("p", "Each row is a plan and each column a criterion of the review; every cell names the plan's "
                + "score, and its colour repeats it:", "class", "note");
        html.open("ul", "class", "legend");
        for (Score score : Score.values()) {
            html.element("li", score.words(), "class", "score score-" + score.name());
        }
        html.close("ul").newline();
        List<String> criteria = new ArrayList<>(counts.keySet());
        html.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label",
                HEAT_MAP_HEADING + " (scrolls sideways on a narrow screen)");
        html.open("table", "class", "heat").element("caption", HEAT_MAP_HEADING + ": the score of each plan on "
                        + "each criterion")
                .open("thead").open("tr").element("th", "Plan", "scope", "col");
        for (String criterion : criteria) {
            int space = criterion.indexOf(' ');
            html.open("th", "scope", "col").text(criterion.substring(0, space))
                    .element("span", criterion.substring(space + 1), "class", "criterion-title").close("th");
        }
        html.close("tr").close("thead").open("tbody").newline();
        for (int i = 0; i < reports.size(); i++) {
            if (scorecards.get(i).isEmpty()) {
                continue;
            }
            Map<String, ReviewScorecard.Row> rows = byCriterion(scorecards.get(i));
            html.open("tr").element("th", title(reports.get(i)), "scope", "row");
            for (String criterion : criteria) {
                ReviewScorecard.Row row = rows.get(criterion);
                if (row == null) {
                    html.element("td", "no such criterion", "class", "note");
                } else {
                    Score score = row.score().score();
                    html.element("td", score.words(), "class", "score score-" + score.name());
                }
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div").newline();
        if (!withoutCriteria().isEmpty()) {
            html.element("p", withoutCriteria(), "class", "note");
        }
        html.close("main").newline();
        html.open("footer").element("p", "Written by " + ToolInfo.NAME + " " + ToolInfo.VERSION + ". The scores read "
                + "the outcomes of the rules that check each criterion; `childplan check` reports each rule with its "
                + "law.").close("footer").newline();
        html.close("body").newline().close("html").newline();
        out.write(html.toString());
    }

    /** Which plans are not scored, since no national review of plans under their law is encoded; or {@code ""}. */
    private String withoutCriteria() {
        List<String> without = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            if (scorecards.get(i).isEmpty()) {
                without.add(title(reports.get(i)) + " (law of " + reports.get(i).jurisdiction() + ")");
            }
        }
        return without.isEmpty() ? "" : "Not scored, as no national review of plans under their law is encoded: "
                + String.join("; ", without) + ".";
    }

    private static Map<String, ReviewScorecard.Row> byCriterion(ReviewScorecard scorecard) {
        Map<String, ReviewScorecard.Row> rows = new LinkedHashMap<>();
        scorecard.rows().forEach(row -> rows.putIfAbsent(row.id() + " " + row.title(), row));
        return rows;
    }

    private static String title(ComplianceReport report) {
        return report.planTitle() == null ? report.planId() : report.planTitle();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
