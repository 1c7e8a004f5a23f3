package org.childplan.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;
import org.childplan.rules.WaiverReadException;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRunTests {

    private static final String GLENARDOCH = "glenardoch-csp-2023-2026.yaml";
    private static final String MORAY = "moray-csp-2017-2020.yaml";
    /** Moray's example, claimed as a complete record of its plan, so that what it does not evidence fails. */
    private static final String MORAY_AS_COMPLETE_RECORD = ExamplePlans.MORAY_CSP_2017_2020.content()
            .replace("    kind: PRESS_ITEM\n", "").replace("\nsources:\n", "\ncompleteRecord: true\nsources:\n");
    private static final String KINGSMERE = "kingsmere-cypp-2024-2027.yaml";
    private static final List<String> MORAY_ERROR_RULES = errorRulesOfMorayAsCompleteRecord();

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void everyPlanIsCheckedAndReportedAndOnlyThoseWithErrorsFail() throws IOException {
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        write(MORAY, MORAY_AS_COMPLETE_RECORD);

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.ERROR, Optional.empty(), GLENARDOCH, MORAY), log);

        assertThat(outcome.unchecked()).isEmpty();
        assertThat(outcome.checked()).extracting(CheckRun.Checked::name, CheckRun.Checked::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GLENARDOCH, Verdict.PASS),
                        org.assertj.core.groups.Tuple.tuple(MORAY, Verdict.FAIL));
        assertThat(outcome.failed()).extracting(CheckRun.Checked::name).containsExactly(MORAY);
        CheckRun.Checked moray = outcome.failed().get(0);
        assertThat(log.lines)
                .contains("[INFO] [childplan] checking 2 plans in plans (fail on error)")
                .contains("[ERROR] [childplan] " + Summaries.summary(MORAY, moray.report(), FailLevel.ERROR))
                .contains("[INFO] [childplan] " + Summaries.summary(GLENARDOCH, outcome.checked().get(0).report(),
                        FailLevel.ERROR))
                .contains("[INFO] [childplan] report: " + Path.of("target", "childplan", "childplan.json"));
        assertThat(log.lines).filteredOn(line -> line.startsWith("[ERROR] [childplan]   "))
                .hasSize(Math.min(moray.report().count(Severity.ERROR), CheckRun.FINDINGS_LOGGED_PER_PLAN))
                .allMatch(line -> line.contains(MORAY + ":"));
    }

    @Test
    void everyPlanGoesIntoOneReportPerFormatWithSarifPathsRelativeToTheProject() throws IOException {
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        write(MORAY, MORAY_AS_COMPLETE_RECORD);

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.ERROR, Optional.empty(), GLENARDOCH, MORAY), log);

        Path reports = project.resolve("target/childplan");
        assertThat(outcome.reportFiles()).containsOnly(
                entry("json", reports.resolve("childplan.json")),
                entry("sarif", reports.resolve("childplan.sarif")));
        try (var files = Files.list(reports)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("childplan.json", "childplan.sarif");
        }
        JsonNode json = new ObjectMapper().readTree(reports.resolve("childplan.json").toFile());
        assertThat(json.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.path("reports")).extracting(report -> report.path("plan").path("id").asText())
                .containsExactly("glenardoch-csp-2023-2026", "moray-csp-2017-2020");
        JsonNode sarif = new ObjectMapper().readTree(reports.resolve("childplan.sarif").toFile());
        JsonNode childrensServices = findResult(sarif, "SCO-CYPSA-S8-CHILDRENS-SERVICES");
        JsonNode location = childrensServices.path("locations").path(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("plans/" + MORAY);
        assertThat(location.path("region").path("startLine").asInt()).isPositive();
    }

    @Test
    void aPlanThatCannotBeReadIsReportedAsUncheckedWithItsFileLineAndColumnAndTheOthersAreStillChecked()
            throws IOException {
        write("broken.yaml", "id: broken\ntitle: [unclosed\n");
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.ERROR, Optional.empty(), "broken.yaml", GLENARDOCH),
                log);

        assertThat(outcome.checked()).extracting(CheckRun.Checked::name).containsExactly(GLENARDOCH);
        UncheckedPlan broken = outcome.unchecked().get(0);
        assertThat(outcome.unchecked()).hasSize(1);
        assertThat(Summaries.problems(broken)).singleElement(STRING)
                .matches(Pattern.quote(project.resolve("plans/broken.yaml").toString())
                        + ":2:\\d+: .*malformed YAML: expected ',' or ']'.*");
        assertThat(log.lines).contains("[ERROR] [childplan] " + Summaries.problems(broken).get(0));
        JsonNode json = new ObjectMapper().readTree(project.resolve("target/childplan/childplan.json").toFile());
        assertThat(json.path("verdict").asText()).as("a document that could not be checked fails the run")
                .isEqualTo("FAIL");
        assertThat(json.toString()).contains("broken.yaml");
    }

    @Test
    void aPlanThatIsReadButNotWellFormedIsReportedAsUncheckedWithEveryViolation() throws IOException {
        // Glenardoch with its first action led by a body the plan does not name: a reference that dangles.
        String content = ExamplePlans.GLENARDOCH_CSP_2023_2026.content();
        Matcher lead = Pattern.compile("(?m)^(\\s+lead: )(\\S+)$").matcher(content);
        assertThat(lead.find()).as("the example names a lead").isTrue();
        write(GLENARDOCH, lead.replaceFirst("$1no-such-body"));

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.NEVER, Optional.empty(), GLENARDOCH), log);

        assertThat(outcome.checked()).isEmpty();
        assertThat(outcome.unchecked()).singleElement().satisfies(plan -> assertThat(Summaries.problems(plan))
                .anyMatch(problem -> problem.matches(Pattern.quote(project.resolve("plans").resolve(GLENARDOCH)
                        .toString()) + ":\\d+:\\d+: /actions/\\d+/lead: .*")));
    }

    @Test
    void aPlanThatStatesNoJurisdictionIsNotWellFormedEvenWhenOneIsConfigured() throws IOException {
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content().replace("jurisdiction: SCOTLAND\n", ""));

        CheckRun.Outcome outcome = CheckRun.run(
                settings(FailLevel.ERROR, Optional.of(Jurisdiction.SCOTLAND), GLENARDOCH), log);

        assertThat(outcome.checked()).isEmpty();
        assertThat(outcome.unchecked()).singleElement()
                .satisfies(plan -> assertThat(plan.problems()).extracting(UncheckedPlan.Problem::pointer)
                        .contains("/jurisdiction"));
    }

    @Test
    void eachPlanIsJudgedByItsOwnJurisdictionUnlessOneIsGiven() throws IOException {
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        write(KINGSMERE, ExamplePlans.KINGSMERE_CYPP_2024_2027.content());

        CheckRun.Outcome byTheirOwn = CheckRun.run(settings(FailLevel.NEVER, Optional.empty(), GLENARDOCH, KINGSMERE),
                log);
        CheckRun.Outcome byScotland = CheckRun.run(
                settings(FailLevel.NEVER, Optional.of(Jurisdiction.SCOTLAND), GLENARDOCH, KINGSMERE), log);

        assertThat(byTheirOwn.unchecked()).isEmpty();
        assertThat(byTheirOwn.checked()).extracting(plan -> plan.report().jurisdiction())
                .containsExactly(Jurisdiction.SCOTLAND, Jurisdiction.ENGLAND);
        assertThat(byScotland.unchecked()).isEmpty();
        assertThat(byScotland.checked()).extracting(plan -> plan.report().jurisdiction())
                .containsExactly(Jurisdiction.SCOTLAND, Jurisdiction.SCOTLAND);
    }

    @Test
    void theAsOfDateGivenIsTheDateWhoseLawApplies() throws IOException {
        write(MORAY, MORAY_AS_COMPLETE_RECORD);
        CheckRun.Settings defaults = settings(FailLevel.NEVER, Optional.empty(), MORAY);
        CheckRun.Settings onADate = new CheckRun.Settings(defaults.folder(), defaults.planFiles(),
                defaults.jurisdiction(), Optional.of(LocalDate.of(2019, 6, 30)), defaults.failLevel(),
                defaults.formats(), defaults.outputDirectory(), defaults.projectBase(), defaults.waivers(),
                defaults.today());

        assertThat(CheckRun.run(defaults, log).checked().get(0).report().asOf()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(CheckRun.run(onADate, log).checked().get(0).report().asOf()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    void atFailLevelNeverAPlanWithErrorsPassesAndNoFindingIsLoggedAsAnError() throws IOException {
        write(MORAY, MORAY_AS_COMPLETE_RECORD);

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.NEVER, Optional.empty(), MORAY), log);

        assertThat(outcome.checked().get(0).report().count(Severity.ERROR)).isPositive();
        assertThat(outcome.failed()).isEmpty();
        assertThat(log.lines).noneMatch(line -> line.startsWith("[ERROR]"));
    }

    @Test
    void findingsAWaiverCoversAreWaivedInTheReportsAndDoNotFailThePlan() throws IOException {
        write(MORAY, MORAY_AS_COMPLETE_RECORD);
        Waivers waivers = waiversForEveryErrorOfMoray(LocalDate.of(2030, 3, 31));

        CheckRun.Outcome outcome = CheckRun.run(withWaivers(settings(FailLevel.ERROR, Optional.empty(), MORAY), waivers,
                LocalDate.of(2030, 3, 31)), log);

        CheckRun.Checked moray = outcome.checked().get(0);
        assertThat(moray.verdict()).isEqualTo(Verdict.PASS);
        assertThat(moray.report().count(Severity.ERROR)).isZero();
        assertThat(moray.report().waived()).hasSize(MORAY_ERROR_RULES.size());
        assertThat(outcome.waiverWarnings()).isEmpty();
        assertThat(log.lines).noneMatch(line -> line.startsWith("[ERROR]") || line.startsWith("[WARNING]"))
                .anyMatch(line -> line.matches("\\[INFO] \\[childplan] applying " + MORAY_ERROR_RULES.size()
                        + " waivers from .*waivers\\.yaml as of "
                        + "2030-03-31"))
                .contains("[INFO] [childplan] " + MORAY + ": " + moray.report().count(Severity.WARNING) + " warnings, "
                        + moray.report().count(Severity.INFO) + " info, " + MORAY_ERROR_RULES.size() + " waived: "
                        + MORAY_ERROR_RULES.size() + " errors (waivers expire 2030-03-31) — PASSED");
        JsonNode json = new ObjectMapper().readTree(project.resolve("target/childplan/childplan.json").toFile());
        assertThat(json.path("verdict").asText()).isEqualTo("PASS");
        assertThat(json.path("reports").path(0).path("waived")).hasSize(MORAY_ERROR_RULES.size());
    }

    @Test
    void aWaiverHoldsOnItsExpiryDateAndTheDayAfterTheFindingsFailThePlanWithAWarning() throws IOException {
        write(MORAY, MORAY_AS_COMPLETE_RECORD);
        Waivers waivers = waiversForEveryErrorOfMoray(LocalDate.of(2025, 3, 31));

        CheckRun.Outcome onTheDay = CheckRun.run(withWaivers(settings(FailLevel.ERROR, Optional.empty(), MORAY),
                waivers, LocalDate.of(2025, 3, 31)), log);
        log.lines.clear();
        CheckRun.Outcome dayAfter = CheckRun.run(withWaivers(settings(FailLevel.ERROR, Optional.empty(), MORAY),
                waivers, LocalDate.of(2025, 4, 1)), log);

        assertThat(onTheDay.failed()).isEmpty();
        assertThat(dayAfter.failed()).hasSize(1);
        assertThat(dayAfter.checked().get(0).report().count(Severity.ERROR)).isEqualTo(MORAY_ERROR_RULES.size());
        assertThat(dayAfter.waiverWarnings()).hasSize(MORAY_ERROR_RULES.size())
                .allMatch(warning -> warning.contains("expired on 2025-03-31"));
        assertThat(log.lines).filteredOn(line -> line.startsWith("[WARNING] [childplan] waiver "))
                .hasSize(MORAY_ERROR_RULES.size())
                .anyMatch(line -> line.contains("waivers.yaml:2:5 (" + MORAY_ERROR_RULES.get(0) + ")"));
    }

    @Test
    void aWaiverThatMatchesNoFindingIsLoggedAsAWarningAndFailsNothing() throws IOException {
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        Waivers waivers = waivers("""
                waivers:
                  - ruleId: SCO-CYPSA-S9-EARLY-ACTION
                    justification: Kept from the last plan.
                    approvedBy: Chair
                    expires: 2030-01-01
                """);

        CheckRun.Outcome outcome = CheckRun.run(withWaivers(settings(FailLevel.ERROR, Optional.empty(), GLENARDOCH),
                waivers, LocalDate.of(2026, 1, 1)), log);

        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.waiverWarnings()).singleElement(STRING)
                .contains("SCO-CYPSA-S9-EARLY-ACTION").contains("matches no finding");
        assertThat(log.lines).contains("[WARNING] [childplan] " + outcome.waiverWarnings().get(0));
    }

    /**
     * The rules of Moray's errors as a complete record, as the library finds them (those not yet due left out, since
     * they fail nothing), in the report's order: the errors a partnership would waive.
     */
    private static List<String> errorRulesOfMorayAsCompleteRecord() {
        try {
            ComplianceReport report = PlanChecker.forAllJurisdictions()
                    .check(PlanDocuments.read(MORAY_AS_COMPLETE_RECORD, MORAY));
            return report.findings().stream()
                    .filter(finding -> finding.severity() == Severity.ERROR && finding.outcome() != RuleOutcome.NOT_YET_DUE)
                    .map(Finding::ruleId).distinct().toList();
        } catch (PlanReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private Waivers waiversForEveryErrorOfMoray(LocalDate expires) throws IOException {
        StringBuilder file = new StringBuilder("waivers:\n");
        for (String rule : MORAY_ERROR_RULES) {
            file.append("  - ruleId: ").append(rule).append('\n')
                    .append("    justification: The 2020 plan puts this right.\n")
                    .append("    approvedBy: Chair, Moray Children's Services Partnership\n")
                    .append("    expires: ").append(expires).append('\n');
        }
        return waivers(file.toString());
    }

    private Waivers waivers(String content) throws IOException {
        Path file = project.resolve("plans/waivers.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        try {
            return Waivers.read(file);
        } catch (WaiverReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void aNewsItemPassesOnWhatItLeavesOutUnlessEvidenceIsRequired() throws IOException {
        write(MORAY, ExamplePlans.MORAY_CSP_2017_2020.content());
        CheckRun.Settings asSourced = settings(FailLevel.ERROR, Optional.empty(), MORAY);
        CheckRun.Settings evidenceRequired = new CheckRun.Settings(asSourced.folder(), asSourced.planFiles(),
                asSourced.jurisdiction(), asSourced.asOf(), asSourced.failLevel(), asSourced.formats(),
                asSourced.outputDirectory(), asSourced.projectBase(), asSourced.waivers(), asSourced.today(), true);

        CheckRun.Outcome passing = CheckRun.run(asSourced, log);
        CheckRun.Outcome failing = CheckRun.run(evidenceRequired, new RecordingLog());

        assertThat(passing.checked()).singleElement().satisfies(plan -> {
            assertThat(plan.verdict()).isEqualTo(Verdict.PASS);
            assertThat(plan.report().completeRecord()).isFalse();
            assertThat(plan.report().count(Severity.ERROR)).isPositive();
        });
        assertThat(failing.checked()).singleElement().satisfies(plan -> {
            assertThat(plan.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(plan.report().completeRecord()).isTrue();
        });
    }

    private static CheckRun.Settings withWaivers(CheckRun.Settings settings, Waivers waivers, LocalDate today) {
        return new CheckRun.Settings(settings.folder(), settings.planFiles(), settings.jurisdiction(), settings.asOf(),
                settings.failLevel(), settings.formats(), settings.outputDirectory(), settings.projectBase(), waivers,
                today);
    }

    private static JsonNode findResult(JsonNode sarif, String ruleId) {
        for (JsonNode result : sarif.path("runs").path(0).path("results")) {
            if (result.path("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no SARIF result of " + ruleId + " in " + sarif.path("runs").path(0).path("results"));
    }

    @Test
    void aRunThatWritesNoReportRemovesTheEarlierReportsButNeverAPlanOrTheWaiverFile() throws IOException {
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        Path reports = Files.createDirectories(project.resolve("target/childplan"));
        Path json = Files.writeString(reports.resolve("childplan.json"), "an earlier build's PASS");
        Path sarif = Files.writeString(reports.resolve("childplan.sarif"), "an earlier build's PASS");
        Path other = Files.writeString(reports.resolve("childplan.html"), "not a format of this run");

        CheckRun.removeEarlierReports(settings(FailLevel.ERROR, Optional.empty(), GLENARDOCH), Optional.of(sarif), log);

        assertThat(json).doesNotExist();
        assertThat(sarif).hasContent("an earlier build's PASS");
        assertThat(other).exists();
        assertThat(log.lines).contains("[WARNING] [childplan] no report written; removed the earlier reports "
                + Path.of("target", "childplan", "childplan.json"));
    }

    private void write(String name, String content) throws IOException {
        Path file = project.resolve("plans").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private CheckRun.Settings settings(FailLevel failLevel, Optional<Jurisdiction> jurisdiction, String... plans) {
        return new CheckRun.Settings(project.resolve("plans"), List.of(plans).stream().map(Path::of).toList(),
                jurisdiction, Optional.empty(), failLevel, Parameters.formats(List.of("json", "sarif")),
                project.resolve("target/childplan"), project, Waivers.none(), LocalDate.of(2026, 1, 1));
    }
}
