package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.StatutoryAim;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTests {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    static List<ExamplePlans> examples() {
        return ExampleReports.examples();
    }

    /** Parses the page as XML: it must be well formed, and the parser loads nothing from outside. */
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static List<String> strings(Document document, String expression) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(expression, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static int count(Document document, String expression) throws Exception {
        return ((Double) XPATH.evaluate("count(" + expression + ")", document, XPathConstants.NUMBER)).intValue();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePlanGivesAWellFormedSelfContainedPageWithMatrixFindingsAndRules(ExamplePlans example)
            throws Exception {
        ComplianceReport report = ExampleReports.of(example);

        String html = ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults());
        Document page = parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(count(page, "//script")).isZero();
        assertThat(count(page, "//@src")).isZero();
        assertThat(count(page, "//link")).isZero();
        assertThat(strings(page, "//style")).singleElement().asString().contains("@media print").doesNotContain("url(");
        Set<String> legalTexts = report.findings().stream().map(finding -> finding.citation().url())
                .collect(Collectors.toSet());
        report.passed().forEach(rule -> legalTexts.add(rule.citation().url()));
        report.notApplicable().forEach(rule -> legalTexts.add(rule.rule().citation().url()));
        assertThat(strings(page, "//@href")).allSatisfy(href -> assertThat(legalTexts).contains(href));
        assertThat(strings(page, "//h2")).containsExactly(report.planTitle());
        assertThat(count(page, "//table[@class='coverage']/tbody/tr")).isEqualTo(report.coverage().size());
        assertThat(count(page, "//div[contains(@class, 'finding ')]")).isEqualTo(report.findings().size());
        assertThat(count(page, "//table[@class='passed']/tbody/tr")).isEqualTo(report.passed().size());
        assertThat(count(page, "//table[@class='not-applicable']/tbody/tr")).isEqualTo(report.notApplicable().size());
        assertThat(strings(page, "//span[contains(@class, 'verdict-')]").get(1))
                .isEqualTo(report.verdict(ReportOptions.defaults().failLevel()).name());
    }

    @Test
    void theCoverageMatrixShowsEachAimWithItsPrioritiesActionsAndMeasuresAndWhatIsMissing() throws Exception {
        List<AimCoverage> coverage = List.of(
                new AimCoverage(StatutoryAim.WELLBEING, List.of("P1"), List.of("A1", "A2"), List.of("M1")),
                new AimCoverage(StatutoryAim.EARLY_ACTION_AND_PREVENTION, List.of("P2"), List.of(), List.of()));
        ComplianceReport report = new ComplianceReport("p", "P", "p.yaml", Jurisdiction.SCOTLAND,
                LocalDate.of(2024, 4, 1), List.of(), List.of(), List.of(), List.of(), coverage);

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults()));

        assertThat(strings(page, "//table[@class='coverage']/tbody/tr[1]/td")).containsExactly("P1", "A1, A2", "M1", "yes");
        assertThat(strings(page, "//table[@class='coverage']/tbody/tr[2]/td"))
                .containsExactly("P2", "none", "none", "no action, no measure");
        assertThat(strings(page, "//table[@class='coverage']/tbody/tr[2]/th").get(0)).contains("s9(2)(a)(ii)");
    }

    @Test
    void findingsAboutAnAimAreGroupedUnderItAndOthersUnderThePartOfThePlanTheyConcern() throws Exception {
        Citation aim = new Citation("Children and Young People (Scotland) Act 2014", "s9(2)(a)(ii)",
                "https://www.legislation.gov.uk/asp/2014/8/section/9");
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("ANNUAL", Severity.ERROR, "/annualReports", "late", null),
                new Finding("EARLY", Severity.ERROR, "Early action", "No action addresses early action", aim, "/actions",
                        new SourceLocation("p.yaml", 30, 1), "Add an action."));

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults()));

        assertThat(strings(page, "//h4")).containsExactly("Aim: early action and prevention (s9(2)(a)(ii))",
                "Topic: annual reports");
        String early = strings(page, "//div[contains(@class, 'finding ')][1]").get(0);
        assertThat(early).contains("No action addresses early action").contains("p.yaml:30:1").contains("/actions")
                .contains("Children and Young People (Scotland) Act 2014, s9(2)(a)(ii)").contains("Remedy: Add an action.");
    }

    @Test
    void planTextWithMarkupIsEscapedNotRun() throws Exception {
        String hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
        ComplianceReport report = ExampleReports.handMade("p", hostile, Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/actions", hostile, null));

        String html = ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults());
        Document page = parse(html);

        assertThat(count(page, "//script")).isZero();
        assertThat(count(page, "//img")).isZero();
        assertThat(strings(page, "//h2")).containsExactly(hostile);
        assertThat(html).contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &lt;img");
    }

    @Test
    void aPlanOutsideScotlandIsToldTheMatrixDoesNotApply() throws Exception {
        ComplianceReport report = ExampleReports.handMade("k", "Kingsmere", Jurisdiction.ENGLAND, "k.yaml");

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults()));

        assertThat(count(page, "//table[@class='coverage']")).isZero();
        assertThat(strings(page, "//section//p[@class='note']").get(0)).contains("does not apply").contains("England");
    }

    @Test
    void waivedFindingsShowTheirJustificationAndNoticesAreListed() throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/annualReports", "late", null))
                .withWaivers(Waivers.of(List.of(
                        new Waiver("R", null, null, "Delayed by the inspection.", "Board chair", LocalDate.of(2026, 3, 31), null),
                        new Waiver("S", null, null, "Old.", "Board chair", LocalDate.of(2025, 3, 31), null))),
                        LocalDate.of(2026, 1, 1));

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults()));

        assertThat(strings(page, "//h3")).contains("Waived findings", "Waiver notices");
        assertThat(strings(page, "//div[contains(@class, 'finding ')]")).singleElement().asString()
                .contains("Waived: Delayed by the inspection. Approved by Board chair; expires 2026-03-31");
        assertThat(strings(page, "//li")).singleElement().asString().startsWith("EXPIRED: waiver S expired on 2025-03-31");
        assertThat(strings(page, "//span[contains(@class, 'verdict-')]").get(0)).isEqualTo("PASS");
    }
}
