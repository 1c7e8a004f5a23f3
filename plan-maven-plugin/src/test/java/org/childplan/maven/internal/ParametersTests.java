package org.childplan.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.FailLevel;
import org.junit.jupiter.api.Test;

class ParametersTests {

    private static final Set<String> AVAILABLE = Set.of("json", "sarif", "junit");

    @Test
    void failLevelsAreReadInAnyCase() {
        assertThat(Parameters.failLevel("error")).isEqualTo(FailLevel.ERROR);
        assertThat(Parameters.failLevel("WARNING")).isEqualTo(FailLevel.WARNING);
        assertThat(Parameters.failLevel(" Info ")).isEqualTo(FailLevel.INFO);
        assertThat(Parameters.failLevel("never")).isEqualTo(FailLevel.NEVER);
    }

    @Test
    void anUnknownFailLevelIsRefusedWithTheParameterItsPropertyAndTheLevelsAllowed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameters.failLevel("errors"))
                .withMessage("failOn (childplan.failOn) is 'errors'; expected one of error, warning, info, never");
    }

    @Test
    void aJurisdictionIsReadInAnyCaseWithHyphensForUnderscores() {
        assertThat(Parameters.jurisdiction("scotland")).contains(Jurisdiction.SCOTLAND);
        assertThat(Parameters.jurisdiction("Northern-Ireland")).contains(Jurisdiction.NORTHERN_IRELAND);
        assertThat(Parameters.jurisdiction("NORTHERN_IRELAND")).contains(Jurisdiction.NORTHERN_IRELAND);
    }

    @Test
    void noJurisdictionMeansEachPlansOwn() {
        assertThat(Parameters.jurisdiction(null)).isEmpty();
        assertThat(Parameters.jurisdiction("  ")).isEmpty();
    }

    @Test
    void anUnknownJurisdictionIsRefusedWithTheJurisdictionsAllowed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameters.jurisdiction("uk"))
                .withMessageStartingWith("jurisdiction (childplan.jurisdiction) is 'uk'; expected one of ")
                .withMessageContaining(String.join(", ", Arrays.stream(Jurisdiction.values())
                        .map(jurisdiction -> jurisdiction.name().toLowerCase().replace('_', '-'))
                        .toList()));
    }

    @Test
    void anAsOfDateIsAnIsoDate() {
        assertThat(Parameters.asOf("2024-04-01")).contains(LocalDate.of(2024, 4, 1));
        assertThat(Parameters.asOf(null)).isEmpty();
        assertThat(Parameters.asOf("")).isEmpty();
    }

    @Test
    void anAsOfDateThatDoesNotExistIsRefusedWithTheFormExpected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameters.asOf("2024-02-30"))
                .withMessage("asOf (childplan.asOf) is '2024-02-30'; expected a date that exists, in ISO form "
                        + "YYYY-MM-DD, for example 2024-04-01");
        assertThatIllegalArgumentException().isThrownBy(() -> Parameters.asOf("01/04/2024"));
    }

    @Test
    void formatsGivenAsAUserPropertyAreSplitAtCommasAndKeptInOrderWithoutRepeats() {
        assertThat(Parameters.formats(List.of("SARIF, json", "sarif", "junit"), AVAILABLE, Set.of("json")))
                .containsExactly("sarif", "json", "junit");
    }

    @Test
    void noFormatMeansTheDefaults() {
        assertThat(Parameters.formats(null, AVAILABLE, Set.of("json"))).containsExactly("json");
        assertThat(Parameters.formats(List.of(" , "), AVAILABLE, Set.of("json"))).containsExactly("json");
    }

    @Test
    void aFormatThatIsNotAvailableIsRefusedWithTheFormatsThatAre() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameters.formats(List.of("json,pdf"), AVAILABLE, Set.of("json")))
                .withMessage("formats (childplan.formats) names 'pdf'; the formats available are [json, junit, sarif]");
    }
}
