package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.childplan.model.io.fuzz.Budget;
import org.childplan.model.io.fuzz.MutatedDocuments;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property of the plan reader over a bounded number of hostile documents: whatever the bytes, reading either gives a
 * plan or throws a located {@link PlanReadException}, never another exception; a plan that reads is validated without
 * an exception and written and read back to an equal plan.
 */
class PlanReaderFuzzTests {

    /** Enough tries to meet every kind of edit many times, few enough to keep the test to a few seconds. */
    private static final int TRIES = 800;

    @Test
    @Timeout(120)
    void everyMutatedDocumentIsReadOrRefusedWithAPlanReadException(@TempDir Path directory) throws Exception {
        List<String> seeds = new ArrayList<>(MutatedDocuments.examplePlans(Path.of("")));
        seeds.add(PlanDocuments.write(TestPlans.rich(), PlanFormat.YAML));
        seeds.add(PlanDocuments.write(TestPlans.rich(), PlanFormat.JSON));
        MutatedDocuments documents = MutatedDocuments.of(new Random(MutatedDocuments.SEED), seeds);
        Map<PlanReadException.Kind, Integer> refused = new EnumMap<>(PlanReadException.Kind.class);
        int read = 0;

        for (int attempt = 1; attempt <= TRIES; attempt++) {
            byte[] document = documents.next();
            Path file = directory.resolve(attempt % 2 == 0 ? "plan.yaml" : "plan.json");
            Files.write(file, document);
            Budget budget = Budget.start();
            try {
                PlanDocument plan = PlanDocuments.read(file);
                PlanValidator.create().validate(plan);
                String written = PlanDocuments.write(plan.plan(), PlanFormat.YAML);
                assertThat(PlanDocuments.read(written, "written.yaml").plan())
                        .as("try %d (seed %x): the plan read back", attempt, MutatedDocuments.SEED)
                        .isEqualTo(plan.plan());
                read++;
            } catch (PlanReadException e) {
                assertThat(e.getMessage()).as("try %d: message", attempt).startsWith(file.toString() + ":")
                        .doesNotContain("\tat ").doesNotContain("com.fasterxml").doesNotContain("org.yaml");
                refused.merge(e.kind(), 1, Integer::sum);
            } catch (RuntimeException | StackOverflowError e) {
                fail("try " + attempt + " (seed " + Long.toHexString(MutatedDocuments.SEED) + ") threw "
                        + e + " for:\n" + new String(document, StandardCharsets.UTF_8), e);
            }
            budget.assertKept(attempt);
        }

        assertThat(read).as("documents that still read").isPositive();
        assertThat(refused).as("kinds of refusal").containsKeys(PlanReadException.Kind.MALFORMED,
                PlanReadException.Kind.BAD_VALUE);
    }
}
