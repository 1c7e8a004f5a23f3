package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.junit.jupiter.api.Test;

class PlanValidatorTests {

    private final PlanValidator validator = PlanValidator.create();

    @Test
    void aRichWellFormedPlanHasNoViolations() {
        assertThat(validator.validate(TestPlans.rich())).isEmpty();
    }

    @Test
    void aPlanWithOnlyItsIdentityIsWellFormed() {
        assertThat(validator.validate(TestPlans.minimal())).isEmpty();
    }

    @Test
    void aPlanWithoutIdentityIsReportedFieldByField() {
        Plan plan = PlanBuilder.builder().build();

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer).containsExactly(
                "/area", "/id", "/jurisdiction", "/status", "/title");
    }

    @Test
    void violationsComeInDocumentOrderWithListPositionsCountedNumerically() {
        Plan plan = planWithManyActionsAndAMissingTitle();

        assertThat(validator.validate(plan)).extracting(PlanViolation::pointer)
                .containsExactly("/actions/2/lead", "/actions/10/lead", "/period/end", "/title");
    }

    @Test
    void theSamePlanAlwaysGivesTheSameViolationsInTheSameOrder() {
        Plan plan = planWithManyActionsAndAMissingTitle();
        List<PlanViolation> first = validator.validate(plan);

        for (int run = 0; run < 20; run++) {
            assertThat(PlanValidator.create().validate(PlanBuilder.builder(plan).build())).isEqualTo(first);
        }
    }

    @Test
    void oneValidatorServesManyThreadsAtOnce() throws Exception {
        Plan plan = planWithManyActionsAndAMissingTitle();
        List<PlanViolation> expected = validator.validate(plan);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<PlanViolation>>> results = new ArrayList<>();
            IntStream.range(0, 64).forEach(i -> results.add(threads.submit(() -> validator.validate(plan))));
            for (Future<List<PlanViolation>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void messagesAreInEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(validator.validate(PlanBuilder.builder(TestPlans.minimal()).title("").build()))
                    .extracting(PlanViolation::message)
                    .containsExactly("The plan: 'title' must be given and must not be blank.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theViolationsCannotBeChangedByTheCaller() {
        List<PlanViolation> violations = validator.validate(PlanBuilder.builder().build());

        assertThat(violations).isUnmodifiable();
    }

    @Test
    void aMissingPlanIsAProgrammingError() {
        assertThatNullPointerException().isThrownBy(() -> validator.validate((Plan) null)).withMessage("plan");
    }

    private static Plan planWithManyActionsAndAMissingTitle() {
        Plan rich = TestPlans.rich();
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String lead = i == 2 || i == 10 ? "nobody-" + i : "glenbrae-council";
            actions.add(ActionBuilder.builder(rich.actions().get(0)).id("a-" + (i + 1)).lead(lead).build());
        }
        return PlanBuilder.builder(rich)
                .title("")
                .actions(actions)
                .period(new Period(LocalDate.of(2029, 1, 1), LocalDate.of(2026, 1, 1), null))
                .build();
    }
}
