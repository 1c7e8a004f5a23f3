package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.childplan.model.io.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code childplan check --baseline REPORT.json}: known findings do not fail, new ones do. */
class BaselineCommandTests {

    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");

    /** A rule that finds the Stockport example's priorities serve none of four National Framework outcomes. */
    private static final String OUTCOMES = "ENG-CSCNF2023-OUTCOMES";

    @Test
    void findingsInTheBaselineAreKnownAndDoNotFailTheCheck(@TempDir Path directory) throws Exception {
        Path baseline = Files.writeString(directory.resolve("baseline.json"),
                CliRun.of("check", "--format", "json", MISSES_DUTIES).out());

        CliRun run = CliRun.of("check", "--format", "json", "--baseline", baseline.toString(), MISSES_DUTIES);

        JsonNode report = new ObjectMapper().readTree(run.out()).at("/reports/0");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASSED.code());
        assertThat(report.path("findings").findValuesAsText("outcome")).containsOnly("NOT_YET_DUE");
        assertThat(report.path("waived").size()).isPositive();
        assertThat(report.at("/waived/0/waiver/approvedBy").asText()).startsWith("baseline ").endsWith("baseline.json");
        assertThat(report.at("/waived/0/waiver/justification").asText()).startsWith("known: ");
    }

    @Test
    void aFindingNotInTheBaselineFailsAsUsual(@TempDir Path directory) throws Exception {
        JsonNode earlier = new ObjectMapper().readTree(CliRun.of("check", "--format", "json", MISSES_DUTIES).out());
        // The baseline as it was before the plan lost its children's services: without that finding.
        var findings = (com.fasterxml.jackson.databind.node.ArrayNode) earlier.at("/reports/0/findings");
        for (int i = findings.size() - 1; i >= 0; i--) {
            if (findings.get(i).path("ruleId").asText().equals("SCO-CYPSA-S8-CHILDRENS-SERVICES")) {
                findings.remove(i);
            }
        }
        Path baseline = Files.writeString(directory.resolve("baseline.json"), earlier.toString());

        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.out()).contains("ERROR (not evidenced) SCO-CYPSA-S8-CHILDRENS-SERVICES")
                .contains("FAILED");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aBaselineThatIsANamedPipeIsBadInputRatherThanAHang(@TempDir Path directory) throws Exception {
        Path fifo = directory.resolve("baseline.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        CliRun run = CliRun.of("check", "--baseline", fifo.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(fifo + ": --baseline report: the file is not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aBaselineThatIsADeviceIsBadInputAndNeverReadInto(@TempDir Path directory) throws Exception {
        Path zero = Files.createSymbolicLink(directory.resolve("baseline.json"), Path.of("/dev/zero"));

        CliRun run = CliRun.of("check", "--baseline", zero.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(zero + ": --baseline report: the file is not a regular file")
                .doesNotContain("\tat ");
    }

    @Test
    void aBaselineThatIsAFolderIsBadInputSayingSo(@TempDir Path directory) {
        CliRun run = CliRun.of("check", "--baseline", directory.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(directory + ": --baseline names a folder; give the JSON report of an earlier"
                + " check").doesNotContain("plan files");
    }

    @Test
    void aBaselineLargerThanAnyInputMayBeIsBadInput(@TempDir Path directory) throws Exception {
        Path baseline = directory.resolve("baseline.json");
        try (RandomAccessFile file = new RandomAccessFile(baseline.toFile(), "rw")) {
            file.setLength(ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES + 1);
        }

        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(baseline + ": --baseline report: ").contains("larger than");
    }

    @Test
    void aBaselineThatIsNotJsonIsBadInputAtItsLineAndColumn(@TempDir Path directory) throws Exception {
        Path baseline = Files.writeString(directory.resolve("baseline.json"),
                "{\"reportVersion\": \"2\",\n  \"reports\": [,]\n}\n");

        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(baseline + ":2:15: not a childplan JSON report");
    }

    @Test
    void aBaselineOfAReportVersionThisChildplanDoesNotReadIsBadInput(@TempDir Path directory) throws Exception {
        Path baseline = Files.writeString(directory.resolve("baseline.json"),
                "{\"reportVersion\": \"99\", \"reports\": []}");

        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(baseline + ": /reportVersion: \"99\", where this childplan reads reports of"
                + " version \"2\" only");
    }

    @Test
    void aBaselineFindingWithNoRuleIdIsBadInput(@TempDir Path directory) throws Exception {
        Path baseline = Files.writeString(directory.resolve("baseline.json"), "{\"reportVersion\": \"2\", \"reports\":"
                + " [{\"plan\": {\"id\": \"p\"}, \"findings\": [{\"ruleId\": \"R-1\"}, {\"ruleId\": null}]}]}");

        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(baseline + ": /reports/0/findings/1/ruleId: null; each finding of a baseline"
                + " names its rule");
    }

    @Test
    void aBaselineThatIsNotAJsonReportIsBadInput(@TempDir Path directory) throws Exception {
        Path baseline = Files.writeString(directory.resolve("baseline.json"), "{\"reportVersion\": \"2\"}");

        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(baseline + ": not a childplan JSON report");
    }

    @Test
    void aBaselineHoldingOneOfFourFindingsOfARuleAtOnePlaceExcusesOneAndTheThreeNewOnesFail(@TempDir Path directory)
            throws Exception {
        String stockport = stockport(directory);
        JsonNode earlier = json(CliRun.of("check", "--require-evidence", "--format", "json", stockport).out());
        List<String> messages = messages(earlier.at("/reports/0/findings"), OUTCOMES);
        assertThat(messages).hasSize(4);
        keepFirst((ArrayNode) earlier.at("/reports/0/findings"), OUTCOMES, 1);
        Path baseline = Files.writeString(directory.resolve("base.json"), earlier.toString());

        CliRun run = CliRun.of("check", "--require-evidence", "--fail-on", "info", "--format", "json",
                "--baseline", baseline.toString(), stockport);

        JsonNode report = json(run.out()).at("/reports/0");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(messages(report.path("findings"), OUTCOMES)).containsExactlyElementsOf(messages.subList(1, 4));
        assertThat(messages(report.path("waived"), OUTCOMES)).containsExactly(messages.get(0));
    }

    @Test
    void theUnchangedBaselineOfAPlanWithSeveralFindingsOfARuleAtOnePlaceStillPasses(@TempDir Path directory)
            throws Exception {
        String stockport = stockport(directory);
        Path baseline = Files.writeString(directory.resolve("base.json"),
                CliRun.of("check", "--require-evidence", "--format", "json", stockport).out());

        CliRun run = CliRun.of("check", "--require-evidence", "--fail-on", "info", "--format", "json",
                "--baseline", baseline.toString(), stockport);

        JsonNode report = json(run.out()).at("/reports/0");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASSED.code());
        assertThat(report.path("findings").findValuesAsText("outcome")).isSubsetOf("NOT_YET_DUE");
        assertThat(messages(report.path("waived"), OUTCOMES)).hasSize(4);
        assertThat(report.path("waived").findValuesAsText("justification"))
                .allMatch(justification -> justification.startsWith("known: the finding is in the baseline report"));
    }

    @Test
    void aFindingWordedOtherwiseAtTheSamePlaceIsKnownButNoMoreOftenThanTheBaselineHoldsIt(@TempDir Path directory)
            throws Exception {
        String stockport = stockport(directory);
        JsonNode earlier = json(CliRun.of("check", "--require-evidence", "--format", "json", stockport).out());
        List<String> messages = messages(earlier.at("/reports/0/findings"), OUTCOMES);
        ArrayNode findings = (ArrayNode) earlier.at("/reports/0/findings");
        keepFirst(findings, OUTCOMES, 1);
        // The one finding the baseline keeps, as an earlier version of childplan worded it.
        for (JsonNode finding : findings) {
            if (finding.path("ruleId").asText().equals(OUTCOMES)) {
                ((ObjectNode) finding).put("message", "An earlier wording of the finding");
            }
        }
        Path baseline = Files.writeString(directory.resolve("base.json"), earlier.toString());

        CliRun run = CliRun.of("check", "--require-evidence", "--fail-on", "info", "--format", "json",
                "--baseline", baseline.toString(), stockport);

        JsonNode report = json(run.out()).at("/reports/0");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(messages(report.path("findings"), OUTCOMES)).hasSize(3);
        assertThat(messages(report.path("waived"), OUTCOMES)).hasSize(1).isSubsetOf(messages);
        assertThat(report.path("waived").findValuesAsText("justification"))
                .contains("known: the baseline report " + CliRun.shown(baseline.toString()) + " holds this finding worded otherwise: An earlier"
                        + " wording of the finding");
    }

    @Test
    void theTextReportNamesTheNewFindingsABaselineDoesNotHold(@TempDir Path directory) throws Exception {
        String stockport = stockport(directory);
        JsonNode earlier = json(CliRun.of("check", "--require-evidence", "--format", "json", stockport).out());
        List<String> messages = messages(earlier.at("/reports/0/findings"), OUTCOMES);
        keepFirst((ArrayNode) earlier.at("/reports/0/findings"), OUTCOMES, 1);
        Path baseline = Files.writeString(directory.resolve("base.json"), earlier.toString());

        CliRun run = CliRun.of("check", "--require-evidence", "--fail-on", "info", "--baseline", baseline.toString(),
                stockport);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.out()).contains(messages.get(1), messages.get(2), messages.get(3))
                .contains("3 info").contains("FAILED");
    }

    /** The Stockport example, copied into {@code directory}: a plan with four findings of one rule at one place. */
    private static String stockport(Path directory) throws IOException {
        Path plan = directory.resolve("stockport-cypp-2024-2027.yaml");
        try (InputStream in = BaselineCommandTests.class.getResourceAsStream(
                "/org/childplan/examples/stockport-cypp-2024-2027.yaml")) {
            assertThat(in).as("the Stockport example on the tests' class path").isNotNull();
            Files.copy(in, plan);
        }
        return plan.toString();
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    /** The messages of the findings of {@code ruleId} among {@code findings}, in order. */
    private static List<String> messages(JsonNode findings, String ruleId) {
        List<String> messages = new ArrayList<>();
        for (JsonNode finding : findings) {
            if (finding.path("ruleId").asText().equals(ruleId)) {
                messages.add(finding.path("message").asText());
            }
        }
        return messages;
    }

    /** Removes from {@code findings} every finding of {@code ruleId} after the first {@code kept}. */
    private static void keepFirst(ArrayNode findings, String ruleId, int kept) {
        int seen = 0;
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).path("ruleId").asText().equals(ruleId) && ++seen > kept) {
                findings.remove(i--);
            }
        }
    }
}
