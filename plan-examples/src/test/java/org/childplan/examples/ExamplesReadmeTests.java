package org.childplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RulePacks;
import org.childplan.rules.ScorecardRow;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The counts this module's README states are the examples' own: each example's heading gives its report's verdict and
 * counts, and the numbers of seed and model plans are those of {@link ExamplePlans}, so that a rule that changes an
 * example's findings fails here until the README says so. The command of "Regenerating what is pinned"
 * ({@code -Dchildplan.updateDocs=true}) writes the headings' counts and the scorecard table from the reports first;
 * the words around them are the author's to review.
 */
class ExamplesReadmeTests {

    private static final Path README = Path.of("README.md");
    private static final PlanChecker CHECKER = PlanChecker.forAllJurisdictions();
    /** A heading of the list of reports: {@code - **Moray 2017-2020 — passes, a partial record (10 errors, ...).**}. */
    private static final Pattern HEADING = Pattern.compile("(?m)^- \\*\\*(.+?)\\*\\*");
    private static final Pattern COUNTS = Pattern.compile("\\((\\d+) errors?, (\\d+) warnings?, (\\d+) info\\b");
    /** The scorecard table: its header line and every table line after it. */
    private static final Pattern TABLE = Pattern.compile("(?m)^\\| Criterion \\|.*\\n(?:\\|.*\\n)*");
    private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final String REGENERATE = "plan-examples/README.md is out of date; regenerate it with "
            + "mvn -B -pl plan-rules-testkit,plan-examples,plan-cli -am verify -Dchildplan.updateDocs=true "
            + "-Dchildplan.updateExpected=true";

    /** With {@code childplan.updateDocs}, writes the headings' counts and the scorecard table from the reports. */
    @BeforeAll
    static void regenerateWhenAsked() throws Exception {
        if (!Boolean.getBoolean("childplan.updateDocs")) {
            return;
        }
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (ExamplePlans example : ExamplePlans.values()) {
            ComplianceReport report = CHECKER.check(example.read());
            String heading = headingOf(readme, example);
            Matcher counts = COUNTS.matcher(heading);
            if (counts.find()) {
                String updated = heading.substring(0, counts.start()) + "(" + count(report, Severity.ERROR, "error")
                        + ", " + count(report, Severity.WARNING, "warning") + ", " + report.count(Severity.INFO)
                        + " info" + heading.substring(counts.end());
                readme = readme.replace("- **" + heading + "**", "- **" + updated + "**");
            }
        }
        Matcher table = TABLE.matcher(readme);
        if (table.find()) {
            readme = readme.substring(0, table.start()) + reviewScorecardTable() + readme.substring(table.end());
        }
        Files.writeString(README, readme, StandardCharsets.UTF_8);
    }

    private static String count(ComplianceReport report, Severity severity, String word) {
        int count = report.count(severity);
        return count + " " + word + (count == 1 ? "" : "s");
    }

    @ParameterizedTest
    @EnumSource(ExamplePlans.class)
    void theHeadingOfEachExampleGivesTheVerdictAndCountsOfItsReport(ExamplePlans example) throws Exception {
        ComplianceReport report = CHECKER.check(example.read());
        String heading = headingOf(example);

        String verdict = report.verdict(FailLevel.ERROR) == Verdict.PASS ? "pass" : "fail";
        assertThat(heading).as("the verdict in the heading of %s; %s", example.fileName(), REGENERATE)
                .containsPattern(" — " + verdict + "(es)?\\b");
        Matcher counts = COUNTS.matcher(heading);
        if (heading.contains("no findings") && !counts.find()) {
            // As a summary line says it: nothing counted (a duty not yet due is not counted).
            assertThat(report.counts().values()).as("the counts of %s, whose heading says it has no findings",
                    example.fileName()).containsOnly(0);
            return;
        }
        assertThat(counts.find(0)).as("counts as 'N errors, N warnings, N info' in the heading '%s'", heading).isTrue();
        assertThat(List.of(counts.group(1), counts.group(2), counts.group(3)))
                .as("the counts (errors, warnings, info) in the heading of %s; %s", example.fileName(), REGENERATE)
                .containsExactly(Integer.toString(report.count(Severity.ERROR)),
                        Integer.toString(report.count(Severity.WARNING)), Integer.toString(report.count(Severity.INFO)));
    }

    @Test
    void theNumbersOfSeedAndModelPlansAreThoseOfTheExamples() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);

        assertThat(readme).contains("The " + NUMBERS.get(ExamplePlans.seeds().size()) + " seed plans are encoded")
                .contains("All " + NUMBERS.get(ExamplePlans.models().size()) + " fill every component of `Plan`");
    }

    @Test
    void theReviewScorecardTableGivesEachScottishExamplesScoreOnEveryRow() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);

        assertThat(readme).as("the scorecard table; %s", REGENERATE).contains(reviewScorecardTable());
    }

    /**
     * The table of the README's scorecard section: a row per criterion of Scotland's national review, a column per
     * Scottish example, each cell the example's score in words.
     */
    static String reviewScorecardTable() throws Exception {
        List<ExamplePlans> scottish = java.util.Arrays.stream(ExamplePlans.values())
                .filter(example -> example.fileName().equals("glenardoch-csp-2023-2026.yaml")
                        || example.fileName().equals("moray-csp-2017-2020.yaml"))
                .toList();
        List<List<ScorecardRow>> scores = new java.util.ArrayList<>();
        StringBuilder table = new StringBuilder("| Criterion |");
        StringBuilder rule = new StringBuilder("|---|");
        for (ExamplePlans example : scottish) {
            ComplianceReport report = CHECKER.check(example.read());
            scores.add(RulePacks.scorecard(report));
            table.append(' ').append(example.fileName().replace(".yaml", "")).append(" |");
            rule.append("---|");
        }
        table.append('\n').append(rule).append('\n');
        List<ScorecardRow> first = scores.get(0);
        for (int row = 0; row < first.size(); row++) {
            table.append("| ").append(first.get(row).criterion().id()).append(' ')
                    .append(first.get(row).criterion().title()).append(" |");
            for (List<ScorecardRow> plan : scores) {
                table.append(' ').append(plan.get(row).score().words())
                        .append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** The heading that names the area of {@code example}, the first word of its file name. */
    private static String headingOf(ExamplePlans example) throws IOException {
        return headingOf(Files.readString(README, StandardCharsets.UTF_8), example);
    }

    private static String headingOf(String readme, ExamplePlans example) {
        String area = example.fileName().substring(0, example.fileName().indexOf('-'));
        String name = area.substring(0, 1).toUpperCase(Locale.ROOT) + area.substring(1);
        Matcher headings = HEADING.matcher(readme);
        while (headings.find()) {
            if (headings.group(1).matches("(.* )?" + name + "\\b.*")) {
                return headings.group(1);
            }
        }
        throw new AssertionError("README.md has no heading '- **" + name + " ...**' for " + example.fileName());
    }
}
