package org.childplan.reports.internal;

import org.childplan.reports.Counts;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
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
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleOutcome;
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
 * <p>First, a section for each document that could not be checked, with its problems. Then for each plan: a summary
 * (with the legal regimes applied, their instruments linked, and the changes in the law within the plan's period),
 * the coverage matrix of the statutory aims against priorities, actions and measures
 * (Scottish plans; for others the page says it does not apply), the findings grouped by the aim they concern or else
 * by the part of the plan they concern, the waived findings and waiver notices, and the rules that passed or did not
 * apply. The style sheet is inline; there are no scripts, images or other assets, and the only links are to the
 * legal texts (of the findings, the rules and the regimes). Printed, each plan starts on a new page and links show
 * their address.
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
            th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f3f2f1; }
            .verdict { display: inline-block; padding: .1rem .6rem; font-weight: bold; border: 2px solid; }
            .verdict-PASS { color: #00703c; } .verdict-FAIL { color: #d4351c; }
            .severity { font-weight: bold; white-space: nowrap; }
            .severity-ERROR { color: #d4351c; } .severity-WARNING { color: #8a4b00; } .severity-INFO { color: #1d70b8; }
            .missing { color: #d4351c; font-weight: bold; }
            .finding { border-left: 4px solid #b1b4b6; padding: .25rem 0 .25rem .75rem; margin: .75rem 0; }
            .finding-ERROR { border-color: #d4351c; } .finding-WARNING { border-color: #f47738; } .finding-INFO { border-color: #1d70b8; }
            .finding p { margin: .2rem 0; }
            code { font-family: ui-monospace, Consolas, monospace; font-size: .95em; }
            .note { color: #505a5f; }
            ul.regimes { margin: 0; padding-left: 1.1rem; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              .plan { break-before: page; }
              .plan:first-of-type { break-before: auto; }
              .finding, tr { break-inside: avoid; }
              a[href]::after { content: " (" attr(href) ")"; font-size: .85em; }
            }
            """;

    private HtmlReport() {
    }

    /** Writes {@code reports} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        List<ComplianceReport> reports = results.reports();
        List<UncheckedPlan> unchecked = results.unchecked();
        HtmlWriter html = new HtmlWriter();
        html.markup("<!DOCTYPE html>").newline();
        html.open("html", "lang", "en").newline();
        html.open("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", "childplan compliance report")
                .open("style").markup(STYLE).close("style").close("head").newline();
        html.open("body").newline();
        Verdict overall = results.verdict(options.failLevel());
        html.element("h1", "Children's services plan: compliance report");
        html.open("p").text("Overall: ").element("span", overall.name(), "class", "verdict verdict-" + overall.name())
                .text(" — " + Counts.plural(reports.size(), "plan", "plans") + " checked"
                        + (unchecked.isEmpty() ? "" : ", " + Counts.plural(unchecked.size(), "document", "documents")
                                + " could not be checked")
                        + " by " + ToolInfo.NAME + " " + ToolInfo.VERSION + ". A plan fails on a finding of severity "
                        + failLevelText(options) + ". ERROR: a duty the law says a plan must meet; WARNING: an "
                        + "expectation of statutory guidance; INFO: recognised good practice."
                        + (unchecked.isEmpty() ? "" : " " + UncheckedDocuments.WHY_IT_FAILS))
                .close("p").newline();
        for (UncheckedPlan plan : unchecked) {
            unchecked(html, plan);
        }
        for (ComplianceReport report : reports) {
            plan(html, report, options);
        }
        html.close("body").newline().close("html").newline();
        out.write(html.toString());
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
    private static void unchecked(HtmlWriter html, UncheckedPlan plan) {
        html.open("section", "class", "plan unchecked").newline();
        html.element("h2", "Not checked: " + plan.source());
        html.open("p").element("span", Verdict.FAIL.name(), "class", "verdict verdict-" + Verdict.FAIL.name())
                .text(" The document could not be read, or is not a well-formed plan, so no duty was checked "
                        + "against it. Correct it at the places below and check it again.")
                .close("p");
        html.open("table", "class", "problems").open("thead").open("tr").element("th", "Where", "scope", "col")
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

    private static void plan(HtmlWriter html, ComplianceReport report, ReportOptions options) {
        Verdict verdict = report.verdict(options.failLevel());
        List<AppliedRules.Outcome> outcomes = AppliedRules.of(report);
        html.open("section", "class", "plan").newline();
        html.element("h2", report.planTitle() == null ? report.planId() : report.planTitle());
        html.open("table", "class", "summary").open("tbody");
        summaryRow(html, "Plan", report.planId() + Optional.ofNullable(report.planTitle()).map(t -> " — " + t).orElse(""));
        summaryRow(html, "File", report.sourceName().orElse("(checked as a value, not read from a file)"));
        summaryRow(html, "Jurisdiction", display(report.jurisdiction()));
        summaryRow(html, "Law applied", report.packs().stream()
                .map(pack -> pack.title() + " (rule pack " + pack.id() + " " + pack.version() + ")")
                .collect(Collectors.joining("; ")));
        regimes(html, report);
        summaryRow(html, "As of", report.asOf().toString());
        html.open("tr").element("th", "Verdict").open("td")
                .element("span", verdict.name(), "class", "verdict verdict-" + verdict.name())
                .text(" at fail level " + options.failLevel()).close("td").close("tr");
        Map<Severity, Integer> counts = report.counts();
        long passed = outcomes.stream().filter(outcome -> outcome.status() == AppliedRules.Status.PASSED).count();
        summaryRow(html, "Findings", Counts.describe(counts, report.waived()));
        summaryRow(html, "Rules", outcomes.size() + " applied: " + passed + " passed, "
                + report.notApplicable().size() + " not applicable");
        html.close("tbody").close("table").newline();
        lawChanges(html, report);
        coverage(html, report);
        findings(html, report);
        localStandards(html, report);
        waivers(html, report);
        rules(html, outcomes);
        html.close("section").newline();
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
                html.open("li").text(regime.name() + " — ").element("a", regime.instrument(), "href", regime.url())
                        .text(", " + LawInWords.inForce(regime)).close("li");
            }
            html.close("ul");
        }
        html.close("td").close("tr");
    }

    private static void lawChanges(HtmlWriter html, ComplianceReport report) {
        if (report.lawChanges().isEmpty()) {
            return;
        }
        html.element("h3", LawInWords.CHANGES_HEADING);
        html.element("p", LawInWords.CHANGES_NOTE, "class", "note");
        html.open("table", "class", "law-changes").open("thead").open("tr")
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

    private static void summaryRow(HtmlWriter html, String label, String value) {
        html.open("tr").element("th", label, "scope", "row").element("td", value).close("tr");
    }

    private static void coverage(HtmlWriter html, ComplianceReport report) {
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
        html.open("table", "class", "coverage").open("thead").open("tr")
                .element("th", "Aim", "scope", "col").element("th", "Priorities", "scope", "col")
                .element("th", "Actions", "scope", "col").element("th", "Measures", "scope", "col")
                .element("th", "Covered", "scope", "col")
                .close("tr").close("thead").open("tbody");
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
        html.close("tbody").close("table").newline();
    }

    private static void idsCell(HtmlWriter html, List<String> ids) {
        if (ids.isEmpty()) {
            html.element("td", "none", "class", "missing");
        } else {
            html.element("td", String.join(", ", ids));
        }
    }

    private static void findings(HtmlWriter html, ComplianceReport report) {
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
    private static void localStandards(HtmlWriter html, ComplianceReport report) {
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
        return finding.outcome() == RuleOutcome.NOT_EVIDENCED && !report.completeRecord()
                ? "not shown in the source" : finding.outcome().words();
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
        html.open("p").text("Legal source: ");
        citation(html, finding.citation());
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
        html.element("a", citation.toString(), "href", citation.url());
    }

    private static void waivers(HtmlWriter html, ComplianceReport report) {
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

    private static void rules(HtmlWriter html, List<AppliedRules.Outcome> outcomes) {
        List<RuleDescriptor> passed = outcomes.stream()
                .filter(outcome -> outcome.status() == AppliedRules.Status.PASSED)
                .map(AppliedRules.Outcome::rule)
                .toList();
        html.element("h3", "Rules passed");
        if (passed.isEmpty()) {
            html.element("p", "None.");
        } else {
            html.open("table", "class", "passed").open("thead").open("tr").element("th", "Rule").element("th", "Requirement")
                    .element("th", "Severity").element("th", "Legal source").close("tr").close("thead").open("tbody");
            for (RuleDescriptor rule : passed) {
                html.open("tr").open("td").element("code", rule.id()).close("td").element("td", rule.title())
                        .element("td", rule.severity().name()).open("td");
                citation(html, rule.citation());
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
            html.open("table", "class", "not-applicable").open("thead").open("tr").element("th", "Rule")
                    .element("th", "Requirement").element("th", "Why not").element("th", "Legal source")
                    .close("tr").close("thead").open("tbody");
            for (AppliedRules.Outcome outcome : notApplicable) {
                RuleDescriptor rule = outcome.rule();
                html.open("tr").open("td").element("code", rule.id()).close("td").element("td", rule.title())
                        .element("td", outcome.notApplicableReason()).open("td");
                citation(html, rule.citation());
                html.close("td").close("tr").newline();
            }
            html.close("tbody").close("table");
        }
    }

    private static String display(Jurisdiction jurisdiction) {
        String name = jurisdiction.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Arrays.stream(name.split(" ")).map(HtmlReport::capitalise).collect(Collectors.joining(" "));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
