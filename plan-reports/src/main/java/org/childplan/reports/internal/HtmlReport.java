package org.childplan.reports.internal;

import org.childplan.reports.Counts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.model.StatutoryAim;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.LawChange;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.WaiverNotice;

/**
 * Writes reports as one self-contained HTML page for planning officers, boards and inspectors.
 *
 * <p>The page has a header (the overall verdict), an index when it reports on more than one document (a
 * {@code <nav>} with a table of each document, its verdict and counts, linking to its section), the
 * {@code <main>} content and a footer; a skip link leads past header and index to the main content. In the main
 * content come first a section for each document that could not be checked, with its problems, then a section for
 * each plan made of the parts listed in {@code PLAN_PARTS}: a summary (with the legal regimes applied, their
 * instruments linked), a chart of the findings by outcome and severity (inline SVG, hidden from assistive technology,
 * with a table of the same numbers beside it), the changes in the law within the plan's period, the coverage matrix of
 * the statutory aims against priorities, actions and measures (Scottish plans; for others the page says it does not
 * apply), the findings grouped by the aim they concern or else by the part of the plan they concern, the waived
 * findings and waiver notices, and the rules that passed or did not apply. Headings go down one level at a time, every
 * table has a caption and every header cell a scope.
 *
 * <p>The style sheet is inline; there are no scripts, images or other assets, and the only links are to the legal
 * texts (of the findings, the rules and the regimes), when they are http or https addresses, and within the page. A
 * Content-Security-Policy meta tag lets the page apply its own style sheet and nothing else. Printed, each plan starts on a new page and
 * links to legal texts show their address.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; line-height: 1.45; }
            h1, h2, h3 { line-height: 1.2; }
            h2 { border-bottom: 2px solid #1b1b1b; padding-bottom: .25rem; margin-top: 2.5rem; }
            table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.5rem; }
            caption { text-align: left; font-weight: bold; padding: .25rem 0; }
            th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f3f2f1; }
            .number { text-align: right; font-variant-numeric: tabular-nums; }
            .verdict { display: inline-block; padding: .1rem .6rem; font-weight: bold; border: 2px solid; white-space: nowrap; overflow-wrap: normal; }
            .verdict-PASS { color: #00703c; } .verdict-FAIL { color: #d4351c; } .verdict-NOT-JUDGED { color: #505a5f; }
            .severity { font-weight: bold; white-space: nowrap; }
            .severity-ERROR { color: #d4351c; } .severity-WARNING { color: #8a4b00; } .severity-INFO { color: #1d70b8; }
            .missing { color: #d4351c; font-weight: bold; }
            .finding { border-left: 4px solid #b1b4b6; padding: .25rem 0 .25rem .75rem; margin: .75rem 0; }
            .finding-ERROR { border-color: #d4351c; } .finding-WARNING { border-color: #f47738; } .finding-INFO { border-color: #1d70b8; }
            .finding p { margin: .2rem 0; }
            code { font-family: ui-monospace, Consolas, monospace; font-size: .95em; }
            .note { color: #505a5f; }
            ul.regimes { margin: 0; padding-left: 1.1rem; }
            .skip-link { position: absolute; left: -10000px; top: auto; }
            .skip-link:focus { position: static; display: inline-block; background: #ffdd00; color: #0b0c0c; padding: .25rem .5rem; outline: 3px solid #0b0c0c; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
            nav.index table { width: auto; min-width: 60%; }
            .chart { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
            .chart svg { max-width: 100%; height: auto; font-size: 14px; }
            .chart table { width: auto; margin: 0; }
            td, caption, code, p, th .note { overflow-wrap: anywhere; }
            .scroll { overflow-x: auto; }
            .scroll td { overflow-wrap: normal; }
            .scroll:focus { outline: 3px solid #ffdd00; outline-offset: 2px; }
            @media (max-width: 40rem) {
              body { margin: 1rem auto; padding: 0 .5rem; }
              table { font-size: .8125rem; }
              th, td { padding: .2rem .25rem; }
            }
            .score { font-weight: bold; white-space: nowrap; }
            .score-FULLY_MET { background: #cce2d8; color: #005a30; } .score-PARTLY_MET { background: #fff7bf; color: #594d00; }
            .score-NOT_MET { background: #f6d7d2; color: #942514; } .score-NOT_ASSESSED { background: #f3f2f1; color: #383f43; font-weight: normal; }
            .score-PARTLY_EVIDENCED { background: #d2e2f1; color: #144e81; } .score-NOT_EVIDENCED { background: #dbd5e9; color: #3d2375; }
            footer { border-top: 1px solid #b1b4b6; margin-top: 3rem; padding-top: .5rem; color: #505a5f; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              .skip-link { display: none; }
              .plan { break-before: page; }
              .plan:first-of-type { break-before: auto; }
              .finding, tr, .chart { break-inside: avoid; }
              a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
            }
            """;

    /**
     * What the page may load or run: nothing but its own style sheet, named by its hash. No script runs, even one a
     * hostile text slipped past the escaping; no image, font, frame or form target is fetched; a {@code <base>}
     * cannot redirect the links within the page. The inline SVG chart is part of the page and needs nothing more.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; base-uri 'none'; form-action 'none'";

    /** The colour of each severity in the chart, as in the rest of the page. */
    private static final Map<Severity, String> SEVERITY_COLOURS = Map.of(
            Severity.ERROR, "#d4351c", Severity.WARNING, "#f47738", Severity.INFO, "#1d70b8");

    /** A part of a plan's section; a new part of the page is one method of this shape, listed in {@link #PLAN_PARTS}. */
    @FunctionalInterface
    private interface PlanPart {
        void write(HtmlWriter html, ComplianceReport report, ReportOptions options);
    }

    /** The parts of each plan's section, in the order of the page. */
    private static final List<PlanPart> PLAN_PARTS = List.of(HtmlReport::summary, HtmlReport::chart,
            HtmlReport::lawChanges, HtmlReport::comingLaw, HtmlReport::coverage, HtmlReport::scorecard, HtmlReport::themes,
            HtmlReport::findings,
            HtmlReport::localStandards, HtmlReport::waivers, HtmlReport::rules);

    private HtmlReport() {
    }

    /** The hash source of {@code text} that a Content-Security-Policy accepts for an inline element holding it. */
    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Writes {@code reports} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        List<ComplianceReport> reports = results.reports();
        List<UncheckedPlan> unchecked = results.unchecked();
        List<String> uncheckedIds = new ArrayList<>();
        for (int i = 0; i < unchecked.size(); i++) {
            uncheckedIds.add("not-checked-" + (i + 1));
        }
        List<String> planIds = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            planIds.add(anchor("plan-" + (i + 1), reports.get(i).planId()));
        }
        HtmlWriter html = new HtmlWriter();
        html.markup("<!DOCTYPE html>").newline();
        html.open("html", "lang", "en").newline();
        html.open("head").empty("meta", "charset", "utf-8")
                .empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY)
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", "childplan compliance report")
                .open("style").markup(STYLE).close("style").close("head").newline();
        html.open("body").newline();
        html.element("a", "Skip to the report", "href", "#main", "class", "skip-link").newline();
        header(html, results, options);
        if (reports.size() + unchecked.size() > 1) {
            index(html, results, options, uncheckedIds, planIds);
        }
        html.open("main", "id", "main").newline();
        for (int i = 0; i < unchecked.size(); i++) {
            unchecked(html, unchecked.get(i), uncheckedIds.get(i));
        }
        for (int i = 0; i < reports.size(); i++) {
            plan(html, reports.get(i), options, planIds.get(i));
        }
        html.close("main").newline();
        html.open("footer").element("p", "Written by " + ToolInfo.NAME + " " + ToolInfo.VERSION + ". Each finding "
                + "and rule links to the official text of the law it follows.").close("footer").newline();
        html.close("body").newline().close("html").newline();
        out.write(html.toString());
    }

    /** An id for a page element: {@code prefix}, then {@code name} in lower-case letters, digits and hyphens. */
    private static String anchor(String prefix, String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? prefix : prefix + "-" + slug;
    }

    private static void header(HtmlWriter html, CheckResults results, ReportOptions options) {
        List<ComplianceReport> reports = results.reports();
        List<UncheckedPlan> unchecked = results.unchecked();
        Verdict overall = results.verdict(options.failLevel());
        html.open("header").newline();
        html.element("h1", "Children's services plan: compliance report");
        html.open("p").text("Overall: ").element("span", overall.name(), "class", "verdict verdict-" + overall.name())
                .text(" — " + Counts.plural(reports.size(), "plan", "plans") + " checked"
                        + (unchecked.isEmpty() ? "" : ", " + Counts.plural(unchecked.size(), "document", "documents")
                                + " could not be checked")
                        + " by " + ToolInfo.NAME + " " + ToolInfo.VERSION + ". A plan fails on a finding of severity "
                        + failLevelText(options) + ". ERROR: a duty the law says a plan must meet; WARNING: what the "
                        + "law or its statutory guidance says a plan should do; INFO: recognised good practice, not a "
                        + "duty."
                        + (unchecked.isEmpty() ? "" : " " + UncheckedDocuments.WHY_IT_FAILS))
                .close("p").newline();
        html.close("header").newline();
    }

    /** The index of a page on several documents: each with its verdict and counts, linking to its section. */
    private static void index(HtmlWriter html, CheckResults results, ReportOptions options, List<String> uncheckedIds,
            List<String> planIds) {
        html.open("nav", "class", "index", "aria-labelledby", "index-title").newline();
        html.element("h2", "Contents", "id", "index-title");
        html.open("table", "class", "index")
                .element("caption", "The documents in this report, each with its verdict and findings", "class",
                        "visually-hidden")
                .open("thead").open("tr").element("th", "Document", "scope", "col")
                .element("th", "Verdict", "scope", "col").element("th", "Findings", "scope", "col")
                .close("tr").close("thead").open("tbody").newline();
        for (int i = 0; i < results.unchecked().size(); i++) {
            UncheckedPlan plan = results.unchecked().get(i);
            html.open("tr").open("th", "scope", "row").element("a", "Not checked: " + plan.source(), "href",
                    "#" + uncheckedIds.get(i)).close("th");
            verdictCell(html, Verdict.FAIL);
            html.element("td", "not checked: " + Counts.plural(plan.problems().size(), "problem", "problems"))
                    .close("tr").newline();
        }
        for (int i = 0; i < results.reports().size(); i++) {
            ComplianceReport report = results.reports().get(i);
            html.open("tr").open("th", "scope", "row").element("a", title(report), "href", "#" + planIds.get(i))
                    .close("th");
            verdictCell(html, report, options);
            html.element("td", Counts.describe(report.counts(), report.waived())).close("tr").newline();
        }
        html.close("tbody").close("table").newline();
        html.element("p", "Findings are counted as in each plan's summary: a duty that a partial record (minutes, a "
                + "committee report, a news item) does not show is counted, but does not fail the plan.", "class", "note");
        html.close("nav").newline();
    }

    private static void verdictCell(HtmlWriter html, Verdict verdict) {
        html.open("td").element("span", verdict.name(), "class", "verdict verdict-" + verdict.name()).close("td");
    }

    /** The verdict of a plan, or {@link LawInWords#NOT_JUDGED} when no rule applied to it. */
    private static void verdictCell(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        if (report.judged()) {
            verdictCell(html, report.verdict(options.failLevel()));
        } else {
            html.open("td").element("span", LawInWords.NOT_JUDGED, "class", "verdict verdict-NOT-JUDGED").close("td");
        }
    }

    private static String title(ComplianceReport report) {
        return report.planTitle() == null ? report.planId() : report.planTitle();
    }

    private static String failLevelText(ReportOptions options) {
        return switch (options.failLevel()) {
            case ERROR -> "ERROR";
            case WARNING -> "WARNING or ERROR";
            case INFO -> "INFO, WARNING or ERROR";
            case NEVER -> "any kind: never (report only)";
        };
    }

    /** A document that could not be checked: its own section, before the plans, since it fails the run. */
    private static void unchecked(HtmlWriter html, UncheckedPlan plan, String id) {
        html.open("section", "class", "plan unchecked", "id", id, "aria-labelledby", id + "-title").newline();
        html.element("h2", "Not checked: " + plan.source(), "id", id + "-title");
        html.open("p").element("span", Verdict.FAIL.name(), "class", "verdict verdict-" + Verdict.FAIL.name())
                .text(" The document could not be read, or is not a well-formed plan, so no duty was checked "
                        + "against it. Correct it at the places below and check it again.")
                .close("p");
        html.open("table", "class", "problems")
                .element("caption", "Problems of " + plan.source(), "class", "visually-hidden")
                .open("thead").open("tr").element("th", "Where", "scope", "col")
                .element("th", "Pointer", "scope", "col").element("th", "Problem", "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (UncheckedPlan.Problem problem : plan.problems()) {
            html.open("tr").open("td").element("code", UncheckedDocuments.where(plan, problem)).close("td").open("td");
            String pointer = UncheckedDocuments.pointer(problem);
            if (!pointer.isEmpty()) {
                html.element("code", pointer);
            }
            html.close("td").element("td", problem.message()).close("tr").newline();
        }
        html.close("tbody").close("table").newline();
        html.close("section").newline();
    }

    private static void plan(HtmlWriter html, ComplianceReport report, ReportOptions options, String id) {
        html.open("section", "class", "plan", "id", id, "aria-labelledby", id + "-title").newline();
        html.element("h2", title(report), "id", id + "-title");
        for (PlanPart part : PLAN_PARTS) {
            part.write(html, report, options);
        }
        html.close("section").newline();
    }

    private static void summary(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        Verdict verdict = report.verdict(options.failLevel());
        html.open("table", "class", "summary")
                .element("caption", "Summary of " + title(report), "class", "visually-hidden").open("tbody");
        summaryRow(html, "Plan", report.planId() + Optional.ofNullable(report.planTitle()).map(t -> " — " + t).orElse(""));
        summaryRow(html, "File", report.sourceName().orElse("(checked as a value, not read from a file)"));
        summaryRow(html, "Jurisdiction", display(report.jurisdiction()));
        List<AppliedPack> law = LocalStandards.lawPacks(report);
        summaryRow(html, "Law applied", law.isEmpty() ? "none: only local standards were applied" : law.stream()
                .map(pack -> pack.title() + " (rule pack " + pack.id() + " " + pack.version() + ")")
                .collect(Collectors.joining("; ")));
        regimes(html, report);
        List<AppliedPack> local = LocalStandards.localPacks(report);
        if (!local.isEmpty()) {
            summaryRow(html, "Local standards", local.stream()
                    .map(pack -> "Standards of " + pack.title() + " (rule pack " + pack.id() + " " + pack.version()
                            + "), not law")
                    .collect(Collectors.joining("; ")));
        }
        summaryRow(html, "As of", report.asOf().toString());
        html.open("tr").element("th", "Verdict", "scope", "row").open("td");
        if (report.judged()) {
            html.element("span", verdict.name(), "class", "verdict verdict-" + verdict.name())
                    .text(" at fail level " + options.failLevel());
        } else {
            html.element("span", LawInWords.NOT_JUDGED, "class", "verdict verdict-NOT-JUDGED")
                    .text(": " + LawInWords.notJudged(report));
        }
        html.close("td").close("tr");
        summaryRow(html, "Findings", RecordInWords.findings(report));
        summaryRow(html, "Rules", RecordInWords.rules(report));
        summaryRow(html, "Record", report.completeRecord() ? "a complete record of the plan"
                : RecordInWords.PARTIAL_RECORD);
        html.close("tbody").close("table").newline();
    }

    /**
     * The findings by outcome and severity: a bar per outcome, in segments by severity, drawn in SVG that assistive
     * technology skips, and beside it a table of the same numbers that everyone reads.
     */
    private static void chart(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        FindingsByOutcome tally = FindingsByOutcome.of(report);
        html.element("h3", "Findings by outcome and severity");
        html.open("div", "class", "chart").newline();
        if (tally.total() == 0) {
            html.element("p", "No finding to chart.", "class", "note");
        } else {
            bars(html, tally);
        }
        html.open("table", "class", "chart-data").element("caption", "The chart in numbers")
                .open("thead").open("tr").element("th", "Outcome", "scope", "col");
        for (Severity severity : Severity.values()) {
            html.element("th", severity.name(), "scope", "col", "class", "number");
        }
        html.element("th", "Total", "scope", "col", "class", "number").close("tr").close("thead").open("tbody");
        for (FindingsByOutcome.Row row : tally.rows()) {
            html.open("tr", "data-outcome", row.outcome().token()).element("th", row.words(), "scope", "row");
            for (Severity severity : Severity.values()) {
                html.element("td", String.valueOf(row.counts().get(severity)), "class", "number");
            }
            html.element("td", String.valueOf(row.total()), "class", "number").close("tr").newline();
        }
        html.close("tbody").close("table").newline();
        html.close("div").newline();
    }

    private static void bars(HtmlWriter html, FindingsByOutcome tally) {
        int labelWidth = 185;
        int barArea = 260;
        int rowHeight = 26;
        int width = labelWidth + barArea + 40;
        int height = tally.rows().size() * rowHeight + 30;
        double scale = (double) barArea / tally.largestRow();
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart-bars", "width", String.valueOf(width),
                "height", String.valueOf(height), "viewBox", "0 0 " + width + " " + height, "aria-hidden", "true")
                .newline();
        int y = 0;
        for (FindingsByOutcome.Row row : tally.rows()) {
            html.element("text", row.words(), "x", "0", "y", String.valueOf(y + 18), "fill", "#1b1b1b");
            double x = labelWidth;
            for (Severity severity : Severity.values()) {
                int count = row.counts().get(severity);
                if (count == 0) {
                    continue;
                }
                double barWidth = count * scale;
                html.open("rect", "x", number(x), "y", String.valueOf(y + 5), "width", number(barWidth),
                        "height", "16", "fill", SEVERITY_COLOURS.get(severity), "data-outcome", row.outcome().token(),
                        "data-severity", severity.name(), "data-count", String.valueOf(count))
                        .element("title", row.words() + ", " + severity.name() + ": " + count).close("rect");
                x += barWidth;
            }
            html.element("text", String.valueOf(row.total()), "x", number(x + 6), "y", String.valueOf(y + 18),
                    "fill", "#1b1b1b", "class", "chart-total", "data-outcome", row.outcome().token()).newline();
            y += rowHeight;
        }
        int x = labelWidth;
        for (Severity severity : Severity.values()) {
            html.empty("rect", "x", String.valueOf(x), "y", String.valueOf(y + 8), "width", "12", "height", "12",
                    "fill", SEVERITY_COLOURS.get(severity));
            html.element("text", severity.name(), "x", String.valueOf(x + 16), "y", String.valueOf(y + 19),
                    "fill", "#1b1b1b");
            x += 90;
        }
        html.newline().close("svg").newline();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The legal regimes applied, each with its founding instrument linked to the official text. */
    private static void regimes(HtmlWriter html, ComplianceReport report) {
        html.open("tr").element("th", report.regimes().size() == 1 ? "Legal regime" : "Legal regimes", "scope", "row")
                .open("td");
        if (report.regimes().isEmpty()) {
            html.text("not named by the rule packs applied");
        } else {
            html.open("ul", "class", "regimes");
            for (Regime regime : report.regimes()) {
                html.open("li").text(regime.name() + " — ");
                link(html, regime.instrument(), regime.url());
                html.text(", " + LawInWords.inForce(regime)).close("li");
            }
            html.close("ul");
        }
        html.close("td").close("tr");
    }

    private static void lawChanges(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        if (report.lawChanges().isEmpty()) {
            return;
        }
        html.element("h3", LawInWords.CHANGES_HEADING);
        html.element("p", LawInWords.CHANGES_NOTE, "class", "note");
        html.open("table", "class", "law-changes")
                .element("caption", LawInWords.CHANGES_HEADING, "class", "visually-hidden").open("thead").open("tr")
                .element("th", "Date", "scope", "col").element("th", "Change", "scope", "col")
                .element("th", "Rules stopping", "scope", "col").element("th", "Rules starting", "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (LawChange change : report.lawChanges()) {
            html.open("tr").element("td", change.date().toString()).element("td", change.description())
                    .element("td", LawInWords.ids(change.rulesStopping()))
                    .element("td", LawInWords.ids(change.rulesStarting())).close("tr").newline();
        }
        html.close("tbody").close("table").newline();
    }

    private static void comingLaw(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        if (report.comingLaw().isEmpty()) {
            return;
        }
        html.element("h3", LawInWords.COMING_HEADING);
        html.element("p", LawInWords.COMING_NOTE, "class", "note");
        html.open("ul", "class", "coming-law");
        for (RuleDescriptor rule : report.comingLaw()) {
            html.element("li", LawInWords.coming(rule));
        }
        html.close("ul").newline();
    }

    private static void summaryRow(HtmlWriter html, String label, String value) {
        html.open("tr").element("th", label, "scope", "row").element("td", value).close("tr");
    }

    private static void coverage(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        html.element("h3", "Coverage of the statutory aims");
        if (report.coverage().isEmpty()) {
            html.element("p", "The five aims of section 9(2) of the Children and Young People (Scotland) Act 2014 "
                    + "bind Scottish children's services plans only. This plan is judged under the law of "
                    + display(report.jurisdiction()) + ", so the coverage matrix does not apply; the findings below "
                    + "follow that law.", "class", "note");
            return;
        }
        html.element("p", "Each aim of section 9(2) of the Children and Young People (Scotland) Act 2014 against the "
                + "priorities, actions and measures of the plan that address it.", "class", "note");
        openScrollingTable(html, "Coverage of the statutory aims in " + title(report), "Coverage of the statutory aims",
                "coverage", "Aim", "Priorities", "Actions", "Measures", "Covered");
        for (AimCoverage row : report.coverage()) {
            StatutoryAim aim = row.aim();
            html.open("tr").open("th", "scope", "row").text(capitalise(aim.description()) + " ")
                    .element("span", "(" + aim.provision() + ")", "class", "note").close("th");
            idsCell(html, row.priorities());
            idsCell(html, row.actions());
            idsCell(html, row.measures());
            if (row.isComplete()) {
                html.element("td", "yes");
            } else {
                html.element("td", "no " + String.join(", no ", row.missingElements()), "class", "missing");
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div").newline();
    }

    /**
     * Opens a table, up to its body, in a region that scrolls sideways on a narrow screen and that a keyboard can
     * reach: {@code label} names the region, {@code caption} the table for a screen reader, {@code columns} its heads.
     */
    private static void openScrollingTable(HtmlWriter html, String label, String caption, String tableClass,
            String... columns) {
        html.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-label",
                label + " (scrolls sideways on a narrow screen)");
        html.open("table", "class", tableClass).element("caption", caption, "class", "visually-hidden")
                .open("thead").open("tr");
        for (String column : columns) {
            html.element("th", column, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
    }

    /** Each criterion of the national review scored, with its evidence and what is missing; none without criteria. */
    private static void scorecard(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        ReviewScorecard scorecard = ReviewScorecard.of(report);
        if (scorecard.isEmpty()) {
            return;
        }
        html.element("h3", ReviewScorecard.HEADING);
        html.element("p", ReviewScorecard.NOTE, "class", "note");
        String label = ReviewScorecard.HEADING + " of " + title(report);
        openScrollingTable(html, label, label, "scorecard", "Criterion", "Score", "Evidence", "Missing");
        for (ReviewScorecard.Row row : scorecard.rows()) {
            html.open("tr").element("th", row.id() + " " + row.title(), "scope", "row");
            scoreCell(html, row.score().score());
            if (row.evidence().isEmpty()) {
                html.element("td", "none");
            } else {
                html.open("td");
                for (int i = 0; i < row.evidence().size(); i++) {
                    html.text(i == 0 ? "" : ", ").element("code", row.evidence().get(i));
                }
                html.close("td");
            }
            if (!row.note().isEmpty()) {
                html.element("td", row.note(), "class", "note");
            } else if (row.missing().isEmpty()) {
                html.element("td", "nothing");
            } else {
                html.open("td").open("ul", "class", "regimes");
                for (ReviewScorecard.Missing missing : row.missing()) {
                    html.open("li").element("code", missing.ruleId()).text(" (" + missing.outcomeWords() + "): "
                            + missing.message()).close("li");
                }
                html.close("ul").close("td");
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div").newline();
    }

    /** Each of the three themes against what addresses it, and what addresses it nowhere. */
    private static void themes(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        if (ThemesSection.rows(report).isEmpty()) {
            return;
        }
        html.element("h3", ThemesSection.HEADING);
        html.element("p", ThemesSection.NOTE, "class", "note");
        String label = ThemesSection.HEADING + " in " + title(report);
        openScrollingTable(html, label, label, "themes", "Theme", "Priorities", "Actions", "Services", "Measures",
                "Missing");
        for (org.childplan.rules.ThemeCoverage row : ThemesSection.rows(report)) {
            html.open("tr").element("th", ThemesSection.label(row), "scope", "row");
            idsCell(html, row.priorities());
            idsCell(html, row.actions());
            idsCell(html, row.services());
            idsCell(html, row.measures());
            if (row.isComplete()) {
                html.element("td", "nothing");
            } else {
                html.element("td", ThemesSection.missing(row), "class", "missing");
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div").newline();
    }

    /** A cell naming {@code score} in words, coloured by it: the words carry it, the colour only repeats them. */
    static void scoreCell(HtmlWriter html, org.childplan.rules.Score score) {
        html.element("td", score.words(), "class", "score score-" + score.name());
    }

    private static void idsCell(HtmlWriter html, List<String> ids) {
        if (ids.isEmpty()) {
            html.element("td", "none", "class", "missing");
        } else {
            html.element("td", String.join(", ", ids));
        }
    }

    private static void findings(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        html.element("h3", "Findings");
        if (LocalStandards.statutory(report.findings()).isEmpty()) {
            html.element("p", "No finding counts against the plan.");
            return;
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : aimFirst(report)) {
            groups.computeIfAbsent(group(report, finding), key -> new ArrayList<>()).add(finding);
        }
        groups.forEach((group, findings) -> {
            html.element("h4", group);
            findings.forEach(finding -> finding(html, report, finding, null));
        });
    }

    /**
     * The findings on standards the area has set itself, one section per pack, apart from the duties of the law: each
     * a table with its caption and its headers' scope.
     */
    private static void localStandards(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        LocalStandards.byPack(report, report.findings()).forEach((heading, findings) -> {
            html.open("section", "class", "local-standards").newline();
            html.element("h3", heading);
            html.element("p", LocalStandards.NOTE, "class", "note");
            html.open("table", "class", "local-standards").element("caption", heading + ": findings")
                    .open("thead").open("tr").element("th", "Severity", "scope", "col")
                    .element("th", "Outcome", "scope", "col").element("th", "Standard", "scope", "col")
                    .element("th", "Where", "scope", "col").element("th", "Finding", "scope", "col")
                    .element("th", "Source", "scope", "col").element("th", "Remedy", "scope", "col")
                    .close("tr").close("thead").open("tbody");
            for (Finding finding : findings) {
                html.open("tr").element("td", finding.severity().name()).element("td", outcomeWords(report, finding))
                        .open("th", "scope", "row").element("code", finding.ruleId()).text(" " + finding.title())
                        .close("th").open("td").element("code", finding.location().map(Object::toString)
                                .or(report::sourceName).orElse(report.planId())).text(" ")
                        .element("code", finding.pointer().isEmpty() ? "/" : finding.pointer()).close("td")
                        .element("td", finding.message()).open("td");
                citation(html, finding.citation());
                html.close("td").element("td", finding.remedy()).close("tr").newline();
            }
            html.close("tbody").close("table").newline();
            html.close("section").newline();
        });
    }

    /** Findings about an aim first, in aim order, then the others in report order. */
    private static List<Finding> aimFirst(ComplianceReport report) {
        List<Finding> ordered = new ArrayList<>();
        List<Finding> statutory = LocalStandards.statutory(report.findings());
        for (StatutoryAim aim : StatutoryAim.values()) {
            statutory.stream().filter(finding -> aimOf(report, finding).orElse(null) == aim).forEach(ordered::add);
        }
        statutory.stream().filter(finding -> aimOf(report, finding).isEmpty()).forEach(ordered::add);
        return ordered;
    }

    private static String group(ComplianceReport report, Finding finding) {
        return aimOf(report, finding)
                .map(aim -> "Aim: " + aim.description() + " (" + aim.provision() + ")")
                .orElseGet(() -> "Topic: " + topic(finding.pointer()));
    }

    /** The aim a finding concerns: one whose provision the finding cites. */
    private static Optional<StatutoryAim> aimOf(ComplianceReport report, Finding finding) {
        return Arrays.stream(StatutoryAim.values())
                .filter(aim -> finding.citation().provision().equals(aim.provision()))
                .findFirst();
    }

    /** The part of the plan a pointer is in, in words: {@code /annualReports/0} is "annual reports". */
    private static String topic(String pointer) {
        if (pointer.isEmpty()) {
            return "the plan as a whole";
        }
        String first = pointer.substring(1).split("/", 2)[0];
        return first.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The outcome in words; a duty a partial record does not evidence is "not shown in the source". */
    private static String outcomeWords(ComplianceReport report, Finding finding) {
        return FindingsByOutcome.words(report, finding.outcome());
    }

    private static void finding(HtmlWriter html, ComplianceReport report, Finding finding, WaivedFinding waived) {
        html.open("div", "class", "finding finding-" + finding.severity().name());
        html.open("p").element("span", finding.severity().name(), "class", "severity severity-" + finding.severity().name())
                .text(" ").element("span", outcomeWords(report, finding), "class", "outcome outcome-"
                        + finding.outcome().token())
                .text(" ").element("code", finding.ruleId()).text(" " + finding.title()).close("p");
        html.element("p", finding.message());
        html.open("p").text("Where: ").element("code", finding.location().map(Object::toString)
                .or(report::sourceName).orElse("(no file)")).text(" at ")
                .element("code", finding.pointer().isEmpty() ? "/" : finding.pointer()).close("p");
        html.open("p").text(LocalStandards.sourceLabel(finding.isLocalStandard(), finding.severity()) + ": ");
        citation(html, finding.citation());
        if (finding.isLocalStandard()) {
            html.text(" (" + LocalStandards.basisInWords(report, finding) + ", not a statutory duty)");
        }
        html.close("p");
        html.element("p", "Remedy: " + finding.remedy());
        if (waived != null) {
            html.element("p", "Waived: " + waived.waiver().justification() + " Approved by "
                    + waived.waiver().approvedBy() + "; expires " + waived.waiver().expires() + "; waiver "
                    + waived.waiver().describe() + ".");
        }
        html.close("div").newline();
    }

    private static void citation(HtmlWriter html, Citation citation) {
        link(html, citation.toString(), citation.url());
    }

    /** {@code text} linked to {@code url} when that is an http or https address; otherwise {@code text} alone. */
    private static void link(HtmlWriter html, String text, String url) {
        if (WebLinks.linkable(url)) {
            html.element("a", text, "href", url);
        } else {
            html.text(text);
        }
    }

    private static void waivers(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        if (!report.waived().isEmpty()) {
            html.element("h3", "Waived findings");
            html.element("p", "The partnership has accepted these findings for the reasons given; they do not count "
                    + "towards the verdict until the waiver expires.", "class", "note");
            report.waived().forEach(waived -> finding(html, report, waived.finding(), waived));
        }
        if (!report.waiverNotices().isEmpty()) {
            html.element("h3", "Waiver notices");
            html.open("ul");
            for (WaiverNotice notice : report.waiverNotices()) {
                html.open("li").element("strong", notice.kind().name()).text(": " + notice.message()).close("li");
            }
            html.close("ul").newline();
        }
    }

    private static void rules(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        List<AppliedRules.Outcome> outcomes = AppliedRules.of(report);
        List<RuleDescriptor> passed = outcomes.stream()
                .filter(outcome -> outcome.status() == AppliedRules.Status.PASSED)
                .map(AppliedRules.Outcome::rule)
                .toList();
        html.element("h3", "Rules passed");
        if (passed.isEmpty()) {
            html.element("p", "None.");
        } else {
            html.open("table", "class", "passed")
                    .element("caption", "Rules passed", "class", "visually-hidden").open("thead").open("tr")
                    .element("th", "Rule", "scope", "col").element("th", "Requirement", "scope", "col")
                    .element("th", "Severity", "scope", "col").element("th", sourceHeading(passed), "scope", "col").close("tr").close("thead").open("tbody");
            for (RuleDescriptor rule : passed) {
                html.open("tr").open("td").element("code", rule.id()).close("td").element("td", rule.title())
                        .element("td", rule.severity().name()).open("td");
                ruleSource(html, rule);
                html.close("td").close("tr").newline();
            }
            html.close("tbody").close("table");
        }
        List<AppliedRules.Outcome> notApplicable = outcomes.stream()
                .filter(outcome -> outcome.status() == AppliedRules.Status.NOT_APPLICABLE)
                .toList();
        html.element("h3", "Rules not applicable");
        if (notApplicable.isEmpty()) {
            html.element("p", "None: every rule was in force on the as-of date.");
        } else {
            html.open("table", "class", "not-applicable")
                    .element("caption", "Rules not applicable", "class", "visually-hidden").open("thead").open("tr")
                    .element("th", "Rule", "scope", "col").element("th", "Requirement", "scope", "col")
                    .element("th", "Why not", "scope", "col")
                    .element("th", sourceHeading(notApplicable.stream().map(AppliedRules.Outcome::rule).toList()),
                            "scope", "col")
                    .close("tr").close("thead").open("tbody");
            for (AppliedRules.Outcome outcome : notApplicable) {
                RuleDescriptor rule = outcome.rule();
                html.open("tr").open("td").element("code", rule.id()).close("td").element("td", rule.title())
                        .element("td", outcome.notApplicableReason()).open("td");
                ruleSource(html, rule);
                html.close("td").close("tr").newline();
            }
            html.close("tbody").close("table");
        }
    }

    /** {@code Legal source} over legal sources alone; {@code Source} where a local standard or practice is among them. */
    private static String sourceHeading(List<RuleDescriptor> rules) {
        return rules.stream().allMatch(rule -> LocalStandards.isLegalSource(rule.isLocalStandard(), rule.severity()))
                ? "Legal source" : "Source";
    }

    /** A rule's citation, said to be a local standard's where the rule rests on one. */
    private static void ruleSource(HtmlWriter html, RuleDescriptor rule) {
        if (rule.isLocalStandard()) {
            html.text("Local standard: ");
        }
        citation(html, rule.citation());
    }

    private static String display(Jurisdiction jurisdiction) {
        String name = jurisdiction.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Arrays.stream(name.split(" ")).map(HtmlReport::capitalise).collect(Collectors.joining(" "));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
