package org.childplan.model.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanReadException;

/**
 * A plan document was read but its plan is not well formed: an id is repeated, a reference dangles, a period ends
 * before it starts, and so on.
 *
 * <p>The exception's message lists every violation as {@code file:line:column: pointer: sentence}, one per line; the
 * location and pointer of the exception itself are those of the first violation.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidPlanException extends PlanReadException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlanViolation> violations;

    /**
     * The plan read from {@code source} has {@code violations}.
     *
     * @param source the file name or other name of the document
     * @param violations the violations, at least one
     * @throws IllegalArgumentException when {@code violations} is empty
     */
    public InvalidPlanException(String source, List<PlanViolation> violations) {
        super(Kind.INVALID, source, first(violations).sourceLocation(), first(violations).pointer(),
                describe(violations), "a well-formed plan");
        this.violations = List.copyOf(violations);
    }

    private static PlanViolation first(List<PlanViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid plan has at least one violation");
        }
        return violations.get(0);
    }

    private static String describe(List<PlanViolation> violations) {
        String first = violations.get(0).message();
        if (violations.size() == 1) {
            return first;
        }
        return first + violations.stream().skip(1)
                .map(PlanViolation::toString)
                .collect(Collectors.joining(System.lineSeparator(),
                        " (and " + (violations.size() - 1) + " more)" + System.lineSeparator(), ""));
    }

    /** Every violation, in order, each located in the file where the plan was read from one. */
    public List<PlanViolation> violations() {
        return violations;
    }
}
