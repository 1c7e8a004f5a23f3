package org.childplan.model.validation;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.SourceLocation;

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
 * @param sourceLocation where the element is written in the plan's file, or {@code null} when the plan was not read
 *     from a file (see {@link PlanValidator#validate(PlanDocument)})
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlanViolation(
        String pointer, String message, String constraint, String invalidValue, SourceLocation sourceLocation)
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

    /** A violation of a plan that was not read from a file, so has no source location. */
    public PlanViolation(String pointer, String message, String constraint, String invalidValue) {
        this(pointer, message, constraint, invalidValue, null);
    }

    /** This violation, placed at {@code location} in the plan's file. */
    public PlanViolation at(SourceLocation location) {
        return new PlanViolation(pointer, message, constraint, invalidValue, location);
    }

    /** Where the element is written in the plan's file, when the plan was read from one. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(sourceLocation);
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

    /** {@code file:line:column: pointer: message}, or {@code pointer: message} when not read from a file. */
    @Override
    public String toString() {
        String where = (pointer.isEmpty() ? "(plan)" : pointer) + ": " + message;
        return sourceLocation == null ? where : sourceLocation + ": " + where;
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
