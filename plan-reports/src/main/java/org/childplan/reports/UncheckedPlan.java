package org.childplan.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.SourceLocation;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanViolation;

/**
 * A plan document that could not be checked, because it could not be read or is not a well-formed plan, with every
 * problem found in it. Reports show such a document as a failure, never leave it out.
 *
 * @param source the file (or other name) of the document
 * @param problems why it could not be checked; at least one
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UncheckedPlan(String source, List<Problem> problems) {

    /** Checks that the document is named and that there is a problem to report. */
    public UncheckedPlan {
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an unchecked plan needs at least one problem");
        }
    }

    /**
     * The document of {@code exception}: each violation of an {@link InvalidPlanException}, or else the one problem
     * that stopped it being read.
     */
    public static UncheckedPlan of(PlanReadException exception) {
        Objects.requireNonNull(exception, "exception");
        if (exception instanceof InvalidPlanException invalid) {
            return new UncheckedPlan(invalid.source(), invalid.violations().stream().map(Problem::of).toList());
        }
        String message = exception.problem()
                + exception.expected().map(expected -> " (expected " + expected + ")").orElse("");
        return new UncheckedPlan(exception.source(), List.of(new Problem(message,
                exception.pointer().orElse(null), exception.location().orElse(null))));
    }

    /**
     * One reason a document could not be checked.
     *
     * @param message what is wrong, in words
     * @param pointer the JSON Pointer of the element concerned, or {@code null} when the problem is not in one
     * @param sourceLocation where in the file the problem is, or {@code null} when not known
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Problem(String message, String pointer, SourceLocation sourceLocation) {

        /** Checks that the problem is said in words. */
        public Problem {
            Objects.requireNonNull(message, "message");
        }

        /** The violation as a problem. */
        public static Problem of(PlanViolation violation) {
            return new Problem(violation.message(), violation.pointer(), violation.sourceLocation());
        }

        /** Where in the file the problem is, when known. */
        public Optional<SourceLocation> location() {
            return Optional.ofNullable(sourceLocation);
        }
    }
}
