package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.io.PlanReadException;
import org.junit.jupiter.api.Test;

class RequireValidPlanTests {

    private final PlanValidator validator = PlanValidator.create();

    @Test
    void aWellFormedPlanIsReturnedAsItIs() throws Exception {
        Plan plan = TestPlans.rich();

        assertThat(validator.requireValid(plan)).isSameAs(plan);
    }

    @Test
    void aPlanBuiltInCodeThatIsNotWellFormedIsRefusedUnderItsIdWithEveryViolation() {
        Plan plan = PlanBuilder.builder(TestPlans.minimal()).status(null).title(" ").build();

        assertThatThrownBy(() -> validator.requireValid(plan))
                .isInstanceOfSatisfying(InvalidPlanException.class, error -> {
                    assertThat(error.kind()).isEqualTo(PlanReadException.Kind.INVALID);
                    assertThat(error.source()).isEqualTo("plan '" + plan.id() + "'");
                    assertThat(error.location()).isEmpty();
                    assertThat(error.violations()).extracting(PlanViolation::pointer)
                            .containsExactlyInAnyOrder("/status", "/title");
                })
                .hasMessageContaining("(and 1 more)");
    }

    @Test
    void aPlanWithoutAnIdIsNamedAsSuch() {
        Plan plan = PlanBuilder.from(TestPlans.minimal()).withId(null);

        assertThatThrownBy(() -> validator.requireValid(plan))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageStartingWith("plan without an id: /id: ");
    }

    @Test
    void theUncheckedFormCarriesTheSameMessageAndViolations() {
        Plan plan = PlanBuilder.from(TestPlans.minimal()).withStatus(null);
        InvalidPlanException checked = catchThrowableOfType(InvalidPlanException.class,
                () -> validator.requireValid(plan));

        UncheckedInvalidPlanException unchecked = new UncheckedInvalidPlanException(checked);

        assertThat(unchecked).isInstanceOf(IllegalArgumentException.class).hasMessage(checked.getMessage());
        assertThat(unchecked.getCause()).isSameAs(checked);
        assertThat(unchecked.violations()).isEqualTo(checked.violations());
    }

    @Test
    void aNullPlanIsANullPointerExceptionNamingTheArgument() {
        assertThatThrownBy(() -> validator.requireValid((Plan) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("plan");
    }
}
