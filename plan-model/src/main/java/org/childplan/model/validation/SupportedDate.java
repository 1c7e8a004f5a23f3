package org.childplan.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.childplan.model.SupportedDates;
import org.childplan.model.internal.validation.SupportedDateValidator;

/**
 * The annotated date lies within {@link SupportedDates}: from 1900-01-01 to 2200-12-31.
 *
 * <p>Supported on {@link java.time.LocalDate} and {@link org.childplan.model.PartialDate} (every day a partial date can
 * mean must lie in the range). {@code null} is valid: whether a date must be given is for {@code @NotNull} to say.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = {SupportedDateValidator.ForLocalDate.class, SupportedDateValidator.ForPartialDate.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SupportedDate {

    /** The message template; by default the text keyed by this annotation's full name. */
    String message() default "{org.childplan.model.validation.SupportedDate.message}";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The payload of the constraint. */
    Class<? extends Payload>[] payload() default {};
}
