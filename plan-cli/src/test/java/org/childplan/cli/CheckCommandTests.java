package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.childplan.model.io.PlanDocuments;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTests {

    private static final String MEETS_DUTIES = CliRun.planArg("meets-duties.yaml");
    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");
    private static final String ESCAPE = "\u001B[";

    private static ComplianceReport meetsDuties;
    private static ComplianceReport missesDuties;

    /** What the library itself reports for the test plans, so the command's output can be compared with it. */
    @BeforeAll
    static void checkThePlansThroughTheLibrary() throws Exception {
        PlanChecker checker = PlanChecker.forAllJurisdictions();
        meetsDuties = checker.check(PlanDocuments.read(Path.of(MEETS_DUTIES)));
        missesDuties = checker.check(PlanDocuments.read(Path.of(MISSES_DUTIES)));
    }

    @Test
    void aPlanWithNoErrorPassesAndExitsZero() {
        CliRun run = CliRun.of("check", MEETS_DUTIES);

        assertThat(meetsDuties.count(Severity.ERROR)).as("test plan has no error").isZero();
        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code()).isZero();
        assertThat(run.out()).endsWith(summary(meetsDuties, "PASSED", "error") + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theTextReportHasAHeaderWithTitleRegimeAndAsOfDate() {
        CliRun run = CliRun.of("check", MEETS_DUTIES);

        assertThat(run.out().lines().limit(3).toList()).containsExactly(
                "Glenardoch Children's Services Plan 2023-2026 (glenardoch-csp-2023-2026)",
                "    " + CliRun.shown(MEETS_DUTIES),
                "    Law of Scotland as of 2023-04-01; rule pack " + meetsDuties.packs().get(0).title() + " (scotland "
                        + meetsDuties.packs().get(0).version() + ")");
    }

    @Test
    void theTextReportListsComingLawInItsHeaderWithoutApplyingIt() {
        CliRun run = CliRun.of("check", MEETS_DUTIES);

        assertThat(meetsDuties.comingLaw()).isNotEmpty();
        for (var rule : meetsDuties.comingLaw()) {
            assertThat(run.out()).contains("    Coming law, not applied: " + rule.id() + " (" + rule.severity() + "): "
                    + rule.title() + ". ");
            assertThat(meetsDuties.findingsOf(rule.id())).isEmpty();
        }
    }

    @Test
    void aPlanThatMissesADutyFailsAndExitsOne() {
        CliRun run = CliRun.of("check", MISSES_DUTIES);

        assertThat(missesDuties.count(Severity.ERROR)).as("test plan has errors").isPositive();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code()).isEqualTo(1);
        assertThat(run.out()).endsWith(summary(missesDuties, "FAILED", "error") + System.lineSeparator());
    }

    @Test
    void eachFindingIsPrintedAtItsFileLineAndColumnWithItsRuleThenItsCitationAndRemedyIndented() {
        List<String> lines = CliRun.of("check", MISSES_DUTIES).out().lines().toList();

        var finding = missesDuties.findingsOf("SCO-CYPSA-S8-CHILDRENS-SERVICES").get(0);
        String first = finding.location().orElseThrow().toString().replace(MISSES_DUTIES, CliRun.shown(MISSES_DUTIES))
                + " ERROR (not evidenced) SCO-CYPSA-S8-CHILDRENS-SERVICES " + finding.message();
        assertThat(lines).contains(first);
        int at = lines.indexOf(first);
        assertThat(lines.get(at + 1)).isEqualTo("    Children and Young People (Scotland) Act 2014, s8(2) <"
                + finding.citation().url() + ">");
        assertThat(lines.get(at + 2)).isEqualTo("    Remedy: " + finding.remedy());
    }

    @Test
    void findingsAreGroupedBySeverityWithErrorsFirst() {
        String out = CliRun.of("check", MISSES_DUTIES).out();

        int errors = out.indexOf("Errors: ");
        int warnings = out.indexOf("Warnings: ");
        int info = out.indexOf("Info: ");
        assertThat(errors).isPositive().isLessThan(warnings);
        assertThat(warnings).isLessThan(info);
        assertThat(out.substring(errors, warnings)).contains(" ERROR ").doesNotContain(" WARNING ", " INFO ");
        assertThat(out).contains("Errors: duties the law says a plan must meet (" + missesDuties.count(Severity.ERROR) + ")");
    }

    @Test
    void failOnNeverStillReportsEveryFindingButExitsZero() {
        CliRun run = CliRun.of("check", MISSES_DUTIES, "--fail-on", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(" ERROR (not evidenced) SCO-CYPSA-S8-CHILDRENS-SERVICES ")
                .endsWith(summary(missesDuties, "PASSED", "never") + System.lineSeparator());
    }

    @Test
    void aNewsItemThatDoesNotShowDutiesPassesSayingSoAndFailsWhenEvidenceIsRequired(@TempDir Path directory)
            throws Exception {
        Path newsItem = java.nio.file.Files.writeString(directory.resolve("news-item.yaml"),
                java.nio.file.Files.readString(Path.of(MISSES_DUTIES))
                        + "sources:\n  - {title: Launch of the plan, kind: PRESS_ITEM}\n");

        CliRun asSourced = CliRun.of("check", newsItem.toString());
        CliRun evidenceRequired = CliRun.of("check", "--require-evidence", newsItem.toString());

        assertThat(asSourced.exitCode()).isZero();
        assertThat(asSourced.out()).contains(" ERROR (not shown in the source) SCO-CYPSA-S8-CHILDRENS-SERVICES ")
                .contains("The plan file is a partial record").contains("not shown in the source) \u2014 PASSED");
        assertThat(evidenceRequired.exitCode()).isEqualTo(1);
        assertThat(evidenceRequired.out()).contains(" ERROR (not evidenced) SCO-CYPSA-S8-CHILDRENS-SERVICES ")
                .doesNotContain("The plan file is a partial record").contains("FAILED");
    }

    @Test
    void failOnWarningFailsAPlanThatHasOnlyWarnings() {
        CliRun run = CliRun.of("check", MEETS_DUTIES, "--fail-on", "warning");

        assertThat(meetsDuties.count(Severity.WARNING)).as("test plan has warnings").isPositive();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).endsWith(summary(meetsDuties, "FAILED", "warning") + System.lineSeparator());
    }

    @Test
    void optionValuesAreAcceptedInAnyCase() {
        assertThat(CliRun.of("check", MEETS_DUTIES, "--fail-on", "WARNING").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("check", MEETS_DUTIES, "--jurisdiction", "Scotland").exitCode()).isZero();
    }

    @Test
    void textOutputThatIsNotToATerminalHasNoEscapeCodes() {
        CliRun run = CliRun.of("check", MISSES_DUTIES, MEETS_DUTIES);

        assertThat(run.out()).isNotEmpty().doesNotContain(ESCAPE);
    }

    @Test
    void severalPlansAreReportedInTurnWithATotal() {
        CliRun run = CliRun.of("check", MISSES_DUTIES, MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().indexOf("    " + CliRun.shown(MISSES_DUTIES)))
                .isLessThan(run.out().indexOf("    " + CliRun.shown(MEETS_DUTIES)));
        assertThat(run.out()).endsWith("2 plans checked: 1 passed, 1 failed \u2014 FAILED (fail level: error)"
                + System.lineSeparator());
    }

    @Test
    void jsonOutputIsTheDocumentedObjectWithEachPlansReportInOrder() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", MISSES_DUTIES, MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).doesNotContain(ESCAPE);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("reportVersion").asText()).isEqualTo(ComplianceReport.REPORT_VERSION);
        assertThat(json.path("failLevel").asText()).isEqualTo("ERROR");
        assertThat(json.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.path("unchecked").size()).isZero();
        assertThat(json.path("reports").size()).isEqualTo(2);

        JsonNode missing = json.path("reports").get(0);
        assertThat(missing.path("reportVersion").asText()).isEqualTo(ComplianceReport.REPORT_VERSION);
        assertThat(missing.path("plan").path("source").asText()).isEqualTo(CliRun.shown(MISSES_DUTIES));
        assertThat(missing.path("failLevelVerdict").asText()).isEqualTo("FAIL");
        assertThat(missing.path("counts").path("ERROR").asInt()).isEqualTo(missesDuties.count(Severity.ERROR));
        assertThat(missing.path("findings").size()).isEqualTo(missesDuties.findings().size());
        JsonNode finding = missing.path("findings").get(0);
        assertThat(finding.path("ruleId").asText()).isEqualTo(missesDuties.findings().get(0).ruleId());
        assertThat(finding.path("citation").path("url").asText()).startsWith("https://");
        assertThat(finding.path("location").path("source").asText()).isEqualTo(CliRun.shown(MISSES_DUTIES));
        assertThat(finding.path("location").path("line").asInt()).isPositive();

        JsonNode meets = json.path("reports").get(1);
        assertThat(meets.path("plan").path("source").asText()).isEqualTo(CliRun.shown(MEETS_DUTIES));
        assertThat(meets.path("failLevelVerdict").asText()).isEqualTo("PASS");
    }

    @Test
    void jsonOutputIsAnObjectWithReportsEvenForOneFile() throws Exception {
        CliRun run = CliRun.of("check", "--format=json", "--fail-on=warning", MEETS_DUTIES);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(json.path("failLevel").asText()).isEqualTo("WARNING");
        assertThat(json.path("reports").size()).isOne();
        assertThat(json.path("reports").get(0).path("failLevelVerdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void theAsOfDateChoosesTheLawThatApplies() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "--as-of", "2016-06-30", MISSES_DUTIES);

        JsonNode report = new ObjectMapper().readTree(run.out()).path("reports").get(0);
        assertThat(report.path("asOf").asText()).isEqualTo("2016-06-30");
        // Part 3 of the 2014 Act commenced on 1 April 2017: on this date none of its duties binds.
        assertThat(report.path("counts").path("ERROR").asInt()).isZero();
        assertThat(report.path("notApplicable").toString()).contains("SCO-CYPSA-S8-CHILDRENS-SERVICES");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aBadAsOfDateIsAUsageErrorThatSaysWhatFormIsExpected() {
        CliRun run = CliRun.of("check", "--as-of", "2023-13-01", MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of", "'2023-13-01' is not a date; expected YYYY-MM-DD")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownJurisdictionIsAUsageErrorThatListsTheAllowedValues() {
        CliRun run = CliRun.of("check", "--jurisdiction", "narnia", MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--jurisdiction", "narnia", "SCOTLAND", "ENGLAND", "WALES", "NORTHERN_IRELAND");
    }

    @Test
    void anUnknownFormatOrFailLevelIsAUsageError() {
        assertThat(CliRun.of("check", "--format", "pdf", MEETS_DUTIES).err())
                .contains("unknown report format 'pdf': expected one of text, json, sarif, junit, markdown, html");
        assertThat(CliRun.of("check", "--format", "pdf", MEETS_DUTIES).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("check", "--fail-on", "sometimes", MEETS_DUTIES).exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatExitsTwo() {
        CliRun run = CliRun.of("check", "--strict", MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--strict'", "childplan check --help");
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheOthersAreStillChecked(@TempDir Path directory) {
        String missing = directory.resolve("missing.yaml").toString();
        String malformed = CliRun.planArg("unknown-field.yaml");

        CliRun run = CliRun.of("check", missing, malformed, MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains(missing + ": no such file", CliRun.shown(malformed) + ":7:1: /colour: ")
                .doesNotContain("\tat ");
        assertThat(run.out()).contains("    " + CliRun.shown(MEETS_DUTIES))
                .contains("Not checked: " + missing, "    " + missing + ": no such file")
                .contains("Not checked: " + CliRun.shown(malformed), "    " + CliRun.shown(malformed) + ":7:1: /colour: ")
                .endsWith("1 plan checked: 1 passed, 0 failed; 2 files could not be checked \u2014 FAILED"
                        + " (fail level: error)" + System.lineSeparator());
    }

    @Test
    void aPlanThatIsNotWellFormedIsNotCheckedAndItsProblemsAreLocated() {
        String file = CliRun.planArg("dangling-reference.yaml");

        CliRun run = CliRun.of("check", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(CliRun.shown(file) + ":14:5: /actions/0/lead: ", file + ": not checked: the plan is not well formed");
    }

    @Test
    void aPlanWithoutAPeriodNeedsAnAsOfDate() {
        String file = CliRun.planArg("no-period.yaml");

        CliRun without = CliRun.of("check", file);
        CliRun with = CliRun.of("check", "--as-of", "2024-04-01", file);

        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).startsWith(file + ": not checked: ").contains("as-of");
        assertThat(with.exitCode()).isEqualTo(1);
        assertThat(with.out()).contains("as of 2024-04-01");
    }

    @Test
    void aPlanThatCannotBeDatedIsListedInTheJsonWithTheEnginesReason() throws Exception {
        String file = CliRun.planArg("no-period.yaml");

        JsonNode json = new ObjectMapper().readTree(CliRun.of("check", "--format", "json", file).out());

        assertThat(json.at("/unchecked/0/source").asText()).isEqualTo(CliRun.shown(file));
        assertThat(json.at("/unchecked/0/problems/0/message").asText()).contains("as-of").doesNotContain(file);
    }

    @Test
    void theJsonVerdictFailsWhenAFileCouldNotBeChecked(@TempDir Path directory) throws Exception {
        String missing = directory.resolve("missing.yaml").toString();

        CliRun run = CliRun.of("check", "--format", "json", MEETS_DUTIES, missing);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(json.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.at("/unchecked/0/source").asText()).isEqualTo(missing);
        assertThat(json.at("/unchecked/0/problems/0/message").asText()).isEqualTo("no such file");
    }

    @Test
    void aFolderIsCheckedPlanByPlanInNameOrderWithoutTakingTheWaiverFileAsAPlan(@TempDir Path directory)
            throws Exception {
        Path missesDuties = java.nio.file.Files.copy(Path.of(MISSES_DUTIES), directory.resolve("a-misses.yaml"));
        java.nio.file.Files.createDirectories(directory.resolve("later"));
        Path meetsDuties = java.nio.file.Files.copy(Path.of(MEETS_DUTIES), directory.resolve("later/b-meets.yml"));
        Path waivers = java.nio.file.Files.writeString(directory.resolve("accepted.yaml"), """
                # findings the board accepted
                waivers:
                  - ruleId: NO-SUCH-RULE
                    justification: none
                    approvedBy: nobody
                    expires: 2099-01-01
                """);

        CliRun run = CliRun.of("check", "--format", "json", "--waivers", waivers.toString(), directory.toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(json.path("reports").findValues("plan").stream().map(plan -> plan.path("source").asText()))
                .containsExactly(missesDuties.toString(), meetsDuties.toString());
        assertThat(json.path("unchecked")).isEmpty();
    }

    @Test
    void aFolderWithNoPlanFileStopsTheCheckWithExitCodeTwo(@TempDir Path directory) {
        CliRun run = CliRun.of("check", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(directory + ": no plan file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void reportsNameFilesRelativeToTheWorkingDirectoryByDefault() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("check", "--format", "json", MISSES_DUTIES).out());

        assertThat(Path.of(MISSES_DUTIES)).isAbsolute();
        assertThat(json.at("/reports/0/plan/source").asText()).isEqualTo("target/test-classes/plans/misses-duties.yaml");
        assertThat(json.at("/reports/0/findings/0/location/source").asText())
                .isEqualTo("target/test-classes/plans/misses-duties.yaml");
    }

    @Test
    void reportsNameFilesRelativeToTheBaseDirectoryOrAbsoluteWhenAsked(@TempDir Path directory) throws Exception {
        Path plans = java.nio.file.Files.createDirectories(directory.resolve("repo/plans"));
        Path plan = java.nio.file.Files.copy(Path.of(MISSES_DUTIES), plans.resolve("misses.yaml"));
        Path waivers = java.nio.file.Files.writeString(plans.resolve("waivers.yaml"), """
                waivers:
                  - ruleId: SCO-CYPSA-S10-PUBLICATION
                    justification: published on paper only
                    approvedBy: Chair
                    expires: 2099-01-01
                """);

        CliRun relative = CliRun.of("check", "--format", "json", "--base-dir", directory.resolve("repo").toString(),
                "--waivers", waivers.toString(), plan.toString());
        CliRun absolute = CliRun.of("check", "--format", "text", "--absolute-paths", "--base-dir",
                directory.resolve("repo").toString(), plan.toString());

        JsonNode json = new ObjectMapper().readTree(relative.out());
        assertThat(json.at("/reports/0/plan/source").asText()).isEqualTo("plans/misses.yaml");
        assertThat(json.at("/reports/0/findings/0/location/source").asText()).isEqualTo("plans/misses.yaml");
        assertThat(json.at("/reports/0/waived/0/waiver/location/source").asText()).isEqualTo("plans/waivers.yaml");
        assertThat(absolute.out()).contains("    " + plan.toAbsolutePath(), plan.toAbsolutePath() + ":");
    }

    @Test
    void aBaseFolderThatDoesNotExistIsAUsageError(@TempDir Path directory) {
        Path missing = directory.resolve("no-such-repo");

        CliRun run = CliRun.of("check", "--format", "github", "--base-dir", missing.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("check: --base-dir " + missing + ": no such folder; give the folder that"
                + " reports name files relative to (the repository root)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBaseFolderThatIsAFileIsAUsageErrorNotAnEmptyFileName() {
        CliRun run = CliRun.of("check", "--format", "github", "--base-dir", MISSES_DUTIES, MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("check: --base-dir " + MISSES_DUTIES + ": is a file, not a folder");
        assertThat(run.out()).doesNotContain("file=,").isEmpty();
    }

    private static String summary(ComplianceReport report, String verdict, String failLevel) {
        int errors = report.count(Severity.ERROR);
        int warnings = report.count(Severity.WARNING);
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + report.count(Severity.INFO) + " info \u2014 " + verdict + " (fail level: " + failLevel + ")";
    }
}
