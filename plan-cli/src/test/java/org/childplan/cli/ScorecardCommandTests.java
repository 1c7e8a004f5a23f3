package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardCommandTests {

    private static final String MEETS_DUTIES = CliRun.planArg("meets-duties.yaml");
    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");

    @Test
    void eachPlanIsScoredOnEveryCriterionOfTheReviewWithWhatShowsTheScore() {
        CliRun run = CliRun.of("scorecard", MEETS_DUTIES);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\\n  10 +Engagement and ownership +partly met +missing: SCO-REVIEW2023-C10-WORKFORCE-ENGAGED, .*; "
                        + "evidence: /consultations/")
                .containsPattern("\\n  12 +Resources +not met +missing: SCO-REVIEW2023-C12-COLLECTIVE-RESOURCES");
    }

    @Test
    void aPlanMissingWhatACriterionChecksIsScoredBelowFullyMetNamingTheRulesNotMet() {
        CliRun run = CliRun.of("scorecard", MISSES_DUTIES);

        assertThat(run.out()).containsPattern("\\n  10 +Engagement and ownership +not met +missing: SCO-SG2020-P4-");
    }

    @Test
    void severalPlansGiveTheNationalTableOfPlansByScoreOnEachCriterion() {
        CliRun run = CliRun.of("scorecard", MEETS_DUTIES, MISSES_DUTIES);

        assertThat(run.out()).contains("Plans by score on each criterion (2 plans)")
                .containsPattern("10 Engagement and ownership +0 +1 +1 +0");
    }

    @Test
    void aFolderIsSearchedForPlansAndTheJsonFormCountsEachScore() throws Exception {
        Path folder = Path.of(MEETS_DUTIES).getParent();

        CliRun run = CliRun.of("scorecard", "--format", "json", MEETS_DUTIES, MISSES_DUTIES);
        CliRun overFolder = CliRun.of("scorecard", folder.toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("plans")).hasSize(2);
        assertThat(json.at("/plans/0/criteria/0/id").asText()).isEqualTo("1");
        assertThat(json.at("/counts/10 Engagement and ownership/PARTLY_MET").asInt()).isEqualTo(1);
        assertThat(json.at("/counts/10 Engagement and ownership/NOT_MET").asInt()).isEqualTo(1);
        assertThat(overFolder.out()).contains("(glenardoch-csp-2023-2026)").contains("Plans by score on each criterion");
        assertThat(overFolder.exitCode()).as("the folder holds plans that are not well formed").isEqualTo(2);
    }

    @Test
    void theMarkdownFormGivesTheNationalTableAndPlansAgainstCriteria() {
        CliRun run = CliRun.of("scorecard", "--format", "markdown", MEETS_DUTIES, MISSES_DUTIES);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## Plans by score on each criterion")
                .contains("|10 Engagement and ownership|0|1|1|0|0|0|")
                .contains("## Plans against criteria");
    }

    @Test
    void theHtmlFormIsAPageWithTheTableAndAHeatMapWhoseEveryCellNamesItsScore() {
        CliRun run = CliRun.of("scorecard", "--format", "html", MEETS_DUTIES, MISSES_DUTIES);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>")
                .contains("<caption>Plans by score on each criterion (2 plans)</caption>")
                .contains("<table class=\"heat\">")
                .contains("<td class=\"score score-PARTLY_MET\">partly met</td>")
                .contains("<td class=\"score score-NOT_MET\">not met</td>");
    }

    @Test
    void theSamePlanAsARecordThatDoesNotClaimToBeCompleteIsNotEvidencedWhereItIsSilentNeverNotMet(@TempDir Path dir)
            throws Exception {
        Path partial = dir.resolve("misses-duties-partial.yaml");
        Files.writeString(partial, Files.readString(Path.of(MISSES_DUTIES)) + "\ncompleteRecord: false\n");

        CliRun complete = CliRun.of("scorecard", "--format", "json", MISSES_DUTIES);
        CliRun run = CliRun.of("scorecard", "--format", "json", partial.toString());

        JsonNode completeJson = new ObjectMapper().readTree(complete.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(completeJson.at("/counts/10 Engagement and ownership/NOT_MET").asInt()).isEqualTo(1);
        assertThat(json.at("/counts/10 Engagement and ownership/NOT_MET").asInt()).isZero();
        assertThat(json.at("/counts/10 Engagement and ownership/NOT_EVIDENCED").asInt()).isEqualTo(1);
        assertThat(CliRun.of("scorecard", partial.toString()).out())
                .containsPattern("\\n  10 +Engagement and ownership +not evidenced +missing: SCO-SG2020-P4-");
    }

    @Test
    void helpListsOnlyTheExitCodesTheCommandExitsWithAndSaysFindingsDoNotChangeIt() {
        CliRun run = CliRun.of("scorecard", "--help");

        assertThat(run.exitCode()).isZero();
        String codes = run.out().substring(run.out().indexOf("Exit codes:"));
        assertThat(codes).doesNotContain("fail level.", "Failed:", "childplan init")
                .containsPattern("\\n  0 +Scored: every file is a well-formed plan and was scored")

                .containsPattern("\\n  2 +Bad input or usage")
                .containsPattern("\\n  3 +Internal error")
                .containsPattern("\\n  4 +Could not write a report")
                .containsPattern("\\n  5 +Bad rule pack");
        assertThat(codes).doesNotContainPattern("\\n  1 ").doesNotContainPattern("\\n  6 ");
        assertThat(codes.replaceAll("\\s+", " ")).contains("The scores (even not met) and the findings never change"
                + " the exit code: scorecard has no fail level");
    }

    @Test
    void aCompletePlanWithErrorsIsScoredAndExitsZeroAsTheHelpSays() {
        CliRun check = CliRun.of("check", MISSES_DUTIES);
        CliRun run = CliRun.of("scorecard", MISSES_DUTIES);

        assertThat(check.exitCode()).as("the plan has errors").isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.out()).contains("not met");
    }

    @Test
    void anUnknownFormatIsBadUsageNamingTheFormatsThereAre() {
        CliRun run = CliRun.of("scorecard", "--format", "sarif", MEETS_DUTIES);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'sarif': expected text, json, markdown or html");
    }

    @Test
    void aPlanWithNoPeriodIsNotScoredAndTheMessageSaysWhichFieldToAdd() {
        String plan = CliRun.planArg("no-period.yaml");

        CliRun run = CliRun.of("scorecard", plan);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo(plan + ": not scored: plan 'glenardoch-draft' states no period, so the law to"
                + " score it by (the law in force at the start of its period) is unknown: add its period, 'period:"
                + " {start: YYYY-MM-DD, end: YYYY-MM-DD}', or the date the document bears, 'date: YYYY-MM-DD'"
                + System.lineSeparator());
    }

    @Test
    void aFileThatIsNotAWellFormedPlanIsNamedWithWhereItIsWrong() {
        String plan = CliRun.planArg("unknown-field.yaml");

        CliRun run = CliRun.of("scorecard", plan);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(plan + ":7:1: /colour: unknown property 'colour'")
                .doesNotContain("childplan validate");
    }
}
