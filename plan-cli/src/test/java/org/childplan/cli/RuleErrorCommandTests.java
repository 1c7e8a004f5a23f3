package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.rules.TestPackFolders;
import org.childplan.rules.TestPackFolders.TestRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council's rule that throws while a plan is checked: the law and the pack's other rules are still applied and
 * reported, the rule is named on standard error as a fault of its pack, and the command exits with 5.
 */
class RuleErrorCommandTests {

    @TempDir
    static Path folder;

    private static Path pack;
    private static Path plan;

    @BeforeAll
    static void packAndPlan() throws IOException {
        pack = TestPackFolders.pack("acme-throws")
                .rule(new TestRule("Reads the period", TestPackFolders.metadata("ACME-PERIOD"),
                        "org.childplan.model.Plan", "fact.period().start();"))
                .rule(TestRule.metOnPlan("ACME-SOUND"))
                .writeUnder(folder);
        plan = Files.writeString(folder.resolve("no-period.yaml"), """
                id: no-period
                title: A plan without a period
                area: Acme
                jurisdiction: SCOTLAND
                status: DRAFT
                """);
    }

    @Test
    void aLocalRuleThatThrowsExitsFiveNamingItAndTheLawIsStillReported() throws IOException {
        CliRun run = CliRun.of("check", "--pack", pack.toString(), "--as-of", "2025-01-01", "--format", "json",
                plan.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_PACK.code());
        assertThat(run.err()).contains("rule ACME-PERIOD of rule pack 'acme-throws' failed and was not applied:"
                + " java.lang.NullPointerException").contains("no-period.yaml").doesNotContain("\tat ")
                .doesNotContain("internal error");
        JsonNode report = new ObjectMapper().readTree(run.out()).at("/reports/0");
        assertThat(report.at("/findings").findValuesAsText("ruleId")).anyMatch(id -> id.startsWith("SCO-"))
                .doesNotContain("ACME-PERIOD");
        assertThat(report.at("/met").findValuesAsText("ruleId")).contains("ACME-SOUND").doesNotContain("ACME-PERIOD");
        assertThat(report.at("/ruleErrors/0/ruleId").asText()).isEqualTo("ACME-PERIOD");
    }

    @Test
    void aBaselineKeepsTheRulesThatFailedInTheReport() throws IOException {
        CliRun first = CliRun.of("check", "--pack", pack.toString(), "--as-of", "2025-01-01", "--format", "json",
                plan.toString());
        Path baseline = Files.writeString(folder.resolve("baseline.json"), first.out());

        CliRun run = CliRun.of("check", "--pack", pack.toString(), "--as-of", "2025-01-01", "--format", "json",
                "--baseline", baseline.toString(), plan.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_PACK.code());
        JsonNode report = new ObjectMapper().readTree(run.out()).at("/reports/0");
        assertThat(report.at("/findings").findValuesAsText("outcome")).as("every finding due is in the baseline")
                .containsOnly("NOT_YET_DUE");
        assertThat(report.at("/ruleErrors/0/ruleId").asText()).isEqualTo("ACME-PERIOD");
    }

    @Test
    void theTextReportOfTheLawIsPrintedToo() {
        CliRun run = CliRun.of("check", "--pack", pack.toString(), "--as-of", "2025-01-01", plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_PACK.code());
        assertThat(run.out()).contains("SCO-");
    }

    @Test
    void theScorecardNamesALocalRuleThatThrowsAndExitsFiveAsItsHelpSays() throws IOException {
        Path dated = Files.writeString(folder.resolve("dated-no-period.yaml"), """
                id: dated-no-period
                title: A plan dated but without a period
                area: Acme
                jurisdiction: SCOTLAND
                status: DRAFT
                date: 2025-01-01
                """);

        CliRun run = CliRun.of("scorecard", "--pack", pack.toString(), dated.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_PACK.code());
        assertThat(run.err()).contains("rule ACME-PERIOD of rule pack 'acme-throws' failed and was not applied")
                .contains("dated-no-period.yaml").doesNotContain("\tat ");
        assertThat(run.out()).contains("(dated-no-period)");
    }
}
