package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Plan and waiver text holding characters an output cannot pass on as they are: a vertical tab pasted from a word
 * processor, an escape sequence, a line that a CI runner would read as a command.
 */
class HostileTextReportsTests {

    /** A title with a vertical tab, an OSC sequence ending in BEL, a NUL, a noncharacter and a CI command line. */
    private static final String TITLE = "Plan\u000b2024\u001b]0;owned\u0007\u0000\ufffe\n::error file=x::forged";

    private static CheckResults hostileResults() {
        ComplianceReport report = ExampleReports.handMade("hostile-plan", TITLE, Jurisdiction.SCOTLAND,
                "plans/hostile.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/annualReports", "late \u001b[2J report", null),
                ExampleReports.finding("W", Severity.WARNING, "/actions/0", "warn\u000b\u001b[31m", null))
                .withWaivers(Waivers.of(List.of(new Waiver("R", null, null, "Agreed\u000b by\u001b[8m the board",
                        "Chair\u0007", LocalDate.of(2026, 3, 31), new SourceLocation("waivers.yaml", 2, 5)))),
                        LocalDate.of(2026, 1, 1));
        UncheckedPlan unchecked = new UncheckedPlan("plans/bad\u001b.yaml", List.of(
                new UncheckedPlan.Problem("unknown property 'x\u000by'", "/x\u000by", null)));
        return new CheckResults(List.of(report), List.of(unchecked));
    }

    private static Document parseXml(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void junitXmlStaysWellFormedAndShowsTheForbiddenCharactersEscaped() throws Exception {
        String xml = ReportRenderers.render(ReportFormat.JUNIT, hostileResults(), ReportOptions.defaults());

        Document document = parseXml(xml);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(xml).doesNotContain("\u000b", "\u001b", "\u0000", "&#11;", "&#27;", "&#0;")
                .contains("Plan\\u000b2024\\u001b]0;owned\\u0007\\u0000\\ufffe", "Agreed\\u000b by\\u001b[8m",
                        "plans/bad\\u001b.yaml", "unknown property 'x\\u000by'");
    }

    @Test
    void htmlStaysWellFormedXmlAndShowsTheForbiddenCharactersEscapedRatherThanDroppingThem() throws Exception {
        String html = ReportRenderers.render(ReportFormat.HTML, hostileResults(), ReportOptions.defaults());

        parseXml(html);
        assertThat(html).doesNotContain("\u000b", "\u001b", "\u0007")
                .contains("Plan\\u000b2024\\u001b]0;owned\\u0007", "late \\u001b[2J report", "Chair\\u0007");
    }

    @Test
    void markdownHoldsNoControlCharacterAndNoPlanTextStartsALineACiRunnerReadsAsACommand() {
        String markdown = ReportRenderers.render(ReportFormat.MARKDOWN, hostileResults(), ReportOptions.defaults());

        assertThat(markdown.chars()).noneMatch(c -> c < 0x20 && c != '\n');
        assertThat(markdown.lines()).noneMatch(line -> line.startsWith("::"));
        // Markdown escapes the backslash of each escape, so that a reader sees \u001b.
        assertThat(markdown).contains("## PASS: Plan 2024\\\\u001b\\]0;owned\\\\u0007\\\\u0000\ufffe ::error file=x::forged",
                "|Agreed by\\\\u001b\\[8m the board|Chair\\\\u0007|");
    }

    @Test
    void sarifAndJsonAreValidJsonThatKeepsTheTextExactly() throws Exception {
        for (ReportFormat format : List.of(ReportFormat.SARIF, ReportFormat.JSON)) {
            String json = ReportRenderers.render(format, hostileResults(), ReportOptions.defaults());

            JsonNode tree = new ObjectMapper().readTree(json);
            assertThat(json).doesNotContain("\u000b", "\u001b", "\u0007");
            assertThat(tree.toString()).contains(new ObjectMapper().writeValueAsString("late \u001b[2J report"));
        }
    }
}
