package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.childplan.examples.ExamplePlans;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Score;
import org.childplan.rules.ScorecardRow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The national table of plans by score on each criterion, and the heat map of plans against criteria, in each form;
 * the expected scores come from {@link RulePacks#scorecard}.
 */
class NationalScorecardTests {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    static final List<ComplianceReport> REPORTS = List.of(
            ExampleReports.of(ExamplePlans.MORAY_CSP_2017_2020),
            ExampleReports.of(ExamplePlans.GLENARDOCH_CSP_2023_2026),
            ExampleReports.of(ExamplePlans.KINGSMERE_CYPP_2024_2027));

    static String write(NationalScorecard.Format format, List<ComplianceReport> reports) {
        StringWriter out = new StringWriter();
        try {
            NationalScorecard.of(reports).write(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void eachCriterionCountsThePlansWithEachScoreAndEveryScoreIsCounted() {
        Map<String, Map<Score, Integer>> counts = NationalScorecard.of(REPORTS).counts();

        List<ScorecardRow> moray = RulePacks.scorecard(REPORTS.get(0));
        List<ScorecardRow> glenardoch = RulePacks.scorecard(REPORTS.get(1));
        assertThat(counts).hasSize(moray.size());
        for (int i = 0; i < moray.size(); i++) {
            String criterion = moray.get(i).criterion().id() + " " + moray.get(i).criterion().title();
            Map<Score, Integer> byScore = counts.get(criterion);
            assertThat(byScore.values().stream().mapToInt(Integer::intValue).sum())
                    .as("two Scottish plans scored on %s; the English plan has no criteria", criterion).isEqualTo(2);
            for (Score score : Score.values()) {
                int expected = (moray.get(i).score() == score ? 1 : 0) + (glenardoch.get(i).score() == score ? 1 : 0);
                assertThat(byScore.get(score)).as("%s %s", criterion, score).isEqualTo(expected);
            }
        }
    }

    @Test
    void whatMoraysPartialRecordDoesNotShowIsCountedNotEvidencedInTheNationalTableNeverNotMet() {
        assertThat(REPORTS.get(0).completeRecord()).as("Moray's news item is a partial record").isFalse();
        Map<String, Map<Score, Integer>> counts = NationalScorecard.of(List.of(REPORTS.get(0))).counts();

        assertThat(counts.values()).allSatisfy(byScore -> assertThat(byScore.get(Score.NOT_MET)).isZero());
        assertThat(counts.get("1 Vision").get(Score.NOT_EVIDENCED)).isEqualTo(1);
        String text = write(NationalScorecard.Format.TEXT, REPORTS);
        assertThat(text).contains("partly evidenced", "not evidenced")
                .containsPattern("\\n  1    Vision +not evidenced ");
    }

    @Test
    void theMarkdownFormGivesTheNationalTableAndPlansAgainstCriteria() {
        String markdown = write(NationalScorecard.Format.MARKDOWN, REPORTS);

        assertThat(markdown).contains("# National review scorecard", "## Plans by score on each criterion",
                "|Criterion|Fully met|Partly met|Not met|Partly evidenced|Not evidenced|Not assessed|",
                "## Plans against criteria");
        Map<Score, Integer> vision = NationalScorecard.of(REPORTS).counts().get("1 Vision");
        assertThat(markdown).contains("|1 Vision|" + vision.get(Score.FULLY_MET) + "|" + vision.get(Score.PARTLY_MET)
                + "|" + vision.get(Score.NOT_MET) + "|" + vision.get(Score.PARTLY_EVIDENCED) + "|"
                + vision.get(Score.NOT_EVIDENCED) + "|" + vision.get(Score.NOT_ASSESSED) + "|");
        String glenardochRow = markdown.lines()
                .filter(line -> line.startsWith("|" + REPORTS.get(1).planTitle() + "|")).findFirst().orElseThrow();
        assertThat(glenardochRow.split("\\|")).hasSize(2 + RulePacks.scorecard(REPORTS.get(1)).size());
        assertThat(glenardochRow).contains(RulePacks.scorecard(REPORTS.get(1)).get(2).score().words());
    }

    @Test
    void theJsonFormGivesEachPlansScoresWithTheirFindingsAndTheCounts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(NationalScorecard.Format.JSON, REPORTS));

        assertThat(json.get("plans")).hasSize(3);
        assertThat(json.at("/plans/2/criteria")).as("an English plan has no review criteria").isEmpty();
        List<ScorecardRow> moray = RulePacks.scorecard(REPORTS.get(0));
        for (int i = 0; i < moray.size(); i++) {
            assertThat(json.at("/plans/0/criteria/" + i + "/score").asText()).isEqualTo(moray.get(i).score().name());
            List<String> missing = new java.util.ArrayList<>();
            json.at("/plans/0/criteria/" + i + "/missing").forEach(rule -> missing.add(rule.asText()));
            assertThat(missing).isEqualTo(moray.get(i).shortfalls());
            assertThat(json.at("/plans/0/criteria/" + i + "/findings").findValuesAsText("ruleId"))
                    .allMatch(moray.get(i).shortfalls()::contains);
        }
        assertThat(json.at("/counts/1 Vision/NOT_ASSESSED").asInt()).isEqualTo(
                NationalScorecard.of(REPORTS).counts().get("1 Vision").get(Score.NOT_ASSESSED));
    }

    @Test
    void theHtmlHeatMapIsARealTableWithCaptionScopesAndAScoreInWordsInEveryCell() throws Exception {
        Document html = xml(write(NationalScorecard.Format.HTML, REPORTS));

        Element heat = (Element) XPATH.evaluate("//table[@class='heat']", html, XPathConstants.NODE);
        assertThat(XPATH.evaluate("caption", heat)).startsWith("Plans against criteria");
        NodeList columns = (NodeList) XPATH.evaluate("thead/tr/th", heat, XPathConstants.NODESET);
        List<ScorecardRow> moray = RulePacks.scorecard(REPORTS.get(0));
        assertThat(columns.getLength()).isEqualTo(1 + moray.size());
        for (int i = 0; i < columns.getLength(); i++) {
            assertThat(((Element) columns.item(i)).getAttribute("scope")).isEqualTo("col");
        }
        NodeList rows = (NodeList) XPATH.evaluate("tbody/tr", heat, XPathConstants.NODESET);
        assertThat(rows.getLength()).as("the Scottish plans; the English one has no criteria").isEqualTo(2);
        assertThat(XPATH.evaluate("//main/p[last()]", html)).startsWith("Not scored")
                .contains(REPORTS.get(2).planTitle());
        for (int p = 0; p < 2; p++) {
            assertThat(XPATH.evaluate("th[@scope='row']", rows.item(p))).isEqualTo(REPORTS.get(p).planTitle());
            NodeList cells = (NodeList) XPATH.evaluate("td", rows.item(p), XPathConstants.NODESET);
            assertThat(cells.getLength()).isEqualTo(moray.size());
            List<ScorecardRow> expected = RulePacks.scorecard(REPORTS.get(p));
            for (int c = 0; c < cells.getLength(); c++) {
                assertThat(cells.item(c).getTextContent()).as("every cell has a text label").isNotBlank();
                assertThat(cells.item(c).getTextContent()).isEqualTo(expected.get(c).score().words());
                assertThat(((Element) cells.item(c)).getAttribute("class"))
                        .isEqualTo("score score-" + expected.get(c).score().name());
            }
        }
        Element counts = (Element) XPATH.evaluate("//table[@class='counts']", html, XPathConstants.NODE);
        assertThat(XPATH.evaluate("caption", counts)).isEqualTo("Plans by score on each criterion (2 plans)");
        assertThat(XPATH.evaluate("count(tbody/tr/th[@scope='row'])", counts)).isEqualTo(
                Integer.toString(moray.size()));
        assertThat(XPATH.evaluate("count(//script)", html)).isEqualTo("0");
    }

    @Test
    void theTextFormScoresEachPlanThenGivesTheTable() {
        String text = write(NationalScorecard.Format.TEXT, REPORTS);

        assertThat(text).contains("(moray-csp-2017-2020)", "(glenardoch-csp-2023-2026)",
                "No review criteria for the law of ENGLAND.", "Plans by score on each criterion (3 plans)");
        assertThat(write(NationalScorecard.Format.TEXT, REPORTS.subList(0, 1)))
                .doesNotContain("Plans by score on each criterion");
    }

    @Test
    void aFormatIsNamedInAnyCase() {
        assertThat(NationalScorecard.Format.named("HTML")).contains(NationalScorecard.Format.HTML);
        assertThat(NationalScorecard.Format.named("markdown")).contains(NationalScorecard.Format.MARKDOWN);
        assertThat(NationalScorecard.Format.named("sarif")).isEmpty();
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }
}
