package org.childplan.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.childplan.model.internal.validation.UniqueIdsValidator;

/**
 * Within each list of a {@link org.childplan.model.Plan} whose elements have ids (bodies, priorities, outcomes, actions,
 * measures, services, consultations), no two elements share an id.
 *
 * <p>Each repeated id is reported at the id of its second (and any later) occurrence, and the message names the
 * first. Missing and blank ids are left to {@code @NotBlank}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = UniqueIdsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueIds {

    /** The message template; by default the text keyed by this annotation's full name. */
    String message() default "{org.childplan.model.validation.UniqueIds.message}";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The payload of the constraint. */
    Class<? extends Payload>[] payload() default {};
}
