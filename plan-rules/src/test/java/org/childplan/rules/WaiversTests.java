package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.childplan.model.io.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTests {

    private static final String TWO_WAIVERS = """
            waivers:
              - ruleId: SCO-CYPSA-S13-ANNUAL-REPORT
                pointer: /annualReports
                justification: The first annual report is delayed by the joint inspection.
                approvedBy: Chair, Children's Services Partnership Board
                expires: 2026-03-31
              - ruleId: SCO-PRACTICE-GOVERNANCE
                planId: moray-csp-2017-2020
                justification: Governance is described in the integration scheme.
                approvedBy: Chief Officer
                expires: 2025-12-31
            """;

    @Test
    void aWaiverFileInYamlGivesEachWaiverWithTheLineItIsWrittenOn() throws Exception {
        Waivers waivers = Waivers.read(TWO_WAIVERS, "waivers.yaml");

        assertThat(waivers.source()).contains("waivers.yaml");
        assertThat(waivers.list()).hasSize(2);
        Waiver first = waivers.list().get(0);
        assertThat(first.ruleId()).isEqualTo("SCO-CYPSA-S13-ANNUAL-REPORT");
        assertThat(first.pointerLimit()).contains("/annualReports");
        assertThat(first.planLimit()).isEmpty();
        assertThat(first.justification()).isEqualTo("The first annual report is delayed by the joint inspection.");
        assertThat(first.approvedBy()).isEqualTo("Chair, Children's Services Partnership Board");
        assertThat(first.expires()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(first.sourceLocation()).contains(new SourceLocation("waivers.yaml", 2, 5));
        Waiver second = waivers.list().get(1);
        assertThat(second.pointerLimit()).isEmpty();
        assertThat(second.planLimit()).contains("moray-csp-2017-2020");
        assertThat(second.sourceLocation().map(SourceLocation::line)).contains(7);
    }

    @Test
    void aWaiverFileInJsonIsReadLikeYaml() throws Exception {
        Waivers waivers = Waivers.read("""
                {"waivers": [
                  {"ruleId": "SCO-PRACTICE-GOVERNANCE", "justification": "Agreed.", "approvedBy": "Board",
                   "expires": "2026-01-31"}
                ]}
                """, "waivers.json");

        assertThat(waivers.list()).singleElement().satisfies(waiver -> {
            assertThat(waiver.ruleId()).isEqualTo("SCO-PRACTICE-GOVERNANCE");
            assertThat(waiver.expires()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(waiver.sourceLocation().map(SourceLocation::line)).contains(2);
        });
    }

    @Test
    void aWaiverFileIsReadFromDiskAndNamedByItsPath(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("waivers.yaml");
        Files.writeString(file, TWO_WAIVERS);

        Waivers waivers = Waivers.read(file);

        assertThat(waivers.list().get(0).sourceLocation().map(SourceLocation::source)).contains(file.toString());
    }

    @Test
    void aMissingWaiverFileIsAnErrorNamingTheFile(@TempDir Path folder) {
        Path file = folder.resolve("absent.yaml");
        assertThatThrownBy(() -> Waivers.read(file))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageStartingWith(file + ": cannot read the waiver file");
    }

    @Test
    void anUnknownPropertyInAWaiverIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> Waivers.read("""
                waivers:
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    justification: Agreed.
                    approvedBy: Board
                    expiry: 2026-01-31
                """, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageStartingWith("waivers.yaml:5:5:")
                .hasMessageContaining("unknown property 'expiry' in waiver 1: expected ruleId, pointer, planId, "
                        + "justification, approvedBy and expires");
    }

    @Test
    void anUnknownTopLevelPropertyIsAnError() {
        assertThatThrownBy(() -> Waivers.read("version: 2\nwaivers: []\n", "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:1:1: unknown property 'version': a waiver file has only 'waivers'");
    }

    @Test
    void aWaiverWithoutJustificationIsAnErrorAtTheWaiver() {
        assertThatThrownBy(() -> Waivers.read("""
                waivers:
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    approvedBy: Board
                    expires: 2026-01-31
                """, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:2:5: waiver 1 has no justification: say why the finding is accepted");
    }

    @Test
    void aWaiverWithoutApproverIsAnError() {
        assertThatThrownBy(() -> Waivers.read("""
                waivers:
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    justification: Agreed.
                    approvedBy: "  "
                    expires: 2026-01-31
                """, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:2:5: waiver 1 has no approvedBy: name who approved the waiver");
    }

    @Test
    void aWaiverWithoutExpiryIsAnError() {
        assertThatThrownBy(() -> Waivers.read("""
                waivers:
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    justification: Agreed.
                    approvedBy: Board
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    justification: Agreed.
                    approvedBy: Board
                """, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:2:5: waiver 1 has no expires: give the last day the waiver holds, as YYYY-MM-DD");
    }

    @Test
    void anExpiryThatIsNotADateIsAnError() {
        assertThatThrownBy(() -> Waivers.read("""
                waivers:
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    justification: Agreed.
                    approvedBy: Board
                    expires: end of March
                """, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:2:5: waiver 1: expires 'end of March' is not a date: expected YYYY-MM-DD");
    }

    @Test
    void aPointerThatIsNotAJsonPointerIsAnError() {
        assertThatThrownBy(() -> Waivers.read("""
                waivers:
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    pointer: annualReports
                    justification: Agreed.
                    approvedBy: Board
                    expires: 2026-01-31
                """, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageContaining("pointer 'annualReports' is not a JSON Pointer");
    }

    @Test
    void aFileThatIsNotAWaiverListIsAnError() {
        assertThatThrownBy(() -> Waivers.read("waivers: SCO-PRACTICE-GOVERNANCE\n", "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessage("waivers.yaml:1:1: 'waivers' must be a list of waivers, found a string");
        assertThatThrownBy(() -> Waivers.read("- ruleId: X\n", "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageStartingWith("waivers.yaml:1:1: expected an object with the list 'waivers', found a list");
        assertThatThrownBy(() -> Waivers.read("", "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageStartingWith("waivers.yaml:1:1: the waiver file is empty");
        assertThatThrownBy(() -> Waivers.read("other: 1\n".replace("other: 1", "{}"), "waivers.json"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageContaining("expected the list 'waivers'");
    }

    @Test
    void malformedYamlIsAnErrorWithItsPosition() {
        assertThatThrownBy(() -> Waivers.read("waivers:\n  - ruleId: [unclosed\n", "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageStartingWith("waivers.yaml:");
    }

    @Test
    void aDuplicatedPropertyIsAnErrorRatherThanTheLastValueWinning() {
        assertThatThrownBy(() -> Waivers.read("""
                waivers:
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    justification: Agreed.
                    approvedBy: Board
                    expires: 2026-01-31
                    expires: 2099-01-31
                """, "waivers.yaml"))
                .isInstanceOf(WaiverReadException.class)
                .hasMessageContaining("expires");
    }

    @Test
    void aWaiverHoldsOnItsExpiryDateAndLapsesTheDayAfter() {
        Waiver waiver = new Waiver("R", null, null, "why", "who", LocalDate.of(2026, 3, 31), null);
        assertThat(waiver.isExpiredOn(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(waiver.isExpiredOn(LocalDate.of(2026, 4, 1))).isTrue();
    }
}
