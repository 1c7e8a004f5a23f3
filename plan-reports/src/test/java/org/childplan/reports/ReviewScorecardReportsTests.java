package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.childplan.examples.ExamplePlans;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Evidence;
import org.childplan.rules.Finding;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Score;
import org.childplan.rules.ScorecardRow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every report format shows, for a plan judged by a pack with national review criteria, each criterion scored with
 * the plan elements that evidence it and what is missing in the plan's terms; a plan whose pack has none has no such
 * section. The expected scores come from {@link RulePacks#scorecard}, which the reports must agree with.
 */
class ReviewScorecardReportsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    /** A partial record: rules it does not evidence count against their criteria. */
    private static final ComplianceReport MORAY = ExampleReports.of(ExamplePlans.MORAY_CSP_2017_2020);
    /** A complete Scottish plan: most criteria checked are fully met, with evidence. */
    private static final ComplianceReport GLENARDOCH = ExampleReports.of(ExamplePlans.GLENARDOCH_CSP_2023_2026);
    /** An English plan: England's pack has no review criteria. */
    private static final ComplianceReport KINGSMERE = ExampleReports.of(ExamplePlans.KINGSMERE_CYPP_2024_2027);

    private static String render(ReportFormat format, ComplianceReport report) {
        return ReportRenderers.render(format, List.of(report), ReportOptions.defaults());
    }

    private static String text(ComplianceReport report) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            ReportWriters.named("text").write(CheckResults.of(List.of(report)), ReportOptions.defaults(), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The messages of the findings of {@code row}'s shortfall rules: what is missing, in the plan's terms. */
    private static List<String> missingMessages(ComplianceReport report, ScorecardRow row) {
        List<String> messages = new ArrayList<>();
        report.findings().stream().filter(finding -> row.shortfalls().contains(finding.ruleId()))
                .map(Finding::message).forEach(messages::add);
        report.waived().stream().filter(waived -> row.shortfalls().contains(waived.finding().ruleId()))
                .map(waived -> waived.finding().message()).forEach(messages::add);
        return messages;
    }

    @Test
    void theExamplesCoverEveryScoreTheReportsMustShow() {
        Set<Score> scores = java.util.stream.Stream.of(MORAY, GLENARDOCH)
                .flatMap(report -> RulePacks.scorecard(report).stream())
                .map(ScorecardRow::score)
                .collect(Collectors.toSet());
        assertThat(scores).as("the tests below see fully met, a shortfall and not assessed")
                .contains(Score.FULLY_MET, Score.NOT_ASSESSED)
                .containsAnyOf(Score.PARTLY_MET, Score.NOT_MET, Score.PARTLY_EVIDENCED, Score.NOT_EVIDENCED);
        assertThat(RulePacks.scorecard(KINGSMERE)).isEmpty();
    }

    @Test
    void theTextReportScoresEachCriterionNamingItsEvidenceAndWhatIsMissing() {
        for (ComplianceReport report : List.of(MORAY, GLENARDOCH)) {
            String text = text(report);
            assertThat(text).contains("National review scorecard");
            for (ScorecardRow row : RulePacks.scorecard(report)) {
                assertThat(text).containsPattern("\\n    " + java.util.regex.Pattern.quote(row.criterion().id())
                        + " +" + java.util.regex.Pattern.quote(row.criterion().title()) + " +" + row.score().words());
                for (String message : missingMessages(report, row)) {
                    assertThat(text).contains("missing: ").contains("): " + message);
                }
                for (Evidence evidence : row.evidence()) {
                    assertThat(text).contains(evidence.pointer());
                }
            }
        }
        assertThat(text(KINGSMERE)).doesNotContain("National review scorecard");
    }

    @Test
    void theMarkdownReportHasARowPerCriterionWithScoreEvidenceAndWhatIsMissing() {
        String markdown = render(ReportFormat.MARKDOWN, MORAY);

        assertThat(markdown).contains("### National review scorecard")
                .contains("|Criterion|Score|Evidence|Missing|");
        for (ScorecardRow row : RulePacks.scorecard(MORAY)) {
            String line = markdown.lines()
                    .filter(candidate -> candidate.startsWith("|" + row.criterion().id() + " "))
                    .findFirst().orElseThrow(() -> new AssertionError("no row for " + row.criterion().id()));
            assertThat(line).contains("**" + row.score().words() + "**");
            row.shortfalls().forEach(rule -> assertThat(line).contains(rule));
            row.evidence().forEach(evidence -> assertThat(line).contains("`" + evidence.pointer() + "`"));
        }
        assertThat(render(ReportFormat.MARKDOWN, KINGSMERE)).doesNotContain("National review scorecard");
    }

    @Test
    void theHtmlReportHasACaptionedTableWhoseScoresAreWordsNotOnlyColours() throws Exception {
        Document html = xml(render(ReportFormat.HTML, GLENARDOCH));

        Element table = (Element) XPATH.evaluate("//table[@class='scorecard']", html, XPathConstants.NODE);
        assertThat(table).as("the scorecard table").isNotNull();
        assertThat(XPATH.evaluate("caption", table)).startsWith("National review scorecard of ");
        NodeList rows = (NodeList) XPATH.evaluate("tbody/tr", table, XPathConstants.NODESET);
        List<ScorecardRow> expected = RulePacks.scorecard(GLENARDOCH);
        assertThat(rows.getLength()).isEqualTo(expected.size());
        for (int i = 0; i < rows.getLength(); i++) {
            ScorecardRow row = expected.get(i);
            assertThat(XPATH.evaluate("th[@scope='row']", rows.item(i)))
                    .isEqualTo(row.criterion().id() + " " + row.criterion().title());
            Element score = (Element) XPATH.evaluate("td[1]", rows.item(i), XPathConstants.NODE);
            assertThat(score.getTextContent()).isEqualTo(row.score().words());
            assertThat(score.getAttribute("class")).isEqualTo("score score-" + row.score().name());
            for (Evidence evidence : row.evidence()) {
                assertThat(XPATH.evaluate("td[2]", rows.item(i))).contains(evidence.pointer());
            }
            for (String message : missingMessages(GLENARDOCH, row)) {
                assertThat(XPATH.evaluate("td[3]", rows.item(i))).contains(message);
            }
        }
        assertThat(render(ReportFormat.HTML, KINGSMERE)).doesNotContain("class=\"scorecard\"");
    }

    @Test
    void theJsonReportGivesEachCriterionsScoreEvidenceAndMissingFindingsValidAgainstItsSchema() throws Exception {
        JsonNode json = JSON.readTree(render(ReportFormat.JSON, MORAY));

        JsonNode rows = json.at("/reports/0/reviewScorecard");
        List<ScorecardRow> expected = RulePacks.scorecard(MORAY);
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ScorecardRow row = expected.get(i);
            JsonNode node = rows.get(i);
            assertThat(node.get("id").asText()).isEqualTo(row.criterion().id());
            assertThat(node.get("score").asText()).isEqualTo(row.score().name());
            assertThat(node.get("evidence").findValuesAsText("pointer"))
                    .containsExactlyElementsOf(row.evidence().stream().map(Evidence::pointer).toList());
            assertThat(node.get("missing").findValuesAsText("message"))
                    .containsExactlyInAnyOrderElementsOf(missingMessages(MORAY, row));
            assertThat(Set.copyOf(node.get("missing").findValuesAsText("ruleId")))
                    .isEqualTo(Set.copyOf(row.shortfalls()));
        }
        var schema = schema();
        assertThat(schema.validate(json)).isEmpty();
        ((ObjectNode) rows.get(0)).put("score", "SOMEWHAT_MET");
        assertThat(schema.validate(json)).as("a score is one of the four").isNotEmpty();
        assertThat(JSON.readTree(render(ReportFormat.JSON, KINGSMERE)).at("/reports/0/reviewScorecard").isMissingNode())
                .isTrue();
    }

    @Test
    void theJunitReportGivesEachCriterionAsAPropertyOfThePlansSuiteWithoutAddingTestCases() throws Exception {
        Document xml = xml(render(ReportFormat.JUNIT, MORAY));

        for (ScorecardRow row : RulePacks.scorecard(MORAY)) {
            String value = XPATH.evaluate("//testsuite[1]/properties/property[@name=\"reviewCriterion "
                    + row.criterion().id() + " " + row.criterion().title() + "\"]/@value", xml);
            assertThat(value).startsWith(row.score().words());
            row.shortfalls().forEach(rule -> assertThat(value).contains(rule));
        }
        assertThat(XPATH.evaluate("count(//testcase[starts-with(@name, 'reviewCriterion')])", xml)).isEqualTo("0");
        assertThat(render(ReportFormat.JUNIT, KINGSMERE)).doesNotContain("reviewCriterion");
    }

    @Test
    void theSarifReportKeepsTheScorecardsInTheRunsPropertyBag() throws Exception {
        JsonNode run = JSON.readTree(render(ReportFormat.SARIF, GLENARDOCH)).at("/runs/0");

        JsonNode plan = run.at("/properties/reviewScorecards/0");
        assertThat(plan.get("planId").asText()).isEqualTo(GLENARDOCH.planId());
        List<ScorecardRow> expected = RulePacks.scorecard(GLENARDOCH);
        assertThat(plan.get("criteria")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(plan.at("/criteria/" + i + "/score").asText()).isEqualTo(expected.get(i).score().name());
        }
        assertThat(JSON.readTree(render(ReportFormat.SARIF, KINGSMERE)).at("/runs/0/properties/reviewScorecards")
                .isMissingNode()).isTrue();
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static com.networknt.schema.JsonSchema schema() throws Exception {
        try (InputStream in = ReportRenderers.class.getClassLoader()
                .getResourceAsStream(ReportRenderers.JSON_SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
