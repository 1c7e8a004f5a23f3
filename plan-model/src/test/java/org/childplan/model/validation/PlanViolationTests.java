package org.childplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanViolationTests {

    @Test
    void violationsOrderByPointerWithPositionsComparedAsNumbers() {
        List<PlanViolation> violations = new ArrayList<>(List.of(
                violation("/title", "m"),
                violation("/actions/10/lead", "m"),
                violation("/actions/2/partners/1", "m"),
                violation("/actions/2", "m"),
                violation("", "m"),
                violation("/actions/2/lead", "m"),
                violation("/bodies/0", "m")));
        Collections.shuffle(violations, new java.util.Random(7));
        Collections.sort(violations);

        assertThat(violations).extracting(PlanViolation::pointer).containsExactly(
                "", "/actions/2", "/actions/2/lead", "/actions/2/partners/1", "/actions/10/lead", "/bodies/0",
                "/title");
    }

    @Test
    void violationsAtTheSamePointerOrderByMessageThenConstraint() {
        PlanViolation blank = new PlanViolation("/id", "b", "NotBlank", null);
        PlanViolation malformed = new PlanViolation("/id", "a", "Identifier", "x y");
        PlanViolation malformedToo = new PlanViolation("/id", "a", "Pattern", "x y");

        assertThat(List.of(blank, malformedToo, malformed).stream().sorted().toList())
                .containsExactly(malformed, malformedToo, blank);
    }

    @Test
    void aViolationSaysWhereWhatAndWhich() {
        assertThatNullPointerException().isThrownBy(() -> new PlanViolation(null, "m", "NotBlank", null))
                .withMessage("pointer");
        assertThatNullPointerException().isThrownBy(() -> new PlanViolation("/id", null, "NotBlank", null))
                .withMessage("message");
        assertThatNullPointerException().isThrownBy(() -> new PlanViolation("/id", "m", null, null))
                .withMessage("constraint");
        assertThatIllegalArgumentException().isThrownBy(() -> new PlanViolation("/id", " ", "NotBlank", null));
    }

    @Test
    void aPointerMustBeAJsonPointer() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PlanViolation("actions[2].lead", "m", "X", null))
                .withMessageContaining("actions[2].lead");
    }

    @Test
    void theValueIsOptional() {
        assertThat(new PlanViolation("/a", "m", "X", null).value()).isEmpty();
        assertThat(new PlanViolation("/a", "m", "X", "v").value()).contains("v");
    }

    private static PlanViolation violation(String pointer, String message) {
        return new PlanViolation(pointer, message, "X", null);
    }
}
