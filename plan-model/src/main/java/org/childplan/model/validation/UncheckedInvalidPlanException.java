package org.childplan.model.validation;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A plan that is not well formed was given where only a well-formed plan can be used, by a method that declares no
 * checked exception; the cause is the {@link InvalidPlanException} that {@link PlanValidator#requireValid} gives.
 *
 * <p>It is an {@link IllegalArgumentException}, as the argument is unusable, and carries the same message and
 * violations as its cause, as {@link java.io.UncheckedIOException} carries an {@code IOException}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UncheckedInvalidPlanException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Wraps {@code cause}.
     *
     * @param cause why the plan is not well formed
     */
    public UncheckedInvalidPlanException(InvalidPlanException cause) {
        super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
    }

    /** Why the plan is not well formed: the exception {@link PlanValidator#requireValid} threw. */
    @Override
    public synchronized InvalidPlanException getCause() {
        return (InvalidPlanException) super.getCause();
    }

    /** Every violation, in order, as {@link InvalidPlanException#violations()} gives them. */
    public List<PlanViolation> violations() {
        return getCause().violations();
    }
}
