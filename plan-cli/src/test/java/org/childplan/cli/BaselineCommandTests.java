package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code childplan check --baseline REPORT.json}: known findings do not fail, new ones do. */
class BaselineCommandTests {

    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");

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
    void aBaselineThatIsNotAJsonReportIsBadInput(@TempDir Path directory) throws Exception {
        Path baseline = Files.writeString(directory.resolve("baseline.json"), "{\"reportVersion\": \"2\"}");

        CliRun run = CliRun.of("check", "--baseline", baseline.toString(), MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(baseline + ": not a childplan JSON report");
    }
}
