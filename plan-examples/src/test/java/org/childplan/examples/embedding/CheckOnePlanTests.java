package org.childplan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.examples.ExamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckOnePlanTests {

    @Test
    void aCompletePlanPassesAndPrintsNoError(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = CheckOnePlan.check(write(folder, ExamplePlans.GLENARDOCH_CSP_2023_2026), print(out));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(" ERROR not met ")
                .doesNotContain(" ERROR not evidenced ");
    }

    @Test
    void aNewsItemThatDoesNotShowDutiesPassesAndPrintsWhatItDoesNotEvidenceWithItsCitation(@TempDir Path folder)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = CheckOnePlan.check(write(folder, ExamplePlans.MORAY_CSP_2017_2020), print(out));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(" ERROR not evidenced SCO-CYPSA-S10-USER-REPRESENTATIVES")
                .contains("(Children and Young People (Scotland) Act 2014, s10(1)(b)(i), s10(2)(a)");
    }

    @Test
    void aCompletePlanWithErrorsFailsAndPrintsEachWithItsCitation(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String moray = ExamplePlans.MORAY_CSP_2017_2020.content().replace("    kind: PRESS_ITEM\n", "")
                .replace("\nsources:\n", "\ncompleteRecord: true\nsources:\n");

        int status = CheckOnePlan.check(Files.writeString(folder.resolve("moray-as-complete.yaml"), moray), print(out));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(" ERROR not evidenced SCO-CYPSA-S10-USER-REPRESENTATIVES")
                .contains("(Children and Young People (Scotland) Act 2014, s10(1)(b)(i), s10(2)(a)");
    }

    private static Path write(Path folder, ExamplePlans example) throws Exception {
        return Files.writeString(folder.resolve(example.fileName()), example.content());
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
