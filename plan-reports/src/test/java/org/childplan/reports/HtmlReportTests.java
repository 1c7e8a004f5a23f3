package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
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
        assertThat(strings(page, "//@href[not(starts-with(., '#'))]"))
                .allSatisfy(href -> assertThat(legalTexts).contains(href));
        assertThat(strings(page, "//@href[starts-with(., '#')]")).containsExactly("#main");
        assertThat(count(page, "//nav")).as("a page on one plan needs no index").isZero();
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
    void aCitationWhoseAddressIsNotHttpOrHttpsIsShownAsTextAndNotLinked() throws Exception {
        Citation hostile = new Citation("Local Act", "s1", "javascript:alert(document.domain)//");
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                new Finding("R", Severity.ERROR, "A rule", "Not done", hostile, "/actions",
                        new SourceLocation("p.yaml", 3, 1), "Do it."),
                ExampleReports.finding("LINKED", Severity.ERROR, "/annualReports", "late", null));

        String html = ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults());
        Document page = parse(html);

        assertThat(html).doesNotContain("javascript:");
        assertThat(strings(page, "//div[contains(@class, 'finding ')]")).anySatisfy(finding ->
                assertThat(finding).contains("Not done", "Local Act, s1"));
        assertThat(strings(page, "//a/@href")).allSatisfy(href -> assertThat(href).matches("(#|https?://).*"))
                .contains(ExampleReports.S13.url());
    }

    @Test
    void thePageAllowsByItsContentSecurityPolicyOnlyItsOwnStyleSheet() throws Exception {
        String html = ReportRenderers.render(ReportFormat.HTML, ExampleReports.all(), ReportOptions.defaults());
        Document page = parse(html);

        String style = strings(page, "//style").get(0);
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(strings(page, "//head/meta[@http-equiv='Content-Security-Policy']/@content"))
                .containsExactly("default-src 'none'; style-src 'sha256-" + hash + "'; base-uri 'none'; form-action 'none'");
        assertThat(strings(page, "//script")).isEmpty();
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
        assertThat(strings(page, "//h3[. = 'Coverage of the statutory aims']/following-sibling::p[1]").get(0))
                .contains("does not apply").contains("England");
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
        assertThat(strings(page, "/html/body/header/p").get(0))
                .contains("1 plan checked, 2 documents could not be checked");
        assertThat(strings(page, "//main//h2")).containsExactly("Not checked: plans/<b>broken</b> & co.yaml",
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

    /** Every example plan, a document that could not be checked, and a plan with a waived finding and a change in law. */
    private static CheckResults everyKindOfDocument() {
        List<ComplianceReport> reports = new ArrayList<>(ExampleReports.all());
        reports.add(ExampleReports.withLaw(ExampleReports.handMade("waived", "A plan with a waived finding",
                        Jurisdiction.ENGLAND, "plans/waived.yaml",
                        ExampleReports.finding("R", Severity.ERROR, "/annualReports", "late", null)),
                        List.of(ExampleReports.ORDER_1996), List.of(ExampleReports.CYPP_2005))
                .withWaivers(Waivers.of(List.of(new Waiver("R", null, null, "Delayed by the inspection.",
                        "Board chair", LocalDate.of(2026, 3, 31), null))), LocalDate.of(2026, 1, 1)));
        return new CheckResults(reports, List.of(ExampleReports.unchecked(ExampleReports.INVALID,
                "plans/invalid.yaml")));
    }

    private static List<Element> elements(Document document, String expression) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(expression, document, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void aPageOnSeveralDocumentsHasAnIndexListingEachWithItsVerdictAndCountsAndLinkingToItsSection() throws Exception {
        CheckResults results = everyKindOfDocument();
        UncheckedPlan invalid = results.unchecked().get(0);

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, results, ReportOptions.defaults()));

        assertThat(count(page, "//nav")).isEqualTo(1);
        String rows = "//nav//table/tbody/tr";
        assertThat(count(page, rows)).isEqualTo(results.reports().size() + 1);
        assertThat(strings(page, rows + "[1]/th")).containsExactly("Not checked: plans/invalid.yaml");
        assertThat(strings(page, rows + "[1]/td"))
                .containsExactly("FAIL", "not checked: " + invalid.problems().size() + " problems");
        for (int i = 0; i < results.reports().size(); i++) {
            ComplianceReport report = results.reports().get(i);
            String row = rows + "[" + (i + 2) + "]";
            assertThat(strings(page, row + "/th")).containsExactly(report.planTitle());
            assertThat(strings(page, row + "/td")).containsExactly(
                    report.verdict(ReportOptions.defaults().failLevel()).name(),
                    Counts.describe(report.counts(), report.waived()));
        }
        assertThat(strings(page, rows + "[last()]/td[2]")).containsExactly(
                "0 errors, 0 warnings, 0 info; 1 waived: 1 error (waiver expires 2026-03-31)");
        List<Element> links = elements(page, "//nav//a");
        assertThat(links).hasSize(results.reports().size() + 1);
        for (Element link : links) {
            String href = link.getAttribute("href");
            assertThat(href).startsWith("#");
            assertThat(strings(page, "//main/section[@id = '" + href.substring(1) + "']/h2"))
                    .as("the section %s links to", href).containsExactly(link.getTextContent());
        }
        assertThat(strings(page, "//@id")).doesNotHaveDuplicates();
    }

    @Test
    void everyPageHasASkipLinkAHeaderTheMainContentAndAFooterAndItsHeadingsDescendOneLevelAtATime()
            throws Exception {
        for (CheckResults results : List.of(everyKindOfDocument(),
                new CheckResults(List.of(ExampleReports.all().get(0)), List.of()))) {
            Document page = parse(ReportRenderers.render(ReportFormat.HTML, results, ReportOptions.defaults()));

            List<String> landmarks = elements(page, "/html/body/*").stream().map(Element::getTagName).toList();
            assertThat(landmarks).containsExactlyElementsOf(results.reports().size() + results.unchecked().size() > 1
                    ? List.of("a", "header", "nav", "main", "footer") : List.of("a", "header", "main", "footer"));
            assertThat(strings(page, "/html/body/a[1]/@href")).containsExactly("#main");
            assertThat(strings(page, "/html/body/a[1]")).containsExactly("Skip to the report");
            assertThat(count(page, "/html/body/main[@id = 'main']")).isEqualTo(1);
            assertThat(count(page, "//h1")).isEqualTo(1);
            assertThat(count(page, "/html/body/header/h1")).isEqualTo(1);
            assertThat(count(page, "//main/section")).isEqualTo(results.reports().size() + results.unchecked().size());

            List<Integer> levels = elements(page, "//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 "
                    + "or self::h6]").stream().map(heading -> heading.getTagName().charAt(1) - '0').toList();
            assertThat(levels.get(0)).isEqualTo(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading %s of %s after a heading of level %s", i + 1, levels,
                        levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            assertThat(levels).contains(4);
        }
    }

    @Test
    void everyTableHasACaptionFirstAndEveryHeaderCellAScope() throws Exception {
        Document page = parse(ReportRenderers.render(ReportFormat.HTML, everyKindOfDocument(),
                ReportOptions.defaults()));

        assertThat(strings(page, "//table/@class")).contains("index", "problems", "summary", "chart-data",
                "law-changes", "coverage", "passed", "not-applicable");
        assertThat(count(page, "//table[not(*[1][self::caption][normalize-space()])]")).isZero();
        assertThat(count(page, "//th")).isGreaterThan(100);
        assertThat(count(page, "//th[not(@scope = 'col' or @scope = 'row')]")).isZero();
        assertThat(count(page, "//thead//th[@scope != 'col']")).isZero();
        assertThat(count(page, "//tbody//th[@scope != 'row']")).isZero();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theChartOfEachPlanCountsItsFindingsByOutcomeAndSeverityAsTheSummaryDoes(ExamplePlans example)
            throws Exception {
        ComplianceReport report = ExampleReports.of(example);

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults()));

        Map<RuleOutcome, List<Finding>> byOutcome = Map.of(
                RuleOutcome.NOT_MET, outcome(report, RuleOutcome.NOT_MET),
                RuleOutcome.NOT_EVIDENCED, outcome(report, RuleOutcome.NOT_EVIDENCED),
                RuleOutcome.NOT_YET_DUE, outcome(report, RuleOutcome.NOT_YET_DUE),
                RuleOutcome.WAIVED, report.waived().stream().map(waived -> waived.finding()).toList());
        assertThat(strings(page, "//table[@class='chart-data']/tbody/tr/@data-outcome"))
                .containsExactly("not-met", "not-evidenced", "not-yet-due", "waived");
        for (Map.Entry<RuleOutcome, List<Finding>> row : byOutcome.entrySet()) {
            String cells = "//table[@class='chart-data']/tbody/tr[@data-outcome = '" + row.getKey().token() + "']/td";
            List<String> expected = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                long findings = row.getValue().stream().filter(finding -> finding.severity() == severity).count();
                expected.add(String.valueOf(findings));
                String bar = "//svg/rect[@data-outcome = '" + row.getKey().token() + "' and @data-severity = '"
                        + severity + "']/@data-count";
                assertThat(strings(page, bar)).as("the bar of %s %s", row.getKey(), severity)
                        .containsExactlyElementsOf(findings == 0 ? List.of() : List.of(String.valueOf(findings)));
            }
            expected.add(String.valueOf(row.getValue().size()));
            assertThat(strings(page, cells)).as("the row of %s", row.getKey()).containsExactlyElementsOf(expected);
        }
        for (Severity severity : Severity.values()) {
            int column = severity.ordinal() + 1;
            int counted = Integer.parseInt(strings(page, "//tr[@data-outcome = 'not-met']/td[" + column + "]").get(0))
                    + Integer.parseInt(strings(page, "//tr[@data-outcome = 'not-evidenced']/td[" + column + "]")
                    .get(0));
            assertThat(counted).as("%s not met or not evidenced, as the summary counts them", severity)
                    .isEqualTo(report.count(severity));
        }
        assertThat(strings(page, "//svg/@aria-hidden")).containsExactlyElementsOf(
                report.findings().isEmpty() && report.waived().isEmpty() ? List.of() : List.of("true"));
    }

    private static List<Finding> outcome(ComplianceReport report, RuleOutcome outcome) {
        return report.findings().stream().filter(finding -> finding.outcome() == outcome).toList();
    }

    @Test
    void theChartDrawsEachOutcomeAsABarInProportionWithWhatAPartialRecordDoesNotShowNamedSo() throws Exception {
        ComplianceReport report = new ComplianceReport("p", "P", "p.yaml", Jurisdiction.SCOTLAND,
                LocalDate.of(2024, 4, 1), List.of(), List.of(
                        finding("A", Severity.ERROR, "/actions/0", RuleOutcome.NOT_MET),
                        finding("A", Severity.ERROR, "/actions/1", RuleOutcome.NOT_MET),
                        finding("B", Severity.INFO, "/actions/2", RuleOutcome.NOT_MET),
                        finding("C", Severity.WARNING, "/measures", RuleOutcome.NOT_EVIDENCED),
                        finding("D", Severity.INFO, "/annualReports", RuleOutcome.NOT_YET_DUE),
                        finding("W", Severity.ERROR, "/period", RuleOutcome.NOT_MET)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false)
                .withWaivers(Waivers.of(List.of(new Waiver("W", null, null, "Agreed.", "Board chair",
                        LocalDate.of(2026, 3, 31), null))), LocalDate.of(2026, 1, 1));

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults()));

        assertThat(strings(page, "//table[@class='chart-data']/tbody/tr/th"))
                .containsExactly("not met", "not shown in the source", "not yet due", "waived");
        assertThat(strings(page, "//table[@class='chart-data']/tbody/tr[1]/td")).containsExactly("2", "0", "1", "3");
        assertThat(strings(page, "//table[@class='chart-data']/tbody/tr[2]/td")).containsExactly("0", "1", "0", "1");
        assertThat(strings(page, "//table[@class='chart-data']/tbody/tr[3]/td")).containsExactly("0", "0", "1", "1");
        assertThat(strings(page, "//table[@class='chart-data']/tbody/tr[4]/td")).containsExactly("1", "0", "0", "1");
        assertThat(strings(page, "//svg/text[@class = 'chart-total']")).containsExactly("3", "1", "1", "1");
        assertThat(strings(page, "//svg/text[not(@class)]")).startsWith("not met", "not shown in the source",
                "not yet due", "waived").endsWith("ERROR", "WARNING", "INFO");
        List<Element> bars = elements(page, "//svg/rect[@data-count]");
        assertThat(bars).extracting(bar -> bar.getAttribute("data-outcome") + " " + bar.getAttribute("data-severity"))
                .containsExactly("not-met ERROR", "not-met INFO", "not-evidenced WARNING", "not-yet-due INFO",
                        "waived ERROR");
        double unit = Double.parseDouble(bars.get(0).getAttribute("width")) / 2;
        assertThat(unit).as("the longest bar fills the chart's width").isGreaterThan(50);
        for (Element bar : bars) {
            assertThat(Double.parseDouble(bar.getAttribute("width"))).as("width of %s", bar.getAttribute("data-outcome"))
                    .isCloseTo(unit * Integer.parseInt(bar.getAttribute("data-count")), within(0.1));
        }
        Element notMetInfo = bars.get(1);
        assertThat(Double.parseDouble(notMetInfo.getAttribute("x"))).as("a severity's bar starts where the last ends")
                .isCloseTo(Double.parseDouble(bars.get(0).getAttribute("x")) + 2 * unit,
                        within(0.1));
    }

    @Test
    void aPlanWithNoFindingHasATableOfZerosAndNoBars() throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml");

        Document page = parse(ReportRenderers.render(ReportFormat.HTML, List.of(report), ReportOptions.defaults()));

        assertThat(count(page, "//svg")).isZero();
        assertThat(strings(page, "//div[@class = 'chart']/p")).containsExactly("No finding to chart.");
        assertThat(strings(page, "//table[@class='chart-data']/tbody/tr/td")).hasSize(16).containsOnly("0");
    }

    private static Finding finding(String ruleId, Severity severity, String pointer, RuleOutcome outcome) {
        return new Finding(ruleId, severity, "Title of " + ruleId, "Message of " + ruleId, ExampleReports.S13, pointer,
                null, "Remedy.", outcome);
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
