package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTests {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    static List<ExamplePlans> examples() {
        return ExampleReports.examples();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static int number(Document document, String expression) throws Exception {
        return ((Double) XPATH.evaluate(expression, document, XPathConstants.NUMBER)).intValue();
    }

    private static String string(Object context, String expression) throws Exception {
        return XPATH.evaluate(expression, context);
    }

    /** Reads the XML as maven-surefire-report-plugin does. */
    private static List<ReportTestSuite> surefire(String xml, Path folder) throws Exception {
        Path file = folder.resolve("TEST-childplan.xml");
        Files.writeString(file, xml);
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(file.toString());
        assertThat(parser.isValid()).isTrue();
        return suites;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePlanIsASuiteWithATestCasePerRuleWhoseCountsAddUp(ExamplePlans example, @TempDir Path folder)
            throws Exception {
        ComplianceReport report = ExampleReports.of(example);
        String xml = ReportRenderers.render(ReportFormat.JUNIT, List.of(report), ReportOptions.defaults());

        Document document = parse(xml);
        int rules = report.passed().size() + report.notApplicable().size()
                + (int) report.findings().stream().map(finding -> finding.ruleId()).distinct().count();
        assertThat(number(document, "count(/testsuites/testsuite)")).isEqualTo(1);
        assertThat(string(document, "/testsuites/testsuite/@name")).isEqualTo(report.planId());
        assertThat(number(document, "count(//testcase)")).isEqualTo(rules);
        assertThat(number(document, "/testsuites/testsuite/@tests")).isEqualTo(rules);
        int failing = (int) report.findings().stream().filter(finding -> report.failsAt(finding, FailLevel.ERROR))
                .map(finding -> finding.ruleId()).distinct().count();
        assertThat(number(document, "/testsuites/testsuite/@failures")).isEqualTo(failing);
        assertThat(number(document, "count(//testcase[failure])")).isEqualTo(failing);
        assertThat(number(document, "count(//failure)")).isEqualTo(failing);
        long errors = report.findings().stream().filter(finding -> report.failsAt(finding, FailLevel.ERROR)).count();
        assertThat(number(document, "count(//failure[contains(., 'remedy: ')])")).isEqualTo(failing);
        NodeList failures = (NodeList) XPATH.evaluate("//failure", document, XPathConstants.NODESET);
        long bodies = 0;
        for (int i = 0; i < failures.getLength(); i++) {
            bodies += failures.item(i).getTextContent().split("\nremedy: ", -1).length - 1;
        }
        assertThat(bodies).as("a body per finding that fails at ERROR").isEqualTo(errors);
        assertThat(number(document, "/testsuites/testsuite/@skipped")).isEqualTo(report.notApplicable().size());
        assertThat(number(document, "/testsuites/@tests")).isEqualTo(rules);

        ReportTestSuite suite = surefire(xml, folder).get(0);
        assertThat(suite.getNumberOfTests()).isEqualTo(rules);
        assertThat(suite.getNumberOfFailures()).isEqualTo(failing);
        assertThat(suite.getNumberOfErrors()).isZero();
        assertThat(suite.getNumberOfSkipped()).isEqualTo(report.notApplicable().size());
        assertThat(suite.getTestCases()).allSatisfy(testCase -> {
            assertThat(testCase.getFullClassName()).startsWith("childplan.");
            assertThat(testCase.getName()).matches("[A-Z0-9-]+ .+");
        });
    }

    @Test
    void aRuleWithSeveralFindingsFailsOnceListingEachFinding() throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/actions/0", "first", null),
                ExampleReports.finding("R", Severity.ERROR, "/actions/1", "second", null));

        Document document = parse(ReportRenderers.render(ReportFormat.JUNIT, List.of(report), ReportOptions.defaults()));

        assertThat(number(document, "count(//failure)")).isEqualTo(1);
        assertThat(string(document, "//failure/@message")).isEqualTo("2 findings: first; second");
        assertThat(string(document, "//failure")).contains("pointer: /actions/0").contains("pointer: /actions/1");
    }

    @Test
    void aFindingAtTheFailLevelIsAFailureNamingPlacePointerCitationAndRemedy(@TempDir Path folder) throws Exception {
        ComplianceReport report = ExampleReports.handMade("moray", "Moray", Jurisdiction.SCOTLAND, "plans/moray.yaml",
                ExampleReports.finding("SCO-CYPSA-S13-ANNUAL-REPORT", Severity.ERROR, "/annualReports",
                        "No annual report has been published.", new SourceLocation("plans/moray.yaml", 42, 3)),
                ExampleReports.finding("SCO-PRACTICE-GOVERNANCE", Severity.INFO, "/governance",
                        "No oversight group is named.", new SourceLocation("plans/moray.yaml", 7, 1)));
        String xml = ReportRenderers.render(ReportFormat.JUNIT, List.of(report), ReportOptions.defaults());

        Document document = parse(xml);
        Element failure = (Element) XPATH.evaluate(
                "//testcase[starts-with(@name, 'SCO-CYPSA-S13-ANNUAL-REPORT ')]/failure", document, XPathConstants.NODE);
        assertThat(failure.getAttribute("type")).isEqualTo("ERROR");
        assertThat(failure.getAttribute("message")).isEqualTo("No annual report has been published.");
        assertThat(failure.getTextContent()).isEqualTo("""
                plans/moray.yaml:42:3
                pointer: /annualReports
                citation: Children and Young People (Scotland) Act 2014, s13(1) <https://www.legislation.gov.uk/asp/2014/8/section/13>
                remedy: Publish it.""");
        assertThat(string(document, "//testcase[starts-with(@name, 'SCO-CYPSA-S13-ANNUAL-REPORT ')]/@name"))
                .isEqualTo("SCO-CYPSA-S13-ANNUAL-REPORT Title of SCO-CYPSA-S13-ANNUAL-REPORT");
        String belowLevel = "//testcase[starts-with(@name, 'SCO-PRACTICE-GOVERNANCE ')]";
        assertThat(number(document, "count(" + belowLevel + "/failure)")).isZero();
        assertThat(string(document, belowLevel + "/system-out")).startsWith("INFO not met (does not fail at ERROR): "
                + "No oversight group is named.\nplans/moray.yaml:7:1");

        List<ReportTestCase> cases = surefire(xml, folder).get(0).getTestCases();
        ReportTestCase failed = cases.stream().filter(ReportTestCase::hasFailure).findFirst().orElseThrow();
        assertThat(failed.getFailureType()).isEqualTo("ERROR");
        assertThat(failed.getFailureMessage()).isEqualTo("No annual report has been published.");
        assertThat(cases.stream().filter(ReportTestCase::isSuccessful).count()).isEqualTo(1);
    }

    @Test
    void aLowerFailLevelTurnsWarningsIntoFailuresAndNeverTurnsNothingIntoFailures() throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R-WARNING", Severity.WARNING, "/consultation", "w", null));

        Document warning = parse(ReportRenderers.render(ReportFormat.JUNIT, List.of(report),
                ReportOptions.defaults().withFailLevel(FailLevel.WARNING)));
        Document never = parse(ReportRenderers.render(ReportFormat.JUNIT, List.of(report),
                ReportOptions.defaults().withFailLevel(FailLevel.NEVER)));

        assertThat(number(warning, "/testsuites/@failures")).isEqualTo(1);
        assertThat(string(warning, "//property[@name='verdict']/@value")).isEqualTo("FAIL");
        assertThat(number(never, "/testsuites/@failures")).isZero();
        assertThat(string(never, "//property[@name='verdict']/@value")).isEqualTo("PASS");
    }

    @Test
    void aWaivedRuleIsSkippedWithTheJustificationAndAnUnmatchedWaiverIsInTheSuiteOutput(@TempDir Path folder)
            throws Exception {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, "p.yaml",
                ExampleReports.finding("R", Severity.ERROR, "/annualReports", "late", null))
                .withWaivers(Waivers.of(List.of(
                        new Waiver("R", null, null, "Delayed by the inspection.", "Board chair",
                                LocalDate.of(2026, 3, 31), new SourceLocation("waivers.yaml", 2, 5)),
                        new Waiver("GONE", null, null, "Old.", "Board chair", LocalDate.of(2026, 3, 31),
                                new SourceLocation("waivers.yaml", 7, 5)))), LocalDate.of(2026, 3, 31));
        String xml = ReportRenderers.render(ReportFormat.JUNIT, List.of(report), ReportOptions.defaults());

        Document document = parse(xml);
        assertThat(number(document, "/testsuites/@failures")).isZero();
        assertThat(number(document, "/testsuites/@skipped")).isEqualTo(1);
        assertThat(string(document, "//testcase/skipped/@message"))
                .isEqualTo("waived: Delayed by the inspection. (approved by Board chair; expires 2026-03-31)");
        assertThat(string(document, "/testsuites/testsuite/system-out")).startsWith("UNMATCHED: waiver waivers.yaml:7:5");
        assertThat(string(document, "//property[@name='waivedError']/@value")).isEqualTo("1");
        assertThat(string(document, "//property[@name='waivedWarning']/@value")).isEqualTo("0");
        assertThat(string(document, "//property[@name='findings']/@value"))
                .isEqualTo("0 errors, 0 warnings, 0 info; 1 waived: 1 error (waiver expires 2026-03-31)");
        assertThat(surefire(xml, folder).get(0).getNumberOfSkipped()).isEqualTo(1);
    }

    @Test
    void severalPlansAreSeveralSuitesAndTheTotalsAreTheirSums() throws Exception {
        List<ComplianceReport> reports = ExampleReports.all();

        Document document = parse(ReportRenderers.render(ReportFormat.JUNIT, reports, ReportOptions.defaults()));

        NodeList suites = (NodeList) XPATH.evaluate("/testsuites/testsuite", document, XPathConstants.NODESET);
        assertThat(suites.getLength()).isEqualTo(reports.size());
        for (String count : List.of("tests", "failures", "skipped")) {
            assertThat(number(document, "sum(/testsuites/testsuite/@" + count + ")"))
                    .as(count).isEqualTo(number(document, "/testsuites/@" + count));
        }
    }

    @Test
    void aDocumentThatCouldNotBeCheckedIsASuiteNamedByItsFileWhoseOneTestIsInErrorListingEachProblem(
            @TempDir Path folder) throws Exception {
        UncheckedPlan malformed = ExampleReports.unchecked(ExampleReports.MALFORMED, "plans/broken.yaml");
        UncheckedPlan invalid = ExampleReports.unchecked(ExampleReports.INVALID, "plans/invalid.yaml");
        assertThat(invalid.problems()).hasSizeGreaterThan(1);
        ComplianceReport report = ExampleReports.of(ExamplePlans.GLENARDOCH_CSP_2023_2026);
        CheckResults results = new CheckResults(List.of(report), List.of(malformed, invalid));
        String xml = ReportRenderers.render(ReportFormat.JUNIT, results,
                ReportOptions.defaults().withFailLevel(FailLevel.NEVER));

        Document document = parse(xml);
        assertThat(number(document, "count(/testsuites/testsuite)")).isEqualTo(3);
        assertThat(number(document, "/testsuites/@errors")).isEqualTo(2);
        assertThat(number(document, "/testsuites/@failures")).isZero();
        int rules = number(document, "/testsuites/testsuite[1]/@tests");
        assertThat(number(document, "/testsuites/@tests")).isEqualTo(rules + 2);
        String invalidSuite = "/testsuites/testsuite[@name='plans/invalid.yaml']";
        assertThat(string(document, invalidSuite + "/@file")).isEqualTo("plans/invalid.yaml");
        assertThat(number(document, invalidSuite + "/@tests")).isEqualTo(1);
        assertThat(number(document, invalidSuite + "/@errors")).isEqualTo(1);
        assertThat(string(document, invalidSuite + "//property[@name='verdict']/@value")).isEqualTo("FAIL");
        Element error = (Element) XPATH.evaluate(invalidSuite + "/testcase[@name='read and validate']/error", document,
                XPathConstants.NODE);
        assertThat(error.getAttribute("type")).isEqualTo("PlanNotChecked");
        assertThat(error.getAttribute("message")).startsWith(invalid.problems().size() + " problems: ");
        List<String> lines = List.of(error.getTextContent().split("\n"));
        for (UncheckedPlan.Problem problem : invalid.problems()) {
            String at = problem.location().map(SourceLocation::toString).orElse("plans/invalid.yaml");
            String pointer = problem.pointer() == null ? "" : problem.pointer() + ": ";
            assertThat(lines).contains(at + ": " + pointer + problem.message());
        }
        UncheckedPlan.Problem periodEnd = invalid.problems().stream()
                .filter(problem -> "/period/end".equals(problem.pointer())).findFirst().orElseThrow();
        SourceLocation at = periodEnd.location().orElseThrow();
        assertThat(lines).contains("plans/invalid.yaml:" + at.line() + ":" + at.column() + ": /period/end: "
                + periodEnd.message());
        String brokenSuite = "/testsuites/testsuite[@name='plans/broken.yaml']";
        assertThat(string(document, brokenSuite + "/testcase/error/@message"))
                .isEqualTo(malformed.problems().get(0).message());
        assertThat(string(document, brokenSuite + "/testcase/error")).startsWith("plans/broken.yaml:1:");

        List<ReportTestSuite> suites = surefire(xml, folder);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum()).isEqualTo(2);
        List<ReportTestCase> inError = suites.stream().flatMap(suite -> suite.getTestCases().stream())
                .filter(ReportTestCase::hasError).toList();
        assertThat(inError).hasSize(2).allSatisfy(testCase -> {
            assertThat(testCase.getName()).isEqualTo("read and validate");
            assertThat(testCase.getFailureType()).isEqualTo("PlanNotChecked");
        });
        assertThat(inError.get(1).getFailureDetail()).contains("/period/end: " + periodEnd.message());
    }
}
