package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.fuzz.Budget;
import org.childplan.model.io.fuzz.MutatedDocuments;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A property of reading, validating and checking over a bounded number of hostile documents made from the example
 * plans: each is refused with a {@link PlanReadException} (an {@link InvalidPlanException} when it reads but is not
 * well formed) or checked to a report; the checker throws nothing for a plan the validator accepts.
 */
class PlanCheckerFuzzTests {

    /** Enough tries for every kind of edit to reach the checker many times, few enough to take seconds. */
    private static final int TRIES = 300;

    private static final PlanChecker CHECKER = PlanChecker.forAllJurisdictions();

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    @Test
    @Timeout(120)
    void everyMutatedExamplePlanIsRefusedAsBadInputOrChecked() {
        List<String> examples = MutatedDocuments.examplePlans(Path.of(""));
        assertThat(examples).as("the example plans beside plan-rules").isNotEmpty();
        MutatedDocuments documents = MutatedDocuments.of(new Random(MutatedDocuments.SEED + 1), examples);
        int checked = 0;
        int refused = 0;

        for (int attempt = 1; attempt <= TRIES; attempt++) {
            byte[] document = documents.next();
            String text = new String(document, StandardCharsets.UTF_8);
            Budget budget = Budget.start();
            try {
                PlanDocument plan = PlanValidator.create().requireValid(PlanDocuments.read(text, "plan.yaml"));
                // A plan may leave out its period; the checker then needs the date whose law applies.
                ComplianceReport report = CHECKER.check(plan, plan.plan().period() == null ? AS_OF : null);
                assertThat(report.planId()).isEqualTo(plan.plan().id());
                checked++;
            } catch (PlanReadException e) {
                assertThat(e.getMessage()).as("try %d: message", attempt).startsWith("plan.yaml")
                        .doesNotContain("\tat ");
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("try " + attempt + " (seed " + Long.toHexString(MutatedDocuments.SEED + 1) + ") threw " + e
                        + " for:\n" + text, e);
            }
            budget.assertKept(attempt);
        }

        assertThat(checked).as("mutated plans still checked").isPositive();
        assertThat(refused).as("mutated plans refused").isPositive();
    }
}
