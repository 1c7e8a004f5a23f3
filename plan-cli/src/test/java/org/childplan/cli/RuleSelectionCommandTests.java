package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code childplan check --rule} and {@code --skip-rule}: only the selected rules count and are reported. */
class RuleSelectionCommandTests {

    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");
    private static final String SKIPPED = "skipped: not selected for this check (--rule, --skip-rule)";

    @Test
    void aGlobSelectsTheRulesItMatchesAndTheReportListsTheOthersAsSkipped() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "--rule", "sco-cypsa-s8-*", MISSES_DUTIES);

        JsonNode report = new ObjectMapper().readTree(run.out()).at("/reports/0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(ruleIds(report.path("findings"))).containsOnly("SCO-CYPSA-S8-CHILDRENS-SERVICES",
                "SCO-CYPSA-S8-RELATED-SERVICES");
        assertThat(report.at("/counts/ERROR").asInt()).isEqualTo(2);
        List<JsonNode> skipped = StreamSupport.stream(report.path("notApplicable").spliterator(), false)
                .filter(rule -> rule.path("reason").asText().equals(SKIPPED))
                .toList();
        assertThat(skipped).extracting(rule -> rule.path("ruleId").asText())
                .contains("SCO-CYPSA-S10-PUBLICATION", "SCO-SG2020-P4-CHILDREN-ENGAGED", "SCO-PRACTICE-AIM-MEASURED")
                .doesNotContain("SCO-CYPSA-S8-CHILDRENS-SERVICES");
    }

    @Test
    void skippingEveryRuleThatFailsLetsThePlanPassAndTheTextReportCountsTheSkippedRules() {
        CliRun run = CliRun.of("check", "--skip-rule", "SCO-CYPSA-*", MISSES_DUTIES);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.out()).doesNotContain("SCO-CYPSA-").contains("SCO-SG2020-P4-CHILDREN-ENGAGED")
                .containsPattern("not applicable on 2023-04-01, \\d+ skipped \\(--rule, --skip-rule\\)\\.");
    }

    @Test
    void skipRuleWinsOverRuleAndAnExactIdSelectsOneRule() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "--rule", "SCO-CYPSA-S8-*", "--skip-rule",
                "SCO-CYPSA-S8-RELATED-SERVICES", MISSES_DUTIES);

        JsonNode report = new ObjectMapper().readTree(run.out()).at("/reports/0");
        assertThat(ruleIds(report.path("findings"))).containsExactly("SCO-CYPSA-S8-CHILDRENS-SERVICES");
    }

    @Test
    void aRuleThatMatchesNothingIsBadInputWithTheNearestRuleIds() {
        CliRun run = CliRun.of("check", "--rule", "SCO-CYPSA-S8-CHILDRENS-SERVICE", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("--rule SCO-CYPSA-S8-CHILDRENS-SERVICE: matches no rule; did you mean "
                + "SCO-CYPSA-S8-CHILDRENS-SERVICES");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void choosingOnlyRulesOfAnotherJurisdictionsPackIsBadInputNamingTheOptionsRatherThanAPass() {
        CliRun run = CliRun.of("check", "--rule", "ENG-*", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).containsPattern("^--rule ENG-\\*: selects none of the \\d+ rules of the packs that checked"
                + " the plans \\(scotland\\), so nothing would be checked; 'childplan rules' lists the rules of each pack");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void skippingEveryRuleChosenIsBadInputNamingBothOptions() {
        CliRun run = CliRun.of("check", "--rule", "*", "--skip-rule", "*", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("--rule * --skip-rule *: selects none of the");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSelectionThatCountsNoRuleOfOnePlanButSomeOfAnotherIsChecked(@TempDir Path directory) throws Exception {
        Path english = directory.resolve("kingsmere.yaml");
        try (InputStream in = RuleSelectionCommandTests.class.getResourceAsStream(
                "/org/childplan/examples/kingsmere-cypp-2024-2027.yaml")) {
            Files.copy(in, english);
        }

        CliRun run = CliRun.of("check", "--format", "json", "--rule", "ENG-*", MISSES_DUTIES, english.toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.err()).isEmpty();
        assertThat(json.path("reports")).hasSize(2);
        assertThat(json.at("/reports/0/findings")).isEmpty();
        assertThat(run.exitCode()).isIn(ExitCode.PASSED.code(), ExitCode.FINDINGS.code());
    }

    @Test
    void aRuleValueThatNamesOnlyRulesOfAnotherPackIsNamedInAWarningWhileTheOthersCount() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "--rule", "ENG-*", "--rule", "SCO-CYPSA-S8-*",
                MISSES_DUTIES);

        JsonNode report = new ObjectMapper().readTree(run.out()).at("/reports/0");
        assertThat(run.err()).isEqualToIgnoringNewLines("childplan: warning: --rule ENG-* matches no rule of the packs"
                + " that checked the plans (scotland): it selects nothing in this check");
        assertThat(ruleIds(report.path("findings"))).containsOnly("SCO-CYPSA-S8-CHILDRENS-SERVICES",
                "SCO-CYPSA-S8-RELATED-SERVICES");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
    }

    @Test
    void aSelectionThatCountsNothingRemovesTheReportsOfAnEarlierRun(@TempDir Path directory) {
        CliRun earlier = CliRun.of("check", "--format", "json", "--output", directory.toString(), "--fail-on", "never",
                MISSES_DUTIES);
        assertThat(directory.resolve("childplan.json")).as(earlier.err()).exists();

        CliRun run = CliRun.of("check", "--format", "json", "--output", directory.toString(), "--rule", "ENG-*",
                MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(directory.resolve("childplan.json")).doesNotExist();
    }

    private static List<String> ruleIds(JsonNode findings) {
        return StreamSupport.stream(findings.spliterator(), false).map(f -> f.path("ruleId").asText()).toList();
    }
}
