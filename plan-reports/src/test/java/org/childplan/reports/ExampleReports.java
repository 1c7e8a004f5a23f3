package org.childplan.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Severity;

/** The reports of the bundled example plans, and small hand-made reports for the cases the examples do not show. */
final class ExampleReports {

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
            // The Cheshire East presentation states no period; its minutes speak of April 2010.
            LocalDate asOf = document.plan().period() == null ? LocalDate.of(2010, 4, 1) : null;
            return (ownPack ? OWN_JURISDICTION : SCOTLAND).check(document, asOf);
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

    static ComplianceReport handMade(String planId, String title, Jurisdiction jurisdiction, String source,
            Finding... findings) {
        return new ComplianceReport(planId, title, source, jurisdiction, LocalDate.of(2024, 4, 1), List.of(),
                List.of(findings), List.of(), List.of(), List.of());
    }
}
