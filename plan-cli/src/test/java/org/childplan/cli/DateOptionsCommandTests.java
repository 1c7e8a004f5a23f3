package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --as-of} and {@code --today} take the dates a plan may hold, 1900-01-01 to 2200-12-31: a typing mistake such
 * as {@code 0201-04-01} is bad input, not a check by which every rule is not applicable and the plan passes.
 */
class DateOptionsCommandTests {

    @ParameterizedTest
    @CsvSource({"--as-of, 0201-04-01", "--as-of, 0001-01-01", "--as-of, 1899-12-31", "--as-of, 2201-01-01",
        "--today, 0001-01-01", "--today, 9999-12-31"})
    void aDateOutsideTheDatesAPlanMayHoldIsBadInputNamingTheOptionAndTheRange(String option, String date) {
        CliRun run = CliRun.of("check", option, date, CliRun.planArg("meets-duties.yaml"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("Invalid value for option '" + option + "': '" + date
                + "' lies outside the dates a plan may hold, from 1900-01-01 to 2200-12-31");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"--as-of, 1900-01-01", "--as-of, 2200-12-31", "--today, 1900-01-01", "--today, 2200-12-31"})
    void theFirstAndLastDaysAPlanMayHoldAreAccepted(String option, String date) {
        CliRun run = CliRun.of("check", option, date, "--fail-on", "never", CliRun.planArg("meets-duties.yaml"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASSED.code());
    }
}
