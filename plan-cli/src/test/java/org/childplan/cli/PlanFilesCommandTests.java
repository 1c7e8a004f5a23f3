package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which of the files named on the command line, or found in a folder, {@code check} and {@code validate} take as plans. */
class PlanFilesCommandTests {

    private static final Path MEETS_DUTIES = CliRun.plan("meets-duties.yaml");
    private static final Path MISSES_DUTIES = CliRun.plan("misses-duties.yaml");
    private static final String WAIVERS = """
            # findings the board accepted
            waivers:
              - ruleId: SCO-CYPSA-S8-CHILDRENS-SERVICES
                justification: the services are listed in the annex
                approvedBy: the board
                expires: 2099-01-01
            """;

    @Test
    void aShellGlobThatTakesInTheWaiverFileChecksOnlyThePlansAndSaysNothingOfIt(@TempDir Path directory)
            throws Exception {
        Path plans = Files.createDirectories(directory.resolve("plans"));
        Path first = Files.copy(MISSES_DUTIES, plans.resolve("a-misses.yaml"));
        Path second = Files.copy(MEETS_DUTIES, plans.resolve("b-meets.yaml"));
        Path waivers = Files.writeString(plans.resolve("waivers.yaml"), WAIVERS);

        // childplan check plans/*.yaml --waivers plans/waivers.yaml, as the shell expands it
        CliRun run = CliRun.of("check", "--format", "json", first.toString(), second.toString(), waivers.toString(),
                "--waivers", waivers.toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.err()).isEmpty();
        assertThat(sources(json)).containsExactly(first.toString(), second.toString());
        assertThat(json.path("unchecked")).isEmpty();
        assertThat(json.at("/reports/0/waived/0/ruleId").asText()).isEqualTo("SCO-CYPSA-S8-CHILDRENS-SERVICES");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
    }

    @Test
    void theWaiverFileIsKnownByItsRealPathHoweverItIsSpelt(@TempDir Path directory) throws Exception {
        Path plan = Files.copy(MEETS_DUTIES, directory.resolve("plan.yaml"));
        Path waivers = Files.writeString(directory.resolve("waivers.yaml"), WAIVERS);
        Path spelledOtherwise = directory.resolve("sub/../waivers.yaml");
        Files.createDirectories(directory.resolve("sub"));

        CliRun run = CliRun.of("check", plan.toString(), spelledOtherwise.toString(), "--waivers", waivers.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.out()).doesNotContain("missing required property");
    }

    @Test
    void aWaiverFileOrAReportNamedAsAPlanIsLeftOutWithANoteNamingIt(@TempDir Path directory) throws Exception {
        Path plan = Files.copy(MEETS_DUTIES, directory.resolve("plan.yaml"));
        Path waivers = Files.writeString(directory.resolve("accepted.yaml"), WAIVERS);
        Path report = Files.writeString(directory.resolve("childplan.json"),
                CliRun.of("check", "--format", "json", MEETS_DUTIES.toString()).out());

        CliRun run = CliRun.of("check", "--format", "json", plan.toString(), waivers.toString(), report.toString());

        assertThat(run.err().lines()).containsExactly(
                "childplan: " + waivers + ": left out: a waiver file, not a plan",
                "childplan: " + report + ": left out: childplan's JSON report, not a plan");
        assertThat(sources(new ObjectMapper().readTree(run.out()))).containsExactly(plan.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code());
    }

    @Test
    void aNamedFileThatIsABrokenPlanStillFailsWithItsLocatedError(@TempDir Path directory) throws Exception {
        Path plan = Files.copy(MEETS_DUTIES, directory.resolve("plan.yaml"));
        Path noId = Files.writeString(directory.resolve("no-id.yaml"), Files.readString(MEETS_DUTIES)
                .replaceFirst("(?m)^id: .*\\n", ""));
        Path unknownKind = Files.writeString(directory.resolve("package.json"), "{\"name\": \"site\", \"version\": \"1.0.0\"}");

        CliRun run = CliRun.of("check", plan.toString(), noId.toString(), unknownKind.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(noId.toString())
                        + ":\\d+:\\d+: /id: missing required property 'id'")
                .as("a file named is read as a plan unless it is recognisably another kind of document")
                .contains(unknownKind + ":1:1: /id: missing required property 'id'")
                .doesNotContain("left out");
    }

    @Test
    void whenEveryFileNamedIsTheWaiverFileOrAnotherKindOfDocumentThereIsNothingToCheckAndTheCheckStops(
            @TempDir Path directory) throws Exception {
        Path waivers = Files.writeString(directory.resolve("waivers.yaml"), WAIVERS);
        Path other = Files.writeString(directory.resolve("other-waivers.yaml"), WAIVERS);

        CliRun run = CliRun.of("check", waivers.toString(), other.toString(), "--waivers", waivers.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("no plan to check: every file given is the waiver file or another kind of"
                + " document").contains("childplan: " + other + ": left out: a waiver file, not a plan");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validateLeavesOutAWaiverFileNamedAsAPlanWithANote(@TempDir Path directory) throws Exception {
        Path plan = Files.copy(MEETS_DUTIES, directory.resolve("plan.yaml"));
        Path waivers = Files.writeString(directory.resolve("waivers.yaml"), WAIVERS);

        CliRun run = CliRun.of("validate", plan.toString(), waivers.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.out()).isEqualToIgnoringNewLines(plan + ": well formed");
        assertThat(run.err()).isEqualToIgnoringNewLines("childplan: " + waivers + ": left out: a waiver file, not a plan");
    }

    @Test
    void aFolderSearchLeavesOutChildplansOwnOutputsSarifLogsAndOtherDocumentsAndCountsThem(@TempDir Path directory)
            throws Exception {
        Path plan = Files.copy(MEETS_DUTIES, directory.resolve("a-plan.yaml"));
        Path diff = Files.writeString(directory.resolve("diff.json"), run("diff", "--format", "json",
                MISSES_DUTIES.toString(), MEETS_DUTIES.toString()));
        Path scorecard = Files.writeString(directory.resolve("scorecard.json"), run("scorecard", "--format", "json",
                MEETS_DUTIES.toString()));
        Path sarif = Files.writeString(directory.resolve("x.sarif.json"), run("check", "--format", "sarif",
                MEETS_DUTIES.toString()));
        Path gitlab = Files.writeString(directory.resolve("gitlab.json"), run("check", "--format", "gitlab",
                MISSES_DUTIES.toString()));
        Path packageJson = Files.writeString(directory.resolve("package.json"),
                "{\"name\": \"site\", \"version\": \"1.0.0\", \"scripts\": {\"id\": \"x\"}}");
        Path compose = Files.writeString(directory.resolve("compose.yml"), "services:\n  web:\n    image: nginx\n");

        CliRun run = CliRun.of("check", "--format", "json", directory.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASSED.code());
        assertThat(sources(new ObjectMapper().readTree(run.out()))).containsExactly(plan.toString());
        assertThat(run.err().lines()).containsExactly("childplan: " + directory + ": left out 6 files that are not"
                + " plans: " + compose + ", " + diff + ", " + gitlab + ", " + packageJson + ", " + scorecard
                + " and 1 more");
    }

    @Test
    void aFoundFileThatNamesAPlansPropertyIsAPlanAndItsErrorIsLocated(@TempDir Path directory) throws Exception {
        Files.copy(MEETS_DUTIES, directory.resolve("a-plan.yaml"));
        Path noId = Files.writeString(directory.resolve("b-no-id.yaml"), Files.readString(MEETS_DUTIES)
                .replaceFirst("(?m)^id: .*\\n", ""));
        Path mistyped = Files.writeString(directory.resolve("c-mistyped.json"),
                "{\"title\": \"Our plan\", \"jurisdicton\": \"SCOTLAND\"}");
        Path empty = Files.writeString(directory.resolve("d-empty.yaml"), "{}\n");
        Path unparsable = Files.writeString(directory.resolve("e-broken.yaml"), "waivers: [\n");

        CliRun run = CliRun.of("check", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(noId.toString())
                        + ":\\d+:\\d+: /id: missing required property 'id'")
                .contains(mistyped.toString(), empty.toString(), unparsable.toString())
                .doesNotContain("left out");
    }

    @Test
    void aFolderHoldingOnlyDocumentsThatAreNotPlansIsBadInputNamingThem(@TempDir Path directory) throws Exception {
        Path packageJson = Files.writeString(directory.resolve("package.json"), "{\"name\": \"site\"}");

        CliRun run = CliRun.of("validate", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualToIgnoringNewLines(directory + ": no plan file (.yaml, .yml or .json) in this"
                + " folder; left out as not plans: " + packageJson);
    }

    @Test
    void theRequiredPropertiesThatMakeADocumentAPlanAreThoseOfThePlanSchema() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(
                org.childplan.model.Plan.class.getResource("/org/childplan/model/plan.schema.json"));

        assertThat(StreamSupport.stream(schema.path("required").spliterator(), false).map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(org.childplan.cli.internal.PlanFiles.REQUIRED_PLAN_PROPERTIES);
    }

    @Test
    void aPlanNamedOrFoundMoreThanOnceIsCheckedOnceInTheOrderFirstGiven(@TempDir Path directory) throws Exception {
        Path plans = Files.createDirectories(directory.resolve("plans"));
        Path first = Files.copy(MEETS_DUTIES, plans.resolve("a-meets.yaml"));
        Path second = Files.copy(MISSES_DUTIES, plans.resolve("b-misses.yaml"));
        Path elsewhere = Files.copy(MEETS_DUTIES, directory.resolve("elsewhere.yaml"));

        // check plans plans/b-misses.yaml ./plans/ elsewhere.yaml plans/../elsewhere.yaml
        CliRun run = CliRun.of("check", "--format", "json", plans.toString(), second.toString(),
                directory.resolve("./plans/").toString(), elsewhere.toString(),
                plans.resolve("../elsewhere.yaml").toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(sources(json)).containsExactly(first.toString(), second.toString(), elsewhere.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
    }

    @Test
    void aFolderOrAFileLeftOutThatIsGivenTwiceIsNotedOnce(@TempDir Path directory) throws Exception {
        Path plans = Files.createDirectories(directory.resolve("plans"));
        Path plan = Files.copy(MEETS_DUTIES, plans.resolve("plan.yaml"));
        Path waivers = Files.writeString(plans.resolve("waivers.yaml"), WAIVERS);

        CliRun run = CliRun.of("validate", plans.toString(), directory.resolve("./plans").toString(),
                waivers.toString(), plans.resolve("../plans/waivers.yaml").toString());

        assertThat(run.out()).isEqualToIgnoringNewLines(plan + ": well formed");
        assertThat(run.err().lines()).containsExactly(
                "childplan: " + plans + ": left out 1 file that is not a plan: " + waivers,
                "childplan: " + waivers + ": left out: a waiver file, not a plan");
        assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED.code());
    }

    @Test
    void aFileNamedTwiceIsValidatedOnceAndAMissingFileNamedTwiceIsReportedOnce(@TempDir Path directory)
            throws Exception {
        Path plan = Files.copy(MEETS_DUTIES, directory.resolve("plan.yaml"));
        Path missing = directory.resolve("missing.yaml");

        CliRun run = CliRun.of("validate", plan.toString(), missing.toString(), directory.toString(),
                directory.resolve("sub/../missing.yaml").toString());

        assertThat(run.out()).isEqualToIgnoringNewLines(plan + ": well formed");
        assertThat(run.err()).isEqualToIgnoringNewLines(missing + ": no such file");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    }

    private static String run(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.out()).as(run.err()).isNotBlank();
        return run.out();
    }

    static List<String> sources(JsonNode json) {
        return StreamSupport.stream(json.path("reports").spliterator(), false)
                .map(report -> report.at("/plan/source").asText())
                .toList();
    }

    @Test
    void aFolderSearchFollowsLinksToPlansAndToFoldersAndChecksEachPlanOnce(@TempDir Path directory) throws Exception {
        Path elsewhere = Files.createDirectories(directory.resolve("elsewhere"));
        Path failing = Files.copy(MISSES_DUTIES, elsewhere.resolve("failing.yaml"));
        Path shared = Files.createDirectories(directory.resolve("shared"));
        Files.copy(MISSES_DUTIES, shared.resolve("shared-plan.yaml"));
        Path plans = Files.createDirectories(directory.resolve("plans"));
        Files.copy(MEETS_DUTIES, plans.resolve("ok.yaml"));
        Files.createSymbolicLink(plans.resolve("linked.yaml"), failing);
        Files.createSymbolicLink(plans.resolve("shared"), shared);

        CliRun run = CliRun.of("check", "--format", "json", plans.toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(StreamSupport.stream(json.path("reports").spliterator(), false)
                .map(report -> Path.of(report.path("plan").path("source").asText()).getFileName().toString()))
                .containsExactly("linked.yaml", "ok.yaml", "shared-plan.yaml");
    }

    @Test
    void aLinkInAFolderThatLoopsOrLeadsNowhereIsLeftOutAndNamedWithWhy(@TempDir Path directory) throws Exception {
        Path plans = Files.createDirectories(directory.resolve("plans"));
        Files.copy(MEETS_DUTIES, plans.resolve("ok.yaml"));
        Path up = Files.createSymbolicLink(plans.resolve("up"), plans);
        Path loop = Files.createSymbolicLink(plans.resolve("loop.yaml"), plans.resolve("loop.yaml"));
        Path gone = Files.createSymbolicLink(plans.resolve("gone.yaml"), directory.resolve("deleted.yaml"));

        CliRun run = CliRun.of("check", plans.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.err()).contains(plans + ": left out 3 symbolic links that lead to no file: ")
                .contains(up + " (a symbolic link back to a folder it is in: a loop)")
                .contains(loop + " (is a symbolic link that loops")
                .contains(gone + " (is a symbolic link to " + directory.resolve("deleted.yaml")
                        + ", which does not exist)");
    }

    @Test
    void aNamedLinkThatLoopsIsSaidToLoopNotToBeMissing(@TempDir Path directory) throws Exception {
        Path loop = Files.createSymbolicLink(directory.resolve("plan.yaml"), directory.resolve("other.yaml"));
        Files.createSymbolicLink(directory.resolve("other.yaml"), loop);

        CliRun run = CliRun.of("check", loop.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains(loop + ": is a symbolic link that loops").doesNotContain("no such file");
    }
}
