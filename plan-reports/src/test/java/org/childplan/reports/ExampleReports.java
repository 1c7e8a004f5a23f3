package org.childplan.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.SourceLocation;
import org.childplan.model.validation.PlanValidator;
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.LawChange;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Regime;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Severity;

/** The reports of the bundled example plans, and small hand-made reports for the cases the examples do not show. */
final class ExampleReports {

    /** {@code report} as the text report writes it. */
    static String text(ComplianceReport report) {
        StringWriter out = new StringWriter();
        try {
            ReportWriters.named("text").write(CheckResults.of(List.of(report)), ReportOptions.defaults(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static final PlanChecker OWN_JURISDICTION = PlanChecker.forAllJurisdictions();
    // Until a pack for a plan's own jurisdiction is on the class path, its plan is judged by Scottish law, so that
    // every example still yields a full report to render.
    private static final PlanChecker SCOTLAND = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);

    static final Citation S13 = new Citation("Children and Young People (Scotland) Act 2014", "s13(1)",
            "https://www.legislation.gov.uk/asp/2014/8/section/13");

    private ExampleReports() {
    }

    static List<ExamplePlans> examples() {
        return Arrays.asList(ExamplePlans.values());
    }

    static ComplianceReport of(ExamplePlans example) {
        try {
            PlanDocument document = example.read();
            boolean ownPack = !RulePacks.forJurisdiction(document.plan().jurisdiction()).isEmpty();
            return (ownPack ? OWN_JURISDICTION : SCOTLAND).check(document);
        } catch (PlanReadException e) {
            throw new AssertionError("example " + example + " cannot be read: " + e.getMessage(), e);
        }
    }

    static List<ComplianceReport> all() {
        return examples().stream().map(ExampleReports::of).toList();
    }

    static Finding finding(String ruleId, Severity severity, String pointer, String message, SourceLocation location) {
        return new Finding(ruleId, severity, "Title of " + ruleId, message, S13, pointer, location, "Publish it.");
    }

    /** A document that is not well-formed YAML: one problem, at line 1. */
    static final String MALFORMED = "title: [unclosed\n";

    /** A well-formed document whose plan is not valid twice over: its id, and a period that ends before it starts. */
    static final String INVALID = """
            id: Not an id!
            title: P
            area: Somewhere
            jurisdiction: SCOTLAND
            kind: CHILDRENS_SERVICES_PLAN
            status: PUBLISHED
            period: {start: 2024-04-01, end: 2023-03-31}
            """;

    /** The document {@code content} named {@code source}, which cannot be read or validated, as a report shows it. */
    static UncheckedPlan unchecked(String content, String source) {
        return UncheckedPlan.of(readFailure(content, source));
    }

    /** A file that does not exist: one problem, with neither place nor pointer. */
    static UncheckedPlan missingFile(String file) {
        try {
            PlanDocuments.read(Path.of(file));
        } catch (PlanReadException e) {
            return UncheckedPlan.of(e);
        }
        throw new AssertionError(file + " was read");
    }

    /** Why {@code content} cannot be read or validated, as the reading API says it. */
    static PlanReadException readFailure(String content, String source) {
        try {
            PlanValidator.create().requireValid(PlanDocuments.read(content, source));
        } catch (PlanReadException e) {
            return e;
        }
        throw new AssertionError(source + " was read and is valid");
    }

    /** The regime of England's Children's Services Planning Order 1996, which ended on 28 February 2005. */
    static final Regime ORDER_1996 = new Regime("the children's services plan (Children Act 1989, Sch 2 para 1A)",
            "Children Act 1989 (Amendment) (Children's Services Planning) Order 1996, SI 1996/785",
            "https://www.legislation.gov.uk/uksi/1996/785/contents/made", LocalDate.of(1996, 4, 1),
            LocalDate.of(2005, 2, 28));

    /** A regime still in force, with no end date. */
    static final Regime PART_3 = new Regime("children's services plans under Part 3 of the 2014 Act",
            "Children and Young People (Scotland) Act 2014, Part 3", "https://www.legislation.gov.uk/asp/2014/8/part/3",
            LocalDate.of(2017, 4, 1), null);

    /**
     * The change from the 1996 Order to the Children and Young People's Plan, described as {@code PlanChecker}
     * describes changes, with markup a reader must see as text.
     */
    static final LawChange CYPP_2005 = new LawChange(LocalDate.of(2005, 3, 1), "On 2005-03-01 the regime of the "
            + "children's services plan ended; the rules on the <b>Children and Young People's Plan</b> | *in stages* "
            + "start applying: ENG-CYPP-2005-PLAN, ENG-CYPP-2005-CONSULT.",
            List.of("ENG-CSPO-1996-PLAN"), List.of("ENG-CYPP-2005-PLAN", "ENG-CYPP-2005-CONSULT"));

    /** {@code report} naming {@code regimes} and {@code lawChanges}. */
    static ComplianceReport withLaw(ComplianceReport report, List<Regime> regimes, List<LawChange> lawChanges) {
        return new ComplianceReport(report.planId(), report.planTitle(), report.source(), report.jurisdiction(),
                report.asOf(), report.packs(), report.findings(), report.passed(), report.notApplicable(),
                report.coverage(), regimes, lawChanges, report.waived(), report.waiverNotices());
    }

    static ComplianceReport handMade(String planId, String title, Jurisdiction jurisdiction, String source,
            Finding... findings) {
        return new ComplianceReport(planId, title, source, jurisdiction, LocalDate.of(2024, 4, 1), List.of(),
                List.of(findings), List.of(), List.of(), List.of());
    }
}
