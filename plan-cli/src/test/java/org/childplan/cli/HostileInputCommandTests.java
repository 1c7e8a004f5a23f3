package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Input made to exhaust memory or time is bad input (exit code 2), told in one line, and refused quickly. */
class HostileInputCommandTests {

    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");

    @Test
    @Timeout(30)
    void aPeriodEndingInTheLastJavaYearIsBadInputForCheckAndValidate(@TempDir Path folder) throws Exception {
        Path plan = Files.writeString(folder.resolve("plan.yaml"), Files.readString(Path.of(MISSES_DUTIES))
                .replace("end: 2026-03-31", "end: '+999999999-12-31'"));

        CliRun check = CliRun.of("check", plan.toString());
        CliRun validate = CliRun.of("validate", plan.toString());

        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(check.err()).contains(plan + ":7:").contains("/period/end")
                .contains("'+999999999-12-31' is outside the dates a plan may hold, from 1900-01-01 to 2200-12-31");
        assertThat(validate.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(validate.out() + validate.err()).contains("'+999999999-12-31' is outside the dates");
    }

    @Test
    @Timeout(30)
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessDeviceIsBadInputForCheckValidateAndWaivers() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));

        CliRun check = CliRun.of("check", "/dev/zero");
        CliRun validate = CliRun.of("validate", "/dev/zero");
        CliRun waivers = CliRun.of("check", "--waivers", "/dev/zero", MISSES_DUTIES);

        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(check.err()).contains("/dev/zero").contains("not a regular file").doesNotContain("\tat ");
        assertThat(validate.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(validate.err()).contains("/dev/zero").contains("not a regular file");
        assertThat(waivers.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(waivers.err()).contains("/dev/zero").contains("not a regular file");
    }

    @Test
    @Timeout(30)
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeWithNoWriterIsBadInputRatherThanAHang(@TempDir Path folder) throws Exception {
        Path fifo = folder.resolve("plan.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        CliRun check = CliRun.of("check", fifo.toString());

        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(check.err()).contains(fifo + ": ").contains("not a regular file");
    }
}
