package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.childplan.examples.ExamplePlans;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.ThemeCoverage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every report format has the section "Early action, integration, resources": each of the three themes with the
 * priorities, actions, services and measures that address it and what addresses it nowhere, in every jurisdiction.
 */
class ThemesReportsTests {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();
    /** An English plan whose themes are linked in its theme block. */
    private static final ComplianceReport KINGSMERE = ExampleReports.of(ExamplePlans.KINGSMERE_CYPP_2024_2027);
    /** A partial Scottish record: its aims address some themes, and no service or measure is linked to any. */
    private static final ComplianceReport MORAY = ExampleReports.of(ExamplePlans.MORAY_CSP_2017_2020);

    private static String render(ReportFormat format, ComplianceReport report) {
        return ReportRenderers.render(format, List.of(report), ReportOptions.defaults());
    }


    @Test
    void theExamplesShowEveryThemeAddressedInOnePlanAndMissingPartsInAnother() {
        assertThat(KINGSMERE.themes()).hasSize(3).allMatch(ThemeCoverage::isComplete);
        assertThat(MORAY.themes()).anyMatch(row -> !row.isComplete());
    }

    @Test
    void theTextReportListsEachThemesElementsAndWhatIsMissing() {
        String kingsmere = ExampleReports.text(KINGSMERE);
        String moray = ExampleReports.text(MORAY);

        assertThat(kingsmere).contains("Early action, integration, resources");
        for (ThemeCoverage row : KINGSMERE.themes()) {
            assertThat(kingsmere).contains("priorities " + String.join(", ", row.priorities()) + "; actions "
                    + String.join(", ", row.actions()) + "; services " + String.join(", ", row.services())
                    + "; measures " + String.join(", ", row.measures()));
        }
        for (ThemeCoverage row : MORAY.themes()) {
            if (!row.isComplete()) {
                assertThat(moray).contains("missing: no " + String.join(", no ", row.missingElements()));
            }
        }
    }

    @Test
    void theMarkdownReportHasATableRowPerTheme() {
        String markdown = render(ReportFormat.MARKDOWN, MORAY);

        assertThat(markdown).contains("### Early action, integration, resources",
                "|Theme|Priorities|Actions|Services|Measures|Missing|");
        for (ThemeCoverage row : MORAY.themes()) {
            String words = row.theme().words();
            String line = markdown.lines().filter(l -> l.startsWith("|" + Character.toUpperCase(words.charAt(0))
                    + words.substring(1).replace("'", "'") + "|")).findFirst().orElseThrow();
            assertThat(line).endsWith(row.isComplete() ? "||" : "|**no " + String.join(", no ",
                    row.missingElements()) + "**|");
        }
    }

    @Test
    void theHtmlReportHasATableWithRowHeadersAndEveryMissingPartNamed() throws Exception {
        Document html = xml(render(ReportFormat.HTML, MORAY));

        Element table = (Element) XPATH.evaluate("//table[@class='themes']", html, XPathConstants.NODE);
        assertThat(XPATH.evaluate("caption", table)).startsWith("Early action, integration, resources");
        NodeList rows = (NodeList) XPATH.evaluate("tbody/tr", table, XPathConstants.NODESET);
        assertThat(rows.getLength()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            ThemeCoverage row = MORAY.themes().get(i);
            assertThat(XPATH.evaluate("th[@scope='row']", rows.item(i)).toLowerCase())
                    .isEqualTo(row.theme().words().toLowerCase());
            assertThat(XPATH.evaluate("td[5]", rows.item(i)))
                    .isEqualTo(row.isComplete() ? "nothing" : "no " + String.join(", no ", row.missingElements()));
        }
    }

    @Test
    void theJsonJunitAndSarifReportsCarryEachTheme() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON, KINGSMERE));
        JsonNode themes = json.at("/reports/0/themes");
        assertThat(themes).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(themes.get(i).get("theme").asText()).isEqualTo(KINGSMERE.themes().get(i).theme().name());
            assertThat(themes.get(i).get("services")).hasSize(KINGSMERE.themes().get(i).services().size());
        }

        Document junit = xml(render(ReportFormat.JUNIT, MORAY));
        for (ThemeCoverage row : MORAY.themes()) {
            String value = XPATH.evaluate("//testsuite[1]/properties/property[@name='theme " + row.theme().name()
                    + "']/@value", junit);
            assertThat(value).startsWith("priorities ");
            assertThat(value.contains("missing: ")).isEqualTo(!row.isComplete());
        }

        JsonNode sarif = new ObjectMapper().readTree(render(ReportFormat.SARIF, KINGSMERE));
        assertThat(sarif.at("/runs/0/properties/themes/0/planId").asText()).isEqualTo(KINGSMERE.planId());
        assertThat(sarif.at("/runs/0/properties/themes/0/themes")).hasSize(3);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }
}
