package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.childplan.model.io.PlanDocuments;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code childplan check} writing the pipeline formats, several at once, and taking waivers. */
class CheckReportsTests {

    private static final String MEETS_DUTIES = CliRun.planArg("meets-duties.yaml");
    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");

    private static ComplianceReport missesDuties;

    @BeforeAll
    static void checkThePlanThroughTheLibrary() throws Exception {
        missesDuties = PlanChecker.forAllJurisdictions().check(PlanDocuments.read(Path.of(MISSES_DUTIES)));
    }

    @Test
    void oneFormatWithoutAnOutputFolderGoesToStandardOutput() throws Exception {
        CliRun run = CliRun.of("check", "--format", "sarif", MISSES_DUTIES);

        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo(missesDuties.findings().size());
    }

    @Test
    void eachJsonFormatOnStandardOutputEndsWithANewline() {
        for (String format : List.of("json", "sarif", "gitlab")) {
            CliRun run = CliRun.of("check", "--format", format, MISSES_DUTIES);

            assertThat(run.out()).as(format).endsWith("\n").doesNotEndWith("\n\n");
        }
    }

    @Test
    void severalFormatsWithoutAnOutputFolderAreAUsageError() {
        CliRun run = CliRun.of("check", "--format", "sarif,junit", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("several formats (sarif, junit)", "--output DIR");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyFormatIsWrittenIntoTheOutputFolderAndTheTextReportIsPrinted(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("reports");

        CliRun run = CliRun.of("check", "--format", "text,json,sarif,junit,markdown,html", "--output",
                output.toString(), MISSES_DUTIES, MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.out()).contains("2 plans checked: 1 passed, 1 failed", "Reports written: "
                + output.resolve("childplan.txt"));
        assertThat(Files.readString(output.resolve("childplan.txt"))).contains("2 plans checked");
        JsonNode json = new ObjectMapper().readTree(output.resolve("childplan.json").toFile());
        assertThat(json.path("reports")).hasSize(2);
        JsonNode sarif = new ObjectMapper().readTree(output.resolve("childplan.sarif").toFile());
        Finding first = missesDuties.findings().get(0);
        assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo(first.ruleId());
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(first.location().orElseThrow().line());
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(output.resolve("childplan-junit.xml").toFile());
        assertThat(junit.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        assertThat(junit.getElementsByTagName("failure").getLength())
                .isEqualTo((int) missesDuties.findings().stream()
                        .filter(finding -> missesDuties.failsAt(finding, FailLevel.ERROR))
                        .map(Finding::ruleId).distinct().count());
        assertThat(Files.readString(output.resolve("childplan.md"))).contains("|`" + first.ruleId() + "`|");
        Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(output.resolve("childplan.html").toFile());
        assertThat(html.getDocumentElement().getTextContent()).contains(first.message());
    }

    @Test
    void waivedFindingsAreReportedAsWaivedAndDoNotFailTheCheck(@TempDir Path folder) throws Exception {
        Path waivers = writeWaivers(folder, "2030-03-31");

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-01-01", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code());
        long errors = missesDuties.count(Severity.ERROR);
        assertThat(run.out()).contains("Waived (" + errors + ")",
                "Accepted by Chief Officers' Group until 2030-03-31: Agreed while the plan is revised")
                .contains("0 errors, ")
                .contains("; " + errors + " waived: " + errors + " errors (waivers expire 2030-03-31) \u2014 PASSED");
    }

    @Test
    void anExpiredWaiverWaivesNothingAndIsReported(@TempDir Path folder) throws Exception {
        Path waivers = writeWaivers(folder, "2025-12-31");

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-01-01", "--format", "json",
                MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        JsonNode report = new ObjectMapper().readTree(run.out()).at("/reports/0");
        assertThat(report.path("waived")).isEmpty();
        assertThat(report.path("waiverNotices").findValuesAsText("kind")).containsOnly("EXPIRED");
        assertThat(report.path("waiverNotices").get(0).at("/waiver/location/source").asText())
                .isEqualTo(waivers.toString());
    }

    @Test
    void aWaiverHoldsOnItsExpiryDate(@TempDir Path folder) throws Exception {
        Path waivers = writeWaivers(folder, "2026-01-01");

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), "--today", "2026-01-01", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code());
    }

    @Test
    void aMalformedWaiverFileIsBadInputNamingItsLineAndColumn(@TempDir Path folder) throws Exception {
        Path waivers = Files.writeString(folder.resolve("waivers.yaml"), """
                waivers:
                  - ruleId: SCO-CYPSA-S8-CHILDRENS-SERVICES
                    justfication: typo
                """);

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(waivers + ":3:").contains("justfication").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingWaiverFileIsBadInput(@TempDir Path folder) {
        Path waivers = folder.resolve("waivers.yaml");

        CliRun run = CliRun.of("check", "--waivers", waivers.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(waivers + ": no such file");
    }

    @Test
    void theTextReportNamesTheRegimeApplied() {
        CliRun run = CliRun.of("check", MISSES_DUTIES);

        assertThat(missesDuties.regimes()).isNotEmpty();
        assertThat(run.out()).contains("    Regime: " + missesDuties.regimes().get(0).name() + " ("
                + missesDuties.regimes().get(0).instrument() + "), in force from "
                + missesDuties.regimes().get(0).inForceFrom());
    }

    /** A waiver for each rule with an ERROR in the plan that misses its duties, expiring on {@code expires}. */
    @Test
    void theHelpListsExactlyTheFormatsOfTheReportWritersFoundInTheirOrder() {
        String help = CliRun.of("check", "--help").out().replaceAll("\\s+", " ");

        java.util.regex.Matcher listed = java.util.regex.Pattern
                .compile("Report format\\(s\\), comma-separated: ([a-z, ]+)\\.").matcher(help);
        assertThat(listed.find()).as(help).isTrue();
        assertThat(listed.group(1).split(", ")).containsExactlyElementsOf(org.childplan.reports.ReportWriters.names());
        assertThat(org.childplan.reports.ReportWriters.names())
                .containsExactly("text", "json", "sarif", "junit", "markdown", "html", "github", "gitlab");
    }

    @Test
    void everyFormatOfTheReportWritersIsAcceptedAndAnUnknownOneIsRefusedWithTheirNames() {
        for (String name : org.childplan.reports.ReportWriters.names()) {
            CliRun run = CliRun.of("check", "--format", name, MISSES_DUTIES);

            assertThat(run.exitCode()).as(name + ": " + run.err()).isEqualTo(ExitCode.FINDINGS.code());
        }
        CliRun unknown = CliRun.of("check", "--format", "pdf", MISSES_DUTIES);

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(unknown.err()).contains("unknown report format 'pdf': expected one of "
                + String.join(", ", org.childplan.reports.ReportWriters.names()));
    }

    @Test
    void theGithubFormatAnnotatesEachFindingOnItsLineWithErrorsForThoseThatFail() {
        CliRun run = CliRun.of("check", "--format", "github", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        List<String> lines = run.out().lines().toList();
        long failing = missesDuties.findings().stream()
                .filter(finding -> missesDuties.failsAt(finding, FailLevel.ERROR)).count();
        assertThat(lines.stream().filter(line -> line.startsWith("::error "))).hasSize((int) failing);
        assertThat(lines.stream().filter(line -> line.startsWith("::"))).hasSize(missesDuties.findings().size());
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                "::error file=[^,]*misses-duties\\.yaml,line=\\d+,col=\\d+,title=SCO-CYPSA-S8-CHILDRENS-SERVICES::.*"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("childplan: 1 plan(s) checked, 0 not checked; FAIL at fail"
                + " level ERROR");
    }

    @Test
    void theGithubAndGitlabFormatsAreWrittenUnderTheirNames(@TempDir Path output) throws Exception {
        CliRun run = CliRun.of("check", "--format", "github,gitlab", "--output", output.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(Files.readString(output.resolve("childplan-github.txt"))).startsWith("::");
        JsonNode issues = new ObjectMapper().readTree(output.resolve("childplan-gitlab.json").toFile());
        assertThat(issues).hasSize(missesDuties.findings().size());
        assertThat(issues.findValuesAsText("check_name")).contains("SCO-CYPSA-S8-CHILDRENS-SERVICES");
        assertThat(run.out()).contains("Reports written: " + output.resolve("childplan-github.txt") + ", "
                + output.resolve("childplan-gitlab.json"));
    }

    @Test
    void theTextReportOfADocumentThatCouldNotBeCheckedNamesItWithItsLocatedErrorAndFails(@TempDir Path output)
            throws Exception {
        String broken = CliRun.planArg("broken-yaml.yaml");

        CliRun run = CliRun.of("check", "--format", "text,json", "--output", output.toString(), broken);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        String located = run.err().lines().findFirst().orElseThrow();
        assertThat(located).startsWith(CliRun.shown(broken) + ":6:13: /period/end: malformed YAML");
        String text = Files.readString(output.resolve("childplan.txt"));
        assertThat(text).startsWith("Not checked: " + CliRun.shown(broken) + System.lineSeparator())
                .contains("    " + located)
                .contains("1 problem, not checked \u2014 FAILED (fail level: error)");
    }

    @Test
    void theTextReportOfAGoodPlanAndABadFileListsTheBadOneAndGivesTheRunsVerdictAsTheExitCodeDoes() {
        String broken = CliRun.planArg("dangling-reference.yaml");

        CliRun run = CliRun.of("check", "--format", "text", MEETS_DUTIES, broken);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        String located = run.err().lines().findFirst().orElseThrow();
        assertThat(located).startsWith(CliRun.shown(broken) + ":14:5: /actions/0/lead: ");
        assertThat(run.out()).contains("Not checked: " + CliRun.shown(broken), "    " + located)
                .contains("1 plan checked: 1 passed, 0 failed; 1 file could not be checked \u2014 FAILED"
                        + " (fail level: error)");
    }

    @Test
    void theTextReportOfPlansThatAllPassGivesTheRunsVerdictPassed(@TempDir Path folder) throws Exception {
        // Two files: the same file named twice is checked once.
        Path copy = Files.copy(Path.of(MEETS_DUTIES), folder.resolve("meets-duties-too.yaml"));

        CliRun run = CliRun.of("check", "--format", "text", MEETS_DUTIES, copy.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.out()).contains("2 plans checked: 2 passed, 0 failed \u2014 PASSED (fail level: error)")
                .doesNotContain("Not checked");
    }

    private static Path writeWaivers(Path folder, String expires) throws Exception {
        String waivers = missesDuties.findings().stream()
                .filter(finding -> finding.severity() == Severity.ERROR)
                .map(Finding::ruleId)
                .distinct()
                .map(ruleId -> """
                          - ruleId: %s
                            justification: Agreed while the plan is revised
                            approvedBy: Chief Officers' Group
                            expires: %s
                        """.formatted(ruleId, expires))
                .collect(Collectors.joining("", "waivers:\n", ""));
        return Files.writeString(folder.resolve("waivers.yaml"), waivers);
    }

}
