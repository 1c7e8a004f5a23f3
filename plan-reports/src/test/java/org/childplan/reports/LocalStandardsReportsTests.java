package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleBasis;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.Waiver;
import java.util.EnumSet;
import org.childplan.model.DocumentKind;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A plan checked against the law and against a council's own standards: every format keeps the two apart, and never
 * reports a local standard as a statutory duty.
 */
class LocalStandardsReportsTests {

    private static final String PACK_TITLE = "Glenmore Council Performance Framework 2024";
    private static final Citation FRAMEWORK = new Citation("Glenmore Council Performance Framework 2024", "para 3.2",
            "https://www.glenmore.example/framework#para-3-2");

    private static final Finding DUTY = new Finding("SCO-CYPSA-S13-PUBLISH", Severity.ERROR, "The plan is published",
            "the plan is not published", ExampleReports.S13, "/publication", new SourceLocation("plan.yaml", 4, 3),
            "Publish it.", RuleOutcome.NOT_MET, RuleBasis.LAW, "scotland");
    private static final Finding STANDARD = new Finding("GLENMORE-PRIORITY-MEASURED", Severity.ERROR,
            "Each priority has a measure with a target", "priority P1 has no measure with a target", FRAMEWORK,
            "/priorities/0", new SourceLocation("plan.yaml", 9, 5), "Add a measure with a target.",
            RuleOutcome.NOT_MET, RuleBasis.LOCAL_STANDARD, "glenmore");

    private static final ComplianceReport REPORT = new ComplianceReport("plan", "A plan", "plan.yaml",
            Jurisdiction.SCOTLAND, LocalDate.of(2024, 4, 1), List.of(
                    new AppliedPack("glenmore", PACK_TITLE, "2024.1", Jurisdiction.SCOTLAND),
                    new AppliedPack("scotland", "Children and Young People (Scotland) Act 2014, Part 3", "1",
                            Jurisdiction.SCOTLAND)),
            List.of(DUTY, STANDARD), List.of(), List.of(), List.of());

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static Node node(Object context, String expression) throws Exception {
        return (Node) XPATH.evaluate(expression, context, XPathConstants.NODE);
    }

    private static String text(Object context, String expression) throws Exception {
        return XPATH.evaluate(expression, context).strip();
    }

    private static String render(ReportFormat format) {
        return ReportRenderers.render(format, List.of(REPORT), ReportOptions.defaults());
    }

    @Test
    void aFindingSaysWhatItsRuleRestsOnAndWhichPackItComesFrom() {
        assertThat(STANDARD.isLocalStandard()).isTrue();
        assertThat(STANDARD.basis()).isEqualTo(RuleBasis.LOCAL_STANDARD);
        assertThat(STANDARD.pack()).isEqualTo("glenmore");
        assertThat(DUTY.isLocalStandard()).isFalse();
        assertThat(ExampleReports.finding("R", Severity.ERROR, "", "m", null).basis())
                .as("a finding made without a basis rests on the law").isEqualTo(RuleBasis.LAW);
    }

    @Test
    void theMarkdownReportListsLocalStandardsInTheirOwnSectionAfterTheDutiesOfTheLaw() {
        String markdown = render(ReportFormat.MARKDOWN);

        int section = markdown.indexOf("### Local standards of " + PACK_TITLE);
        assertThat(section).as("the section of the council's standards").isPositive();
        assertThat(markdown.substring(0, section)).contains("SCO-CYPSA-S13-PUBLISH")
                .doesNotContain("GLENMORE-PRIORITY-MEASURED");
        assertThat(markdown.substring(section)).contains("GLENMORE-PRIORITY-MEASURED")
                .contains("not a duty the law places on the plan")
                .doesNotContain("SCO-CYPSA-S13-PUBLISH");
    }

    @Test
    void theHtmlReportListsLocalStandardsInACaptionedTableApartFromTheFindingsOnTheLaw() throws Exception {
        Document html = xml(render(ReportFormat.HTML));

        Node section = node(html, "//section[@class='local-standards']");
        assertThat(section).isNotNull();
        assertThat(text(section, "h3")).isEqualTo("Local standards of " + PACK_TITLE);
        assertThat(text(section, "table/caption")).startsWith("Local standards of " + PACK_TITLE);
        NodeList headers = (NodeList) XPATH.evaluate("table/thead//th", section, XPathConstants.NODESET);
        assertThat(headers.getLength()).isPositive();
        for (int i = 0; i < headers.getLength(); i++) {
            assertThat(((org.w3c.dom.Element) headers.item(i)).getAttribute("scope")).isEqualTo("col");
        }
        assertThat(text(section, "table/tbody/tr/th[@scope='row']")).contains("GLENMORE-PRIORITY-MEASURED");
        assertThat(section.getTextContent()).doesNotContain("SCO-CYPSA-S13-PUBLISH");
        section.getParentNode().removeChild(section);
        assertThat(html.getDocumentElement().getTextContent()).contains("SCO-CYPSA-S13-PUBLISH")
                .doesNotContain("GLENMORE-PRIORITY-MEASURED");
    }

    @Test
    void theJsonReportGivesEachFindingItsBasisAndPackAndStaysValidAgainstItsSchema() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON));

        JsonNode findings = json.at("/reports/0/findings");
        assertThat(findings).hasSize(2);
        for (JsonNode finding : findings) {
            boolean local = finding.get("ruleId").asText().startsWith("GLENMORE");
            assertThat(finding.get("basis").asText()).isEqualTo(local ? "LOCAL_STANDARD" : "LAW");
            assertThat(finding.get("pack").asText()).isEqualTo(local ? "glenmore" : "scotland");
        }
        try (InputStream in = ReportRenderers.class.getClassLoader()
                .getResourceAsStream(ReportRenderers.JSON_SCHEMA_RESOURCE)) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertThat(schema.validate(json)).isEmpty();
            ((com.fasterxml.jackson.databind.node.ObjectNode) findings.get(0)).remove(List.of("basis", "pack"));
            assertThat(schema.validate(json)).as("a report written before basis was added stays valid").isEmpty();
            ((com.fasterxml.jackson.databind.node.ObjectNode) findings.get(1)).put("basis", "WHIM");
            assertThat(schema.validate(json)).as("basis is LAW or LOCAL_STANDARD").isNotEmpty();
        }
    }

    @Test
    void theSarifReportTagsAndMarksEachResultAndRuleWithItsBasis() throws Exception {
        JsonNode run = new ObjectMapper().readTree(render(ReportFormat.SARIF)).at("/runs/0");

        java.util.Map<String, String> severities = new java.util.HashMap<>();
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            boolean local = rule.get("id").asText().startsWith("GLENMORE");
            String severity = rule.at("/properties/severity").asText();
            severities.put(rule.get("id").asText(), severity);
            assertThat(rule.at("/properties/basis").asText()).isEqualTo(local ? "LOCAL_STANDARD" : "LAW");
            assertThat(rule.at("/properties/tags").toString()).contains(expectedTag(local, severity));
        }
        for (JsonNode result : run.get("results")) {
            boolean local = result.get("ruleId").asText().startsWith("GLENMORE");
            String tag = expectedTag(local, severities.get(result.get("ruleId").asText()));
            assertThat(result.at("/properties/basis").asText()).isEqualTo(local ? "LOCAL_STANDARD" : "LAW");
            assertThat(result.at("/properties/tags").toString()).contains(tag);
            for (String other : List.of("local-standard", "statutory-duty", "statutory-expectation", "good-practice")) {
                if (!other.equals(tag)) {
                    assertThat(result.at("/properties/tags").toString()).doesNotContain(other);
                }
            }
        }
    }

    /** A standard of the area's own, or what the severity of a rule of the law says its text requires. */
    private static String expectedTag(boolean local, String severity) {
        if (local) {
            return "local-standard";
        }
        return switch (severity) {
            case "ERROR" -> "statutory-duty";
            case "WARNING" -> "statutory-expectation";
            default -> "good-practice";
        };
    }

    @Test
    void theJunitReportPutsLocalStandardsInASuiteOfTheirOwn() throws Exception {
        Document xml = xml(render(ReportFormat.JUNIT));

        Node law = node(xml, "//testsuite[@name='plan']");
        Node local = node(xml, "//testsuite[@name='plan: Local standards of " + PACK_TITLE + "']");
        assertThat(law).isNotNull();
        assertThat(local).isNotNull();
        assertThat(text(law, "count(testcase[starts-with(@name, 'SCO-CYPSA-S13-PUBLISH')])")).isEqualTo("1");
        assertThat(text(law, "count(testcase[starts-with(@name, 'GLENMORE')])")).isEqualTo("0");
        assertThat(text(local, "count(testcase)")).isEqualTo("1");
        assertThat(text(local, "count(testcase[starts-with(@name, 'GLENMORE-PRIORITY-MEASURED')])")).isEqualTo("1");
        assertThat(text(local, "properties/property[@name='basis']/@value")).isEqualTo("LOCAL_STANDARD");
        assertThat(text(law, "properties/property[@name='basis']/@value")).isEqualTo("LAW");
        assertThat(text(local, "@failures")).isEqualTo("1");
    }

    @Test
    void theGithubAnnotationOfALocalStandardSaysWhoseStandardItIsAndThatTheLawDoesNotRequireIt() {
        List<String> lines = render(ReportFormat.GITHUB).lines().toList();

        assertThat(lines).filteredOn(line -> line.contains("GLENMORE-PRIORITY-MEASURED")).singleElement().asString()
                .contains("title=GLENMORE-PRIORITY-MEASURED (local standard)")
                .contains("local standard of " + PACK_TITLE + ", not a statutory duty")
                .doesNotContain("Legal source");
        assertThat(lines).filteredOn(line -> line.contains("SCO-CYPSA-S13-PUBLISH")).singleElement().asString()
                .contains("Legal source").doesNotContain("local standard");
    }

    @Test
    void theGitlabIssueOfALocalStandardSaysWhoseStandardItIsAndThatTheLawDoesNotRequireIt() throws Exception {
        JsonNode issues = new ObjectMapper().readTree(render(ReportFormat.GITLAB));

        for (JsonNode issue : issues) {
            String description = issue.get("description").asText();
            if (issue.get("check_name").asText().startsWith("GLENMORE")) {
                assertThat(description).contains("local standard of " + PACK_TITLE + ", not a statutory duty");
            } else {
                assertThat(description).doesNotContain("local standard");
            }
        }
    }

    private static RuleDescriptor localRule(String id) {
        return new RuleDescriptor(id, "A standard of the council", Severity.WARNING, FRAMEWORK,
                LocalDate.of(2024, 4, 1), null, "Meet it.", Jurisdiction.SCOTLAND, "glenmore",
                EnumSet.allOf(DocumentKind.class), RuleBasis.LOCAL_STANDARD);
    }

    private static final Regime LAW = new Regime("Children's services planning (2017-)",
            "Children and Young People (Scotland) Act 2014, Part 3", "https://www.legislation.gov.uk/asp/2014/8/part/3",
            LocalDate.of(2017, 4, 1), null);

    private static final Finding WAIVED_STANDARD = new Finding("GLENMORE-WAIVED", Severity.WARNING,
            "A waived standard", "the standard is not met", FRAMEWORK, "/priorities/0", null, "Meet it.",
            RuleOutcome.NOT_MET, RuleBasis.LOCAL_STANDARD, "glenmore");

    /** A local rule passed, one not applicable and one waived, beside a duty of the law. */
    private static final ComplianceReport MIXED = new ComplianceReport("plan", "A plan", "plan.yaml",
            Jurisdiction.SCOTLAND, LocalDate.of(2024, 4, 1), REPORT.packs(), List.of(DUTY),
            List.of(localRule("GLENMORE-PASSED")),
            List.of(new NotApplicableRule(localRule("GLENMORE-LATER"), "in force from 2025-06-01")), List.of(),
            List.of(LAW), List.of(),
            List.of(new WaivedFinding(WAIVED_STANDARD, new Waiver("GLENMORE-WAIVED", null, null, "Agreed.",
                    "Board chair", LocalDate.of(2030, 1, 1), null))),
            List.of());

    private static String renderMixed(ReportFormat format) {
        return ReportRenderers.render(format, List.of(MIXED), ReportOptions.defaults());
    }

    @Test
    void theHtmlSummaryNamesTheCouncilsPackAsLocalStandardsNotAsLawApplied() throws Exception {
        Document html = xml(renderMixed(ReportFormat.HTML));

        assertThat(text(html, "//table[@class='summary']//tr[th='Law applied']/td"))
                .contains("Children and Young People (Scotland) Act 2014, Part 3").doesNotContain(PACK_TITLE);
        assertThat(text(html, "//table[@class='summary']//tr[starts-with(th, 'Legal regime')]/td"))
                .doesNotContain(PACK_TITLE);
        assertThat(text(html, "//table[@class='summary']//tr[th='Local standards']/td"))
                .contains("Standards of " + PACK_TITLE).contains("not law");
    }

    @Test
    void theHtmlReportNeverCallsTheSourceOfAPassedNotApplicableOrWaivedLocalStandardALegalSource() throws Exception {
        Document html = xml(renderMixed(ReportFormat.HTML));

        for (String table : List.of("passed", "not-applicable")) {
            Node row = node(html, "//table[@class='" + table + "']/tbody/tr[td/code[starts-with(., 'GLENMORE')]]");
            assertThat(row).as(table).isNotNull();
            assertThat(text(row, "td[last()]")).as(table).startsWith("Local standard: " + FRAMEWORK);
            assertThat(text(html, "//table[@class='" + table + "']/thead//th[last()]")).as(table).isEqualTo("Source");
        }
        Node waived = node(html, "//div[contains(@class, 'finding')][.//code='GLENMORE-WAIVED']");
        assertThat(waived).isNotNull();
        assertThat(waived.getTextContent()).contains("Source: " + FRAMEWORK).doesNotContain("Legal source")
                .contains("local standard of " + PACK_TITLE + ", not a statutory duty");
        Node duty = node(html, "//div[contains(@class, 'finding')][.//code='SCO-CYPSA-S13-PUBLISH']");
        assertThat(duty.getTextContent()).contains("Legal source: ");
    }

    @Test
    void theMarkdownAndTextReportsNameTheCouncilsPackAsLocalStandardsApartFromTheLawApplied() {
        String markdown = renderMixed(ReportFormat.MARKDOWN);
        String text = ExampleReports.text(MIXED);

        assertThat(markdown.lines().filter(line -> line.startsWith("**Law applied:**")))
                .singleElement().asString().doesNotContain(PACK_TITLE);
        assertThat(markdown).contains("**Local standards applied:** Standards of " + PACK_TITLE);
        assertThat(text).contains("Local standard: standards of " + PACK_TITLE)
                .doesNotContain("Regime: " + PACK_TITLE);
    }

    @Test
    void theSarifRuleOfALocalStandardNamesItsSourceAsALocalStandardAndItsFullDescriptionReadsAsSentences()
            throws Exception {
        JsonNode rules = new ObjectMapper().readTree(renderMixed(ReportFormat.SARIF)).at("/runs/0/tool/driver/rules");

        for (JsonNode rule : rules) {
            String help = rule.at("/help/text").asText();
            String full = rule.at("/fullDescription/text").asText();
            assertThat(full).as(full).doesNotContainPattern("[^.?!] Source");
            if (rule.get("id").asText().startsWith("GLENMORE")) {
                assertThat(help).doesNotContain("Legal source").contains("a local standard, not a statutory duty");
                assertThat(full).contains("a local standard, not a statutory duty");
            }
        }
        assertThat(rules.findValuesAsText("id")).contains("GLENMORE-PASSED");
    }
}
