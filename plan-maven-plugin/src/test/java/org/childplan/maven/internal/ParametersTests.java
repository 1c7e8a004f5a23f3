package org.childplan.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.childplan.model.Jurisdiction;
import org.childplan.reports.ReportWriters;
import org.childplan.reports.spi.ReportWriter;
import org.childplan.rules.FailLevel;
import org.childplan.rules.InvalidRulePackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersTests {

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
    void formatsGivenAsAUserPropertyAreSplitAtCommasReadInAnyCaseAndKeptInOrderWithoutRepeats() {
        assertThat(Parameters.formats(List.of("SARIF, json", "sarif", "junit,Markdown")))
                .extracting(ReportWriter::name).containsExactly("sarif", "json", "junit", "markdown");
    }

    @Test
    void everyFormatOfTheReportWritersFoundCanBeNamed() {
        assertThat(Parameters.formats(ReportWriters.names())).extracting(ReportWriter::name)
                .containsExactlyElementsOf(ReportWriters.names())
                .contains("json", "sarif", "junit", "markdown", "html", "github", "gitlab", "text");
    }

    @Test
    void noFormatMeansJsonSarifJunitAndHtml() {
        assertThat(Parameters.formats(null)).extracting(ReportWriter::name)
                .containsExactly("json", "sarif", "junit", "html");
        assertThat(Parameters.formats(List.of(" , "))).extracting(ReportWriter::name)
                .containsExactlyElementsOf(Parameters.DEFAULT_FORMATS);
        assertThat(Parameters.formats(List.of())).extracting(ReportWriter::name)
                .containsExactlyElementsOf(Parameters.DEFAULT_FORMATS);
    }

    @Test
    void anUnknownFormatIsRefusedWithTheParameterItsPropertyAndTheFormatsThatExist() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameters.formats(List.of("json,pdf")))
                .withMessage("formats (childplan.formats) names 'pdf'; expected one of "
                        + String.join(", ", ReportWriters.names()));
    }

    @Test
    void noPacksGivenAddsNone() {
        assertThat(Parameters.packs(null, Path.of("."))).isEmpty();
        assertThat(Parameters.packs(List.of(), Path.of("."))).isEmpty();
    }

    @Test
    void aPackThatIsMissingOrHoldsNoPackIsRefusedNamingTheLocation(@TempDir Path base) throws Exception {
        Files.createDirectories(base.resolve("empty"));

        assertThatThrownBy(() -> Parameters.packs(List.of(new File("packs/council.jar")), base))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessage(base.resolve("packs/council.jar") + ": no such jar or folder");
        assertThatThrownBy(() -> Parameters.packs(List.of(new File("empty")), base))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageStartingWith(base.resolve("empty") + ": lists no rule pack of its own");
    }

    @Test
    void aPackWhoseBuildWroteNoExecutableModelIsRefusedNamingTheLocationAndTheIndex(@TempDir Path base)
            throws Exception {
        Path pack = base.resolve("council-classes");
        copy(LOCAL_PACK, pack);
        try (Stream<Path> models = Files.walk(pack.resolve("META-INF/kie"))) {
            for (Path file : models.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }

        InvalidRulePackException refused = catchThrowableOfType(
                () -> Parameters.packs(List.of(new File("council-classes")), base), InvalidRulePackException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.location()).contains(pack.toString());
        assertThat(refused.getMessage()).startsWith(pack + ": rule pack 'glenmore': the executable model index ")
                .endsWith(" is not on the class path");
        assertThat(Parameters.packFailure(refused, true)).isEqualTo("childplan: a rule pack in packs (childplan.packs)"
                + " cannot be used: " + refused.getMessage());
        assertThat(Parameters.packFailure(refused, false)).startsWith("childplan: a rule pack on the plugin's class"
                + " path (a <dependency> of the plugin) cannot be used: " + pack + ": rule pack 'glenmore'");
    }

    /** The example council pack's compiled classes and executable model, as its build leaves them. */
    private static final Path LOCAL_PACK = Path.of("../plan-examples-local-pack/target/classes");

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
