package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.model.io.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A waiver file is read as strictly, and within the same limits, as a plan document. */
class HostileWaiverFileTests {

    private static final String ONE_WAIVER = """
            waivers:
              - ruleId: SCO-PRACTICE-GOVERNANCE
                justification: Agreed.
                approvedBy: Board
                expires: 2026-01-31
            """;

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-2023-04-01", "0000-01-01", "2201-01-01", "1899-12-31"})
    void anExpiryOutsideTheSupportedDatesIsRefused(String date) {
        assertThatThrownBy(() -> Waivers.read(ONE_WAIVER.replace("2026-01-31", "'" + date + "'"), "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:2:5: waiver 1: expires '" + date
                        + "' is outside the dates a waiver may hold, from 1900-01-01 to 2200-12-31");
    }

    @Test
    void theLastSupportedDayIsAnExpiry() throws Exception {
        assertThat(Waivers.read(ONE_WAIVER.replace("2026-01-31", "2200-12-31"), "waivers.yaml").list())
                .singleElement().extracting(Waiver::expires).hasToString("2200-12-31");
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        assertThatThrownBy(() -> Waivers.read(ONE_WAIVER + "---\nwaivers: []\n", "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:7:1: the document holds more than one value;"
                        + " a waiver file holds one object with the list 'waivers'");
    }

    @Test
    void trailingJsonContentIsRefused() {
        assertThatThrownBy(() -> Waivers.read("{\"waivers\": []}\n{\"waivers\": []}", "waivers.json"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageStartingWith("waivers.json:2:1: the document holds more than one value");
    }

    @Test
    void anAliasIsReadAsWhatItNamesNotAsItsName() throws Exception {
        Waivers waivers = Waivers.read("""
                waivers:
                  - &governance
                    ruleId: SCO-PRACTICE-GOVERNANCE
                    justification: Agreed.
                    approvedBy: Board
                    expires: 2026-01-31
                  - *governance
                """, "waivers.yaml");

        assertThat(waivers.list()).hasSize(2).extracting(Waiver::ruleId).containsOnly("SCO-PRACTICE-GOVERNANCE");
    }

    @Test
    void anAliasOfAScalarIsRefusedRatherThanReadAsItsName() {
        assertThatThrownBy(() -> Waivers.read("""
                waivers:
                  - ruleId: &rule SCO-PRACTICE-GOVERNANCE
                    justification: *rule
                    approvedBy: Board
                    expires: 2026-01-31
                """, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageStartingWith("waivers.yaml:3:20: /waivers/0/justification: the alias '*rule' refers to a"
                        + " single value");
    }

    @Test
    void invalidUtf8IsRefusedAtItsLineAndColumn(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("waivers.yaml");
        byte[] text = ONE_WAIVER.replace("Board", "B\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, text);

        assertThatThrownBy(() -> Waivers.read(file))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage(file + ":4:18: the file is not UTF-8 text: byte 0xE9 does not begin or continue a UTF-8"
                        + " character");
    }

    @Test
    void aYamlTagIsRefused() {
        assertThatThrownBy(() -> Waivers.read(ONE_WAIVER.replace("Agreed.", "!!python/object/apply:os.system [x]"),
                "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:3:20: /waivers/0/justification: the YAML tag"
                        + " '!!python/object/apply:os.system' is not allowed; write the value without a tag");
    }

    @Test
    void malformedYamlIsReportedInTheReadersWordsNotTheParsers() {
        WaiverReadException error = catchThrowableOfType(WaiverReadException.class,
                () -> Waivers.read("waivers:\n  - ruleId: [unclosed\n", "waivers.yaml"));

        assertThat(error.getMessage()).isEqualTo("waivers.yaml:2:13: /waivers/0/ruleId/0: malformed YAML: expected ','"
                        + " or ']', but got <stream end> (while parsing a flow sequence started here)")
                .doesNotContain("\n").doesNotContain("org.yaml").doesNotContain("com.fasterxml");
    }

    @Test
    void aWaiverFileLargerThanTheDocumentLimitIsRefused() {
        String content = ONE_WAIVER.replace("Agreed.", "x".repeat((int) ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES));

        assertThatThrownBy(() -> Waivers.read(content, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageStartingWith("waivers.yaml: the document is larger than 10485760 bytes");
    }

    @Test
    void aTextValueLongerThanTheStringLimitIsRefused() {
        String content = ONE_WAIVER.replace("Agreed.", "x".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1));

        assertThatThrownBy(() -> Waivers.read(content, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:3:20: /waivers/0/justification: a text value is longer than 1000000"
                        + " characters");
    }

    @Test
    @Timeout(10)
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessDeviceIsRefusedWithoutBeingRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));

        assertThatThrownBy(() -> Waivers.read(zero))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("/dev/zero: cannot read the waiver file: the file is not a regular file (it is a device,"
                        + " pipe or socket); only regular files are read");
    }

    @Test
    @Timeout(10)
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeWithNoWriterIsRefusedRatherThanWaitedFor(@TempDir Path folder) throws Exception {
        Path fifo = folder.resolve("waivers.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        assertThatThrownBy(() -> Waivers.read(fifo))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageContaining("the file is not a regular file");
    }
}
