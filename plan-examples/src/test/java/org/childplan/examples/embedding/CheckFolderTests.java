package org.childplan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckFolderTests {

    private static final PlanChecker CHECKER = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);

    @Test
    void aFolderCheckedInParallelGivesTheSameReportsAsCheckingEachPlanInTurn(@TempDir Path folder) throws Exception {
        for (ExamplePlans example : scottishExamples()) {
            for (int copy = 0; copy < 4; copy++) {
                Files.writeString(folder.resolve(copy + "-" + example.fileName()), example.content());
            }
        }
        Files.writeString(folder.resolve("notes.txt"), "not a plan");

        Map<Path, ComplianceReport> reports = CheckFolder.checkAll(folder, CHECKER);

        assertThat(reports).hasSize(4 * scottishExamples().length);
        for (Map.Entry<Path, ComplianceReport> entry : reports.entrySet()) {
            ComplianceReport sequential = CHECKER.check(PlanDocuments.read(entry.getKey()));
            assertThat(entry.getValue()).isEqualTo(sequential);
        }
    }

    @Test
    void aFolderWithAMalformedPlanReportsTheReadErrorInsteadOfAStackTrace(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("broken.yaml"), "id: [unclosed\n");

        assertThatThrownBy(() -> CheckFolder.checkAll(folder, CHECKER))
                .isInstanceOf(PlanReadException.class)
                .hasMessageContaining("broken.yaml");
    }

    private static ExamplePlans[] scottishExamples() {
        return new ExamplePlans[] {ExamplePlans.MORAY_CSP_2017_2020, ExamplePlans.GLENARDOCH_CSP_2023_2026};
    }
}
