package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
                .contains("|10 Engagement and ownership|0|1|1|0|")
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
