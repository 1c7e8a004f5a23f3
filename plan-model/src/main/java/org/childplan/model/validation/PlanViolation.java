package org.childplan.model.validation;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One way in which a plan is not well formed: where, what is wrong in words, which constraint found it, and the
 * offending value when it helps.
 *
 * <p>Violations order by pointer (list positions numerically, so {@code /actions/2} comes before {@code /actions/10}),
 * then by message, constraint and value; {@link PlanValidator} returns them in that order.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending element in the plan document, for example
 *     {@code /actions/2/lead}; the empty string for the plan as a whole
 * @param message a sentence a planning officer understands, naming the element concerned, for example
 *     {@code Action 'a-3' names lead body 'nhs-grampin', but the plan has no body with that id.}
 * @param constraint the simple name of the constraint that was violated, for example {@code ReferencesResolve} or
 *     {@code NotBlank}
 * @param invalidValue the offending value as text (an id, a reference, a date), or {@code null} when there is none or
 *     it would not help (a missing value, a whole element)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlanViolation(String pointer, String message, String constraint, String invalidValue)
        implements Comparable<PlanViolation> {

    private static final Comparator<PlanViolation> ORDER = Comparator
            .comparing(PlanViolation::pointer, PlanViolation::comparePointers)
            .thenComparing(PlanViolation::message)
            .thenComparing(PlanViolation::constraint)
            .thenComparing(PlanViolation::invalidValue, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Checks that the violation says where, what and why.
     *
     * @throws NullPointerException when {@code pointer}, {@code message} or {@code constraint} is null
     * @throws IllegalArgumentException when {@code pointer} is not a JSON Pointer or {@code message} is blank
     */
    public PlanViolation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(constraint, "constraint");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer is empty or starts with '/', but found '" + pointer + "'");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("a violation needs a message");
        }
    }

    /** The offending value as text, when there is one that helps. */
    public Optional<String> value() {
        return Optional.ofNullable(invalidValue);
    }

    /** Orders by pointer (positions numerically), then message, constraint and value. */
    @Override
    public int compareTo(PlanViolation other) {
        return ORDER.compare(this, other);
    }

    /** {@code pointer: message}, for logs and test failures. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(plan)" : pointer) + ": " + message;
    }

    private static int comparePointers(String left, String right) {
        String[] leftSteps = left.split("/", -1);
        String[] rightSteps = right.split("/", -1);
        for (int i = 0; i < Math.min(leftSteps.length, rightSteps.length); i++) {
            int byStep = compareSteps(leftSteps[i], rightSteps[i]);
            if (byStep != 0) {
                return byStep;
            }
        }
        return Integer.compare(leftSteps.length, rightSteps.length);
    }

    private static int compareSteps(String left, String right) {
        boolean leftIsPosition = isPosition(left);
        boolean rightIsPosition = isPosition(right);
        if (leftIsPosition && rightIsPosition) {
            return left.length() != right.length() ? Integer.compare(left.length(), right.length()) : left.compareTo(right);
        }
        return left.compareTo(right);
    }

    private static boolean isPosition(String step) {
        return !step.isEmpty() && step.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
