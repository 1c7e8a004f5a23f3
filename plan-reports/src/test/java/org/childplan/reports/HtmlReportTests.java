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
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.Regime;
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
        report.regimes().forEach(regime -> legalTexts.add(regime.url()));
        assertThat(report.regimes()).as("the law applied to an example is named").isNotEmpty();
        assertThat(strings(page, "//ul[@class='regimes']/li/a/@href"))
                .containsExactlyElementsOf(report.regimes().stream().map(Regime::url).toList());
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
        assertThat(strings(page, "//table[@class='summary']//tr[th='Findings']/td")).singleElement().asString()
                .isEqualTo("0 errors, 0 warnings, 0 info; 1 waived: 1 error (waiver expires 2026-03-31)");
    }

    @Test
    void aDocumentThatCouldNotBeCheckedHasItsOwnSectionListingEachProblemAndFailsThePage() throws Exception {
        UncheckedPlan malformed = ExampleReports.unchecked(ExampleReports.MALFORMED, "plans/<b>broken</b> & co.yaml");
        UncheckedPlan invalid = ExampleReports.unchecked(ExampleReports.INVALID, "plans/invalid.yaml");
        ComplianceReport passing = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml");
        CheckResults results = new CheckResults(List.of(passing), List.of(malformed, invalid));

        String html = ReportRenderers.render(ReportFormat.HTML, results,
                ReportOptions.defaults().withFailLevel(FailLevel.NEVER));
        Document page = parse(html);

        assertThat(count(page, "//b")).isZero();
        assertThat(strings(page, "//span[contains(@class, 'verdict-')]").get(0)).isEqualTo("FAIL");
        assertThat(strings(page, "/html/body/p").get(0)).contains("1 plan checked, 2 documents could not be checked");
        assertThat(strings(page, "//h2")).containsExactly("Not checked: plans/<b>broken</b> & co.yaml",
                "Not checked: plans/invalid.yaml", "P");
        assertThat(count(page, "//section[contains(@class, 'unchecked')]")).isEqualTo(2);
        String brokenRows = "//section[contains(@class, 'unchecked')][1]//table[@class='problems']/tbody/tr";
        UncheckedPlan.Problem unclosed = malformed.problems().get(0);
        assertThat(strings(page, brokenRows + "/td")).containsExactly(
                unclosed.location().orElseThrow().toString(), unclosed.pointer(), unclosed.message());
        assertThat(strings(page, brokenRows + "/td[1]").get(0)).startsWith("plans/<b>broken</b> & co.yaml:1:");
        String invalidRows = "//section[contains(@class, 'unchecked')][2]//table[@class='problems']/tbody/tr";
        assertThat(count(page, invalidRows)).isEqualTo(invalid.problems().size());
        UncheckedPlan.Problem periodEnd = invalid.problems().stream()
                .filter(problem -> "/period/end".equals(problem.pointer())).findFirst().orElseThrow();
        assertThat(strings(page, invalidRows + "[td[2] = '/period/end']/td")).containsExactly(
                periodEnd.location().orElseThrow().toString(), "/period/end", periodEnd.message());
    }

    @Test
    void theSummaryNamesEachRegimeAppliedWithItsInstrumentLinkedAndTheChangesInTheLawWithinThePlansPeriod()
            throws Exception {
        ComplianceReport changing = ExampleReports.withLaw(
                ExampleReports.handMade("c", "Cambridgeshire", Jurisdiction.ENGLAND, "c.yaml"),
                List.of(ExampleReports.ORDER_1996, ExampleReports.PART_3), List.of(ExampleReports.CYPP_2005));
        ComplianceReport steady = ExampleReports.withLaw(
                ExampleReports.handMade("d", "Dundee", Jurisdiction.SCOTLAND, "d.yaml"),
                List.of(ExampleReports.PART_3), List.of());
        ComplianceReport unnamed = ExampleReports.handMade("u", "Unnamed", Jurisdiction.SCOTLAND, "u.yaml");

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, List.of(changing, steady, unnamed),
                ReportOptions.defaults()));

        String first = "//section[h2 = 'Cambridgeshire']";
        assertThat(strings(page, first + "//tr[th = 'Legal regimes']//li")).containsExactly(
                "the children's services plan (Children Act 1989, Sch 2 para 1A) — Children Act 1989 (Amendment) "
                        + "(Children's Services Planning) Order 1996, SI 1996/785, in force from 1996-04-01 to 2005-02-28",
                "children's services plans under Part 3 of the 2014 Act — Children and Young People (Scotland) Act "
                        + "2014, Part 3, in force from 2017-04-01");
        assertThat(strings(page, first + "//tr[th = 'Legal regimes']//a/@href"))
                .containsExactly(ExampleReports.ORDER_1996.url(), ExampleReports.PART_3.url());
        assertThat(strings(page, first + "//h3")).contains("Changes in the law within this plan's period");
        assertThat(strings(page, first + "//table[@class='law-changes']/tbody/tr/td")).containsExactly("2005-03-01",
                ExampleReports.CYPP_2005.description(), "ENG-CSPO-1996-PLAN",
                "ENG-CYPP-2005-PLAN, ENG-CYPP-2005-CONSULT");
        assertThat(count(page, "//b")).isZero();

        String second = "//section[h2 = 'Dundee']";
        assertThat(strings(page, second + "//tr[th = 'Legal regime']//li")).singleElement().asString()
                .endsWith("in force from 2017-04-01");
        assertThat(strings(page, second + "//h3")).doesNotContain("Changes in the law within this plan's period");
        assertThat(count(page, second + "//table[@class='law-changes']")).isZero();
        assertThat(strings(page, "//section[h2 = 'Unnamed']//tr[th = 'Legal regimes']/td"))
                .containsExactly("not named by the rule packs applied");
    }

    @Test
    void comingLawIsListedWithHowItWillComeIntoForce() {
        ComplianceReport report = ExampleReports.of(ExamplePlans.GLENARDOCH_CSP_2023_2026);
        assertThat(report.comingLaw()).isNotEmpty();

        String html = ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults());

        assertThat(html).containsOnlyOnce("<h3>Coming law</h3>").contains("<ul class=\"coming-law\">");
        for (var rule : report.comingLaw()) {
            assertThat(html).contains("<li>" + rule.id() + " (" + rule.severity() + "): ");
        }
    }
}
