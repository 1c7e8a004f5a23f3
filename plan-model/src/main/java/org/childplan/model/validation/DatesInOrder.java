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
import org.childplan.model.internal.validation.DatesInOrderValidator;

/**
 * The annotated record's pair of dates is in order: the later date of the pair is not before the earlier one.
 *
 * <p>Supported on {@link org.childplan.model.Period} (whose end must be strictly after its start: a plan period of one
 * day or less is a mistake), {@link org.childplan.model.Consultation} ({@code from}/{@code to}),
 * {@link org.childplan.model.AnnualReport} ({@code coversFrom}/{@code coversTo}), {@link org.childplan.model.Timescale}
 * ({@code start}/{@code due}) and {@link org.childplan.model.PreviousPlan} ({@code start}/{@code end}). The pair is
 * only checked when both dates are given. A violation points at the later date.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = {
    DatesInOrderValidator.ForPeriod.class,
    DatesInOrderValidator.ForConsultation.class,
    DatesInOrderValidator.ForAnnualReport.class,
    DatesInOrderValidator.ForTimescale.class,
    DatesInOrderValidator.ForPreviousPlan.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DatesInOrder {

    /** The message template; by default the text keyed by this annotation's full name. */
    String message() default "{org.childplan.model.validation.DatesInOrder.message}";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The payload of the constraint. */
    Class<? extends Payload>[] payload() default {};
}
