package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code childplan check --rule} and {@code --skip-rule} with a value that matches no rule: the ids it may mean. */
class RuleSuggestionsCommandTests {

    private static final String MISSES_DUTIES = CliRun.planArg("misses-duties.yaml");

    @Test
    void theIdOfASectionNamesRulesThatBeginWithIt() {
        CliRun run = CliRun.of("check", "--rule", "SCO-CYPSA-S8", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("--rule SCO-CYPSA-S8: matches no rule; did you mean SCO-CYPSA-S8-");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMistypedGlobNamesTheGlobNearItThatMatches() {
        CliRun run = CliRun.of("check", "--skip-rule", "SCO-CYPSA-S9-*", "--rule", "SCO-CYPSS-S8-*", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("--rule SCO-CYPSS-S8-*: matches no rule; did you mean SCO-CYPSA-S8-*?");
    }

    @Test
    void aGlobFarFromEveryRuleNamesNoneAndPointsToTheCatalogue() {
        CliRun run = CliRun.of("check", "--skip-rule", "NOPE-*", MISSES_DUTIES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("--skip-rule NOPE-*: matches no rule; 'childplan rules' lists them");
    }
}
