package org.childplan.reports.internal;

import org.childplan.reports.Counts;
import org.childplan.reports.SafeText;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apiguardian.api.API;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.WaiverNotice;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes reports as JUnit XML in the form of Maven Surefire's reports, which CI servers read.
 *
 * <p>One {@code testsuite} per plan, named by the plan id, for the duties of the law, and beside it one for each pack
 * of standards the area has set itself, named {@code <plan id>: Local standards of <pack title>} (property
 * {@code basis} {@code LOCAL_STANDARD}), so that a local standard is never counted as a statutory duty; one
 * {@code testcase} per rule applied, its class name
 * {@code childplan.<pack>} and its name the rule id and title. A rule with findings at or over the fail level fails
 * with one {@code failure}, as a Surefire test fails once: its type is the severity, its message the finding's (or
 * each finding's, when there are several) and its body gives each finding's place, pointer, citation and remedy; findings
 * below the fail level are written to the test case's {@code system-out}, which leaves it passing. A rule that did
 * not apply, or whose findings are all waived, is {@code skipped} with the reason. Waiver notices go to the suite's
 * {@code system-out}. A document that could not be checked is a suite named by its file, with one test case,
 * {@value #UNCHECKED_TEST}, in {@code error} (type {@value #UNCHECKED_TYPE}) listing each problem as
 * {@code file:line:column: pointer: message}. Times are zero: a check is not a timed test. A plan judged by a pack
 * with national review criteria has a property per criterion in its suite of the law,
 * {@code reviewCriterion <id> <title>}, whose value is the score, the evidence and what is missing: scores read the
 * rules' outcomes, so they are not test cases of their own. Likewise each of the three themes is a property,
 * {@code theme <THEME>}, naming the priorities, actions, services and measures that address it and what is missing.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JunitReport {

    private JunitReport() {
    }

    /** The test case name of a document that could not be checked. */
    public static final String UNCHECKED_TEST = "read and validate";

    /** The error type of a document that could not be checked. */
    public static final String UNCHECKED_TYPE = "PlanNotChecked";

    /** Writes {@code results} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) {
        List<ComplianceReport> reports = results.reports();
        Document document = newDocument();
        Element suites = document.createElement("testsuites");
        suites.setAttribute("name", ToolInfo.NAME);
        document.appendChild(suites);
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (ComplianceReport report : reports) {
            List<AppliedRules.Outcome> outcomes = AppliedRules.of(report);
            Map<String, List<AppliedRules.Outcome>> suitesOfReport = new LinkedHashMap<>();
            suitesOfReport.put(report.planId(), outcomes.stream()
                    .filter(outcome -> !outcome.rule().isLocalStandard()).toList());
            for (AppliedRules.Outcome outcome : outcomes) {
                if (outcome.rule().isLocalStandard()) {
                    suitesOfReport.computeIfAbsent(report.planId() + ": " + localStandardsOf(report, outcome.rule()),
                            name -> new ArrayList<>()).add(outcome);
                }
            }
            for (Map.Entry<String, List<AppliedRules.Outcome>> entry : suitesOfReport.entrySet()) {
                boolean local = !entry.getKey().equals(report.planId());
                SuiteCounts counts = suite(document, suites, report, options.failLevel(), entry.getKey(),
                        entry.getValue(), local);
                tests += counts.tests();
                failures += counts.failures();
                skipped += counts.skipped();
            }
        }
        int errors = 0;
        for (UncheckedPlan plan : results.unchecked()) {
            unchecked(document, suites, plan, options.failLevel());
            tests++;
            errors++;
        }
        suites.setAttribute("tests", Integer.toString(tests));
        suites.setAttribute("failures", Integer.toString(failures));
        suites.setAttribute("errors", Integer.toString(errors));
        suites.setAttribute("skipped", Integer.toString(skipped));
        suites.setAttribute("time", "0");
        replaceCharactersXmlForbids(document.getDocumentElement());
        transform(document, out);
    }

    private record SuiteCounts(int tests, int failures, int skipped) {
    }

    /** {@code Local standards of <the pack's title>}, for the pack of {@code rule}. */
    private static String localStandardsOf(ComplianceReport report, org.childplan.rules.RuleDescriptor rule) {
        return "Local standards of " + report.packs().stream()
                .filter(pack -> pack.id().equals(rule.pack()))
                .map(org.childplan.rules.AppliedPack::title)
                .findFirst()
                .orElse(rule.pack());
    }

    /**
     * One suite of {@code report}: the duties of the law, named by the plan id, or the standards one pack's area set
     * itself ({@code local}), named by the plan id and "Local standards of" the pack, with the property
     * {@code basis}.
     */
    private static SuiteCounts suite(Document document, Element suites, ComplianceReport report, FailLevel failLevel,
            String name, List<AppliedRules.Outcome> outcomes, boolean local) {
        Element suite = document.createElement("testsuite");
        suites.appendChild(suite);
        suite.setAttribute("name", name);
        report.sourceName().ifPresent(source -> suite.setAttribute("file", source));
        Element properties = document.createElement("properties");
        suite.appendChild(properties);
        property(document, properties, "planTitle", Optional.ofNullable(report.planTitle()).orElse(""));
        property(document, properties, "jurisdiction", report.jurisdiction().name());
        property(document, properties, "asOf", report.asOf().toString());
        property(document, properties, "packs", report.packs().stream()
                .map(pack -> pack.id() + " " + pack.version()).collect(Collectors.joining(", ")));
        property(document, properties, "failLevel", failLevel.name());
        property(document, properties, "verdict", report.verdict(failLevel).name());
        property(document, properties, "basis", local ? "LOCAL_STANDARD" : "LAW");
        // Waived findings do not fail a test case, so the suite's counts alone would hide a waived statutory duty.
        property(document, properties, "findings", Counts.describe(report.counts(), report.waived()));
        for (Severity severity : Severity.values()) {
            property(document, properties, "waived" + severity.name().charAt(0)
                    + severity.name().substring(1).toLowerCase(Locale.ROOT), Long.toString(report.waived().stream()
                            .filter(waived -> waived.finding().severity() == severity).count()));
        }
        if (!local) {
            // The national review's scores are a reading of the rules' outcomes, not tests of their own: properties.
            for (ReviewScorecard.Row row : ReviewScorecard.of(report).rows()) {
                String value = row.score().score().words()
                        + (row.evidence().isEmpty() ? "" : "; evidence: " + String.join(", ", row.evidence()))
                        + (row.missing().isEmpty() ? "" : "; missing: " + row.missingInWords())
                        + (row.note().isEmpty() ? "" : "; " + row.note());
                property(document, properties, "reviewCriterion " + row.id() + " " + row.title(), value);
            }
            for (org.childplan.rules.ThemeCoverage row : ThemesSection.rows(report)) {
                property(document, properties, "theme " + row.theme().name(), "priorities "
                        + ThemesSection.ids(row.priorities()) + "; actions " + ThemesSection.ids(row.actions())
                        + "; services " + ThemesSection.ids(row.services()) + "; measures "
                        + ThemesSection.ids(row.measures())
                        + (row.isComplete() ? "" : "; missing: " + ThemesSection.missing(row)));
            }
        }
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (AppliedRules.Outcome outcome : outcomes) {
            tests++;
            Element testcase = document.createElement("testcase");
            suite.appendChild(testcase);
            testcase.setAttribute("name", outcome.rule().id() + " " + outcome.rule().title());
            testcase.setAttribute("classname", ToolInfo.NAME + "." + outcome.rule().pack());
            testcase.setAttribute("time", "0");
            List<Finding> failing = new ArrayList<>();
            List<Finding> below = new ArrayList<>();
            for (Finding finding : outcome.findings()) {
                (report.failsAt(finding, failLevel) ? failing : below).add(finding);
            }
            if (!failing.isEmpty()) {
                Element failure = document.createElement("failure");
                failure.setAttribute("message", failing.size() == 1 ? failing.get(0).message()
                        : failing.size() + " findings: " + failing.stream().map(Finding::message)
                                .collect(Collectors.joining("; ")));
                failure.setAttribute("type", failing.get(0).severity().name());
                failure.setTextContent(failing.stream().map(finding -> describe(report, finding))
                        .collect(Collectors.joining("\n\n")));
                testcase.appendChild(failure);
            }
            if (!failing.isEmpty()) {
                failures++;
            } else if (outcome.status() == AppliedRules.Status.NOT_APPLICABLE) {
                skipped++;
                skip(document, testcase, "not applicable: " + outcome.notApplicableReason());
            } else if (outcome.status() == AppliedRules.Status.WAIVED) {
                skipped++;
                WaivedFinding first = outcome.waived().get(0);
                skip(document, testcase, "waived: " + first.waiver().justification() + " (approved by "
                        + first.waiver().approvedBy() + "; expires " + first.waiver().expires() + ")");
            }
            List<String> notes = new ArrayList<>();
            below.forEach(finding -> notes.add(finding.severity() + " " + finding.outcome().words()
                    + " (does not fail at " + failLevel + "): "
                    + finding.message() + "\n" + describe(report, finding)));
            outcome.waived().forEach(waived -> notes.add("WAIVED " + waived.finding().severity() + ": "
                    + waived.finding().message() + "\n" + describe(report, waived.finding()) + "\nwaiver: "
                    + waived.waiver().describe() + ": " + waived.waiver().justification() + " (approved by "
                    + waived.waiver().approvedBy() + "; expires " + waived.waiver().expires() + ")"));
            if (!notes.isEmpty()) {
                Element systemOut = document.createElement("system-out");
                systemOut.setTextContent(String.join("\n\n", notes));
                testcase.appendChild(systemOut);
            }
        }
        suite.setAttribute("tests", Integer.toString(tests));
        suite.setAttribute("failures", Integer.toString(failures));
        suite.setAttribute("errors", "0");
        suite.setAttribute("skipped", Integer.toString(skipped));
        suite.setAttribute("time", "0");
        if (!local && !report.waiverNotices().isEmpty()) {
            Element systemOut = document.createElement("system-out");
            systemOut.setTextContent(report.waiverNotices().stream()
                    .map(notice -> notice.kind() + ": " + notice.message())
                    .collect(Collectors.joining("\n")));
            suite.appendChild(systemOut);
        }
        return new SuiteCounts(tests, failures, skipped);
    }

    /**
     * A suite for a document that could not be checked, named by its file, with one test case in error: an error, not
     * a failure, because no rule was judged; the document stopped the checks from running, as an exception stops a
     * test.
     */
    private static void unchecked(Document document, Element suites, UncheckedPlan plan, FailLevel failLevel) {
        Element suite = document.createElement("testsuite");
        suites.appendChild(suite);
        suite.setAttribute("name", plan.source());
        suite.setAttribute("file", plan.source());
        Element properties = document.createElement("properties");
        suite.appendChild(properties);
        property(document, properties, "failLevel", failLevel.name());
        property(document, properties, "verdict", Verdict.FAIL.name());
        Element testcase = document.createElement("testcase");
        suite.appendChild(testcase);
        testcase.setAttribute("name", UNCHECKED_TEST);
        testcase.setAttribute("classname", ToolInfo.NAME + ".unchecked");
        testcase.setAttribute("time", "0");
        List<UncheckedPlan.Problem> problems = plan.problems();
        Element error = document.createElement("error");
        error.setAttribute("message", problems.size() == 1 ? problems.get(0).message()
                : problems.size() + " problems: " + problems.stream().map(UncheckedPlan.Problem::message)
                        .collect(Collectors.joining("; ")));
        error.setAttribute("type", UNCHECKED_TYPE);
        error.setTextContent(problems.stream().map(problem -> UncheckedDocuments.describe(plan, problem))
                .collect(Collectors.joining("\n")) + "\n" + UncheckedDocuments.WHY_IT_FAILS);
        testcase.appendChild(error);
        suite.setAttribute("tests", "1");
        suite.setAttribute("failures", "0");
        suite.setAttribute("errors", "1");
        suite.setAttribute("skipped", "0");
        suite.setAttribute("time", "0");
    }

    /** The body of a failure: where, the pointer, the citation and the remedy, one per line. */
    static String describe(ComplianceReport report, Finding finding) {
        String where = finding.location().map(Object::toString)
                .orElse(report.sourceName().orElse("(plan given as a value, not a file)"));
        return where + "\npointer: " + (finding.pointer().isEmpty() ? "/ (the whole plan)" : finding.pointer())
                + "\ncitation: " + finding.citation() + " <" + finding.citation().url() + ">"
                + "\nremedy: " + finding.remedy();
    }

    private static void skip(Document document, Element testcase, String message) {
        Element skipped = document.createElement("skipped");
        skipped.setAttribute("message", message);
        testcase.appendChild(skipped);
    }

    private static void property(Document document, Element properties, String name, String value) {
        Element property = document.createElement("property");
        property.setAttribute("name", name);
        property.setAttribute("value", value);
        properties.appendChild(property);
    }

    /**
     * Escapes, in every attribute and text below {@code node}, the characters XML 1.0 cannot hold (a vertical tab
     * pasted into a plan, an escape character): the serialiser would write them as character references, which
     * leave the document not well formed.
     */
    private static void replaceCharactersXmlForbids(Node node) {
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                attribute.setNodeValue(SafeText.forXml(attribute.getNodeValue()));
            }
        } else if (node instanceof CharacterData text) {
            text.setData(SafeText.forXml(text.getData()));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            replaceCharactersXmlForbids(child);
        }
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the Java runtime's XML parser cannot be configured", e);
        }
    }

    private static void transform(Document document, Writer out) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the JUnit XML report: " + e.getMessageAndLocation(), e);
        }
    }
}
