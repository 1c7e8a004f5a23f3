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
import org.childplan.model.internal.validation.ReferencesResolveValidator;

/**
 * Every cross-reference in a {@link org.childplan.model.Plan} names an element the plan has.
 *
 * <p>The references checked are: an action's {@code lead} and {@code partners} (bodies), {@code priorities} and
 * {@code measures}; a measure's and an outcome's {@code priorities}; a service's {@code provider} (a body); the
 * governance {@code members}, the needs assessment's {@code preparedBy} and a consultation's {@code bodies} (bodies).
 * Each dangling reference is reported where it is written, and the message names both ends: the element that refers
 * and the id it looked for, with the closest existing id when one is close.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = ReferencesResolveValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ReferencesResolve {

    /** The message template; by default the text keyed by this annotation's full name. */
    String message() default "{org.childplan.model.validation.ReferencesResolve.message}";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The payload of the constraint. */
    Class<? extends Payload>[] payload() default {};
}
