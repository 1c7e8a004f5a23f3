package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownReportTests {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static List<ExamplePlans> examples() {
        return ExampleReports.examples();
    }

    /** The tables of a Markdown document as a GitHub-flavoured parser reads them: rows of cell texts. */
    private static List<List<List<String>>> tables(String markdown) {
        List<List<List<String>>> tables = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    List<List<String>> rows = new ArrayList<>();
                    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
                        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                            List<String> cells = new ArrayList<>();
                            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                                cells.add(text(cell));
                            }
                            rows.add(cells);
                        }
                    }
                    tables.add(rows);
                }
            }
        });
        return tables;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static List<String> linkDestinations(String markdown) {
        List<String> links = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
            }
        });
        return links;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePlanGivesAFindingsTableWithARowPerFindingAndALinkedCitation(ExamplePlans example) {
        ComplianceReport report = ExampleReports.of(example);

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(report), ReportOptions.defaults());

        // The scorecard's and the themes' tables are tested by ReviewScorecardReportsTests and ThemesReportsTests.
        List<List<List<String>>> tables = tables(markdown).stream()
                .filter(candidate -> candidate.get(0).get(0).equals("Severity"))
                .toList();
        if (report.findings().isEmpty()) {
            assertThat(tables).isEmpty();
            return;
        }
        List<List<String>> table = tables.get(0);
        assertThat(table.get(0)).containsExactly("Severity", "Outcome", "Rule", "Where", "Message", "Citation");
        assertThat(table).hasSize(report.findings().size() + 1);
        for (int i = 0; i < report.findings().size(); i++) {
            Finding finding = report.findings().get(i);
            String outcome = finding.outcome() == RuleOutcome.NOT_EVIDENCED && !report.completeRecord()
                    ? "not shown in the source" : finding.outcome().words();
            assertThat(table.get(i + 1)).containsExactly(finding.severity().name(), outcome, finding.ruleId(),
                    finding.location().map(location -> location.source() + ":" + location.line()).orElse(report.source())
                            + " " + (finding.pointer().isEmpty() ? "/" : finding.pointer()),
                    finding.message().replaceAll("\\s+", " "), finding.citation().toString());
        }
        assertThat(linkDestinations(markdown)).containsAll(report.findings().stream()
                .map(finding -> finding.citation().url()).toList());
        assertThat(markdown).contains(report.verdict(ReportOptions.defaults().failLevel()) + ":");
    }

    @Test
    void aCitationWhoseAddressIsNotHttpOrHttpsIsShownAsTextAndNotLinked() {
        org.childplan.rules.Citation hostile = new org.childplan.rules.Citation("Local Act", "s1",
                "javascript:alert(document.domain)//");
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                new Finding("R", Severity.ERROR, "A rule", "Not done", hostile, "/actions",
                        new SourceLocation("p.yaml", 3, 1), "Do it."),
                ExampleReports.finding("LINKED", Severity.ERROR, "/annualReports", "late", null));

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(report), ReportOptions.defaults());

        assertThat(markdown).doesNotContain("javascript:").contains("Local Act, s1")
                .contains("](" + ExampleReports.S13.url() + ")");
    }

    @Test
    void pipesNewlinesAndMarkupInPlanTextStayInsideTheirCell() {
        String message = "Actions | measures are *missing*\nfor <script>alert(1)</script> and `code`";
        ComplianceReport report = ExampleReports.handMade("p", "Plan | with a pipe", Jurisdiction.SCOTLAND, "plans/p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/actions/0", message,
                        new SourceLocation("plans/p.yaml", 12, 3)));

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(report), ReportOptions.defaults());

        List<List<String>> table = tables(markdown).get(0);
        assertThat(table).hasSize(2);
        assertThat(table.get(1)).containsExactly("ERROR", "not met", "R", "plans/p.yaml:12 /actions/0",
                "Actions | measures are *missing* for <script>alert(1)</script> and `code`",
                "Children and Young People (Scotland) Act 2014, s13(1)");
        List<String> headings = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(text(heading));
            }
        });
        assertThat(headings).contains("FAIL: Plan | with a pipe");
    }

    @Test
    void theSummaryGivesVerdictAndCountsAndWaivedFindingsHaveTheirOwnTable() {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/annualReports", "late", null),
                ExampleReports.finding("S", Severity.WARNING, "/consultation", "thin", null))
                .withWaivers(Waivers.of(List.of(new Waiver("R", null, null, "Delayed | by the inspection.",
                        "Board chair", LocalDate.of(2026, 3, 31), null))), LocalDate.of(2026, 1, 1));

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(report), ReportOptions.defaults());

        assertThat(markdown).contains("# childplan compliance report: PASS");
        assertThat(text(PARSER.parse(markdown))).contains("Findings: 0 errors, 1 warning, 0 info; 1 waived: 1 error (waiver expires 2026-03-31)");
        List<List<List<String>>> tables = tables(markdown);
        assertThat(tables).hasSize(2);
        assertThat(tables.get(1).get(0))
                .containsExactly("Severity", "Rule", "Where", "Message", "Justification", "Approved by", "Expires");
        assertThat(tables.get(1).get(1)).containsExactly("ERROR", "R", "p.yaml /annualReports", "late",
                "Delayed | by the inspection.", "Board chair", "2026-03-31");
    }

    @Test
    void documentsThatCouldNotBeCheckedFailTheRunAndAreListedWithEachProblemItsPlaceAndPointer() {
        UncheckedPlan malformed = ExampleReports.unchecked(ExampleReports.MALFORMED, "plans/broken | *odd*.yaml");
        UncheckedPlan invalid = ExampleReports.unchecked(ExampleReports.INVALID, "plans/invalid.yaml");
        ComplianceReport passing = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml");
        CheckResults results = new CheckResults(List.of(passing), List.of(malformed, invalid));

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, results,
                ReportOptions.defaults().withFailLevel(FailLevel.NEVER));

        assertThat(markdown).startsWith("# childplan compliance report: FAIL");
        assertThat(text(PARSER.parse(markdown))).contains("1 plan checked, 2 documents could not be checked;");
        assertThat(headings(markdown)).containsSubsequence("Plans not checked", "PASS: P");
        List<List<String>> table = tables(markdown).get(0);
        assertThat(table).hasSize(1 + 1 + invalid.problems().size());
        assertThat(table.get(0)).containsExactly("Where", "Pointer", "Problem");
        UncheckedPlan.Problem unclosed = malformed.problems().get(0);
        assertThat(table.get(1)).containsExactly("plans/broken | *odd*.yaml:1",
                unclosed.pointer() == null ? "" : unclosed.pointer(), unclosed.message().replaceAll("\\s+", " "));
        UncheckedPlan.Problem periodEnd = invalid.problems().stream()
                .filter(problem -> "/period/end".equals(problem.pointer())).findFirst().orElseThrow();
        assertThat(table.subList(2, table.size())).contains(List.of(
                "plans/invalid.yaml:" + periodEnd.location().orElseThrow().line(), "/period/end",
                periodEnd.message()));
    }

    @Test
    void aFileThatCouldNotBeReadIsARowWithItsNameAndAnEmptyPointer() {
        UncheckedPlan missing = ExampleReports.missingFile("target/no-such-folder/missing.yaml");

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, new CheckResults(List.of(), List.of(missing)),
                ReportOptions.defaults());

        assertThat(tables(markdown)).singleElement().isEqualTo(List.of(List.of("Where", "Pointer", "Problem"),
                List.of("target/no-such-folder/missing.yaml", "",
                        missing.problems().get(0).message().replaceAll("\\s+", " "))));
    }

    @Test
    void eachPlanNamesTheLawAppliedInOneLineAndListsTheChangesInTheLawWithinItsPeriod() {
        ComplianceReport report = ExampleReports.withLaw(
                ExampleReports.handMade("c", "Cambridgeshire", Jurisdiction.ENGLAND, "c.yaml"),
                List.of(ExampleReports.ORDER_1996, ExampleReports.PART_3), List.of(ExampleReports.CYPP_2005));
        ComplianceReport unchanged = ExampleReports.withLaw(
                ExampleReports.handMade("d", "Dundee", Jurisdiction.SCOTLAND, "d.yaml"),
                List.of(ExampleReports.PART_3), List.of());

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(report, unchanged),
                ReportOptions.defaults());

        String text = text(PARSER.parse(markdown));
        assertThat(text).contains("Law applied: the children's services plan (Children Act 1989, Sch 2 para 1A) "
                + "(Children Act 1989 (Amendment) (Children's Services Planning) Order 1996, SI 1996/785, in force "
                + "from 1996-04-01 to 2005-02-28); children's services plans under Part 3 of the 2014 Act (Children "
                + "and Young People (Scotland) Act 2014, Part 3, in force from 2017-04-01).");
        assertThat(linkDestinations(markdown)).containsSubsequence(ExampleReports.ORDER_1996.url(),
                ExampleReports.PART_3.url(), ExampleReports.PART_3.url());
        assertThat(headings(markdown)).containsOnlyOnce("Changes in the law within this plan's period");
        assertThat(listItems(markdown)).containsExactly(ExampleReports.CYPP_2005.description());
        assertThat(markdown).doesNotContain("<b>Children");
    }

    private static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(text(heading));
            }
        });
        return headings;
    }

    private static List<String> listItems(String markdown) {
        List<String> items = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                items.add(text(item));
            }
        });
        return items;
    }

    @Test
    void comingLawIsListedUnderItsOwnHeadingWithHowItWillComeIntoForce() {
        ComplianceReport report = ExampleReports.of(ExamplePlans.GLENARDOCH_CSP_2023_2026);
        assertThat(report.comingLaw()).isNotEmpty();

        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, List.of(report), ReportOptions.defaults());

        assertThat(headings(markdown)).containsOnlyOnce("Coming law");
        for (var rule : report.comingLaw()) {
            assertThat(listItems(markdown)).anySatisfy(item -> assertThat(item).startsWith(rule.id() + " (")
                    .contains(rule.inForceInWords()));
        }
    }
}
