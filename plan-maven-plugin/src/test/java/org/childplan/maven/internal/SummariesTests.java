package org.childplan.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleBasis;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleError;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.Test;

class SummariesTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static final Citation S9 = new Citation("Children and Young People (Scotland) Act 2014", "s9(2)(a)(ii)",
            "https://www.legislation.gov.uk/asp/2014/8/section/9");

    @Test
    void theSummaryCountsFindingsBySeverityAndGivesTheVerdict() {
        ComplianceReport report = report(3, 1, 0);

        assertThat(Summaries.summary("moray.yaml", report, FailLevel.ERROR))
                .isEqualTo("moray.yaml: 3 errors, 1 warning — FAILED");
    }

    @Test
    void theSummaryLeavesOutSeveritiesWithNoFindingAndUsesTheSingularForOne() {
        assertThat(Summaries.summary("p.yaml", report(1, 0, 2), FailLevel.ERROR))
                .isEqualTo("p.yaml: 1 error, 2 info — FAILED");
        assertThat(Summaries.summary("p.yaml", report(0, 2, 1), FailLevel.ERROR))
                .isEqualTo("p.yaml: 2 warnings, 1 info — PASSED");
    }

    @Test
    void aPlanWithoutFindingsSaysSo() {
        assertThat(Summaries.summary("glenardoch.yaml", report(0, 0, 0), FailLevel.INFO))
                .isEqualTo("glenardoch.yaml: no findings — PASSED");
    }

    @Test
    void theVerdictFollowsTheFailLevel() {
        ComplianceReport warningsOnly = report(0, 1, 0);

        assertThat(Summaries.summary("p.yaml", warningsOnly, FailLevel.ERROR)).endsWith("— PASSED");
        assertThat(Summaries.summary("p.yaml", warningsOnly, FailLevel.WARNING)).endsWith("— FAILED");
        assertThat(Summaries.summary("p.yaml", report(5, 0, 0), FailLevel.NEVER)).endsWith("— PASSED");
    }

    @Test
    void theFailingFindingsAreThoseAtOrOverTheFailLevel() {
        ComplianceReport report = report(2, 1, 3);

        assertThat(Summaries.failing(report, FailLevel.ERROR)).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.ERROR);
        assertThat(Summaries.failing(report, FailLevel.WARNING)).hasSize(3);
        assertThat(Summaries.failing(report, FailLevel.INFO)).hasSize(6);
        assertThat(Summaries.failing(report, FailLevel.NEVER)).isEmpty();
    }

    @Test
    void aFindingIsLoggedAtItsFileLineAndColumnWithRuleMessageAndCitation() {
        Finding finding = finding(Severity.ERROR, 0, new SourceLocation("plans/moray.yaml", 12, 5));

        assertThat(Summaries.finding(finding, "plans/moray.yaml"))
                .isEqualTo("plans/moray.yaml:12:5: SCO-TEST-0 No action addresses the aim of early action and "
                        + "prevention (Children and Young People (Scotland) Act 2014, s9(2)(a)(ii))");
    }

    @Test
    void aFindingWithoutAPlaceInTheFileIsLoggedAtThePlanAndItsPointer() {
        Finding finding = finding(Severity.ERROR, 0, null);

        assertThat(Summaries.finding(finding, "moray.yaml")).startsWith("moray.yaml /actions: SCO-TEST-0 ");
    }

    @Test
    void waivedFindingsAreCountedApartAndDoNotCountTowardsTheVerdict() {
        // Errors SCO-TEST-0 and SCO-TEST-1, and an info SCO-TEST-0.
        ComplianceReport report = report(2, 0, 1);
        Waiver first = waiver("SCO-TEST-0", LocalDate.of(2030, 1, 1));
        Waiver second = waiver("SCO-TEST-1", LocalDate.of(2030, 1, 1));

        assertThat(Summaries.summary("moray.yaml", report.withWaivers(Waivers.of(List.of(second)), TODAY),
                FailLevel.ERROR)).isEqualTo("moray.yaml: 1 error, 1 info, 1 waived: 1 error (waiver expires 2030-01-01) — FAILED");
        assertThat(Summaries.summary("moray.yaml", report.withWaivers(Waivers.of(List.of(first, second)), TODAY),
                FailLevel.ERROR)).isEqualTo("moray.yaml: 3 waived: 2 errors (waivers expire 2030-01-01), 1 info — PASSED");
    }

    @Test
    void eachProblemOfAnUncheckedPlanIsAtItsFileLineAndColumnWithItsPointer() {
        UncheckedPlan plan = new UncheckedPlan("plans/broken.yaml", List.of(
                new UncheckedPlan.Problem("malformed YAML", "/priorities/0", new SourceLocation("plans/broken.yaml", 5, 32)),
                new UncheckedPlan.Problem("the plan states no jurisdiction", null, null)));

        assertThat(Summaries.problems(plan)).containsExactly(
                "plans/broken.yaml:5:32: /priorities/0: malformed YAML",
                "plans/broken.yaml: the plan states no jurisdiction");
    }

    @Test
    void controlCharactersOfPlanTextAreLoggedEscapedSoThatNoPlanTextStartsALineOfTheBuildLog() {
        UncheckedPlan plan = new UncheckedPlan("plans/x\u001b.yaml", List.of(
                new UncheckedPlan.Problem("unknown property 'a\u001b]0;t\u0007\n::error::forged'", null, null)));

        assertThat(Summaries.problems(plan)).containsExactly(
                "plans/x\\u001b.yaml: unknown property 'a\\u001b]0;t\\u0007\\n::error::forged'");
        assertThat(Summaries.failure(List.of(), List.of(plan), FailLevel.ERROR, List.of()).orElseThrow().lines())
                .noneMatch(line -> line.startsWith("::"));
    }

    @Test
    void aRuleThatFailedWhileAppliedFailsTheBuildNamingTheRuleItsPackAndThePlan() {
        RuleDescriptor rule = new RuleDescriptor("ACME-PERIOD", "A standard", Severity.WARNING, S9,
                LocalDate.of(2016, 1, 1), null, "Fix it.", Jurisdiction.SCOTLAND, "acme",
                EnumSet.allOf(DocumentKind.class), RuleBasis.LOCAL_STANDARD, null, null);
        ComplianceReport passing = report(0, 0, 0);
        ComplianceReport withError = new ComplianceReport(passing.planId(), passing.planTitle(), passing.source(),
                passing.jurisdiction(), passing.asOf(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(),
                List.of(new RuleError(rule, "java.lang.NullPointerException: no period")));

        assertThat(Summaries.failure(List.of(checked("moray.yaml", withError, FailLevel.ERROR)), List.of(),
                FailLevel.ERROR, List.of())).hasValueSatisfying(message -> assertThat(message)
                        .contains("1 rule failed while applied, a fault of the rule pack to fix")
                        .contains("moray.yaml: rule ACME-PERIOD of rule pack 'acme' failed and was not applied:"
                                + " java.lang.NullPointerException: no period"));
    }

    @Test
    void aPassingRunHasNoFailureMessage() {
        CheckRun.Checked passing = checked("glenardoch.yaml", report(0, 2, 0), FailLevel.ERROR);

        assertThat(Summaries.failure(List.of(passing), List.of(), FailLevel.ERROR, List.of("target/childplan/childplan.json")))
                .isEmpty();
    }

    @Test
    void theFailureMessageGivesTheCountsOfEachFailingPlanAndThePathsOfTheReports() {
        CheckRun.Checked passing = checked("glenardoch.yaml", report(0, 2, 0), FailLevel.ERROR);
        CheckRun.Checked failing = checked("moray.yaml", report(18, 1, 2), FailLevel.ERROR);

        assertThat(Summaries.failure(List.of(passing, failing), List.of(), FailLevel.ERROR,
                List.of("target/childplan/childplan.json", "target/childplan/childplan.sarif")))
                .contains(String.join(System.lineSeparator(),
                        "1 of 2 plans failed (fail on error):",
                        "  moray.yaml: 18 errors, 1 warning, 2 info — FAILED",
                        "reports: target/childplan/childplan.json, target/childplan/childplan.sarif"));
    }

    @Test
    void theFailureMessageGivesTheFirstProblemOfEachUncheckedPlanAndHowManyMore() {
        UncheckedPlan broken = new UncheckedPlan("plans/broken.yaml", List.of(
                new UncheckedPlan.Problem("id is blank", "/id", new SourceLocation("plans/broken.yaml", 1, 5)),
                new UncheckedPlan.Problem("title is blank", "/title", new SourceLocation("plans/broken.yaml", 2, 8)),
                new UncheckedPlan.Problem("no period", "/period", null)));

        assertThat(Summaries.failure(List.of(), List.of(broken), FailLevel.NEVER, List.of("target/c/childplan.html")))
                .contains(String.join(System.lineSeparator(),
                        "1 plan could not be checked:",
                        "  plans/broken.yaml:1:5: /id: id is blank (and 2 more)",
                        "reports: target/c/childplan.html"));
    }

    @Test
    void anExpiredWaiverIsWarnedOfOnceHoweverManyPlansItConcerns() {
        Waivers waivers = Waivers.of(List.of(waiver("SCO-TEST-0", LocalDate.of(2024, 3, 31))));
        ComplianceReport moray = report(1, 0, 0).withWaivers(waivers, TODAY);
        ComplianceReport other = report(1, 0, 0).withWaivers(waivers, TODAY);

        assertThat(Summaries.waiverWarnings(List.of(moray, other))).singleElement(STRING)
                .contains("SCO-TEST-0")
                .contains("expired on 2024-03-31");
    }

    @Test
    void aWaiverThatWaivesNothingInAnyPlanIsWarnedOfButNotOneThatWaivesAFindingOfAnotherPlan() {
        Waiver usedInOne = waiver("SCO-TEST-1", LocalDate.of(2030, 1, 1));
        Waiver usedInNone = waiver("SCO-NO-SUCH-RULE", LocalDate.of(2030, 1, 1));
        Waivers waivers = Waivers.of(List.of(usedInOne, usedInNone));
        ComplianceReport twoErrors = report(2, 0, 0).withWaivers(waivers, TODAY);
        ComplianceReport oneError = report(1, 0, 0).withWaivers(waivers, TODAY);

        assertThat(oneError.waiverNotices()).extracting(notice -> notice.waiver()).contains(usedInOne);
        assertThat(Summaries.waiverWarnings(List.of(twoErrors, oneError)))
                .isNotEmpty()
                .allMatch(warning -> warning.contains("SCO-NO-SUCH-RULE"));
    }

    @Test
    void aPathInsideTheProjectIsShownRelativeToItAndOneOutsideInFull() {
        Path project = Path.of("/work/council").toAbsolutePath();

        assertThat(Summaries.display(project, project.resolve("target/childplan/childplan.sarif")))
                .isEqualTo(Path.of("target", "childplan", "childplan.sarif").toString());
        assertThat(Summaries.display(project, Path.of("/elsewhere/w.yaml").toAbsolutePath()))
                .isEqualTo(Path.of("/elsewhere/w.yaml").toAbsolutePath().toString());
        assertThat(Summaries.display(project, project)).isEqualTo(".");
    }

    private static CheckRun.Checked checked(String name, ComplianceReport report, FailLevel failLevel) {
        return new CheckRun.Checked(name, report, report.verdict(failLevel));
    }

    private static Waiver waiver(String ruleId, LocalDate expires) {
        return new Waiver(ruleId, null, null, "Agreed by the board", "Chair", expires, null);
    }

    private static ComplianceReport report(int errors, int warnings, int infos) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            findings.add(finding(Severity.ERROR, i, null));
        }
        for (int i = 0; i < warnings; i++) {
            findings.add(finding(Severity.WARNING, i, null));
        }
        for (int i = 0; i < infos; i++) {
            findings.add(finding(Severity.INFO, i, null));
        }
        return new ComplianceReport("moray-csp-2017-2020", "Moray", "moray.yaml", Jurisdiction.SCOTLAND,
                LocalDate.of(2017, 4, 1), List.of(), findings, List.of(), List.of(), List.of());
    }

    private static Finding finding(Severity severity, int number, SourceLocation location) {
        return new Finding("SCO-TEST-" + number, severity, "Early action",
                "No action addresses the aim of early action and prevention", S9, "/actions", location,
                "Add an action.");
    }
}
