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
import org.childplan.model.internal.validation.IdentifierValidator;

/**
 * The annotated string is a well-formed id: it starts with an ASCII letter or digit and goes on with ASCII letters,
 * digits, {@code -}, {@code _} and {@code .} only, so that it can stand in a JSON Pointer, a file name or a report
 * without quoting.
 *
 * <p>{@code null} and blank strings are valid: whether an id must be given is for {@code @NotBlank} to say, and a blank
 * id is reported once, by that constraint.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Identifier {

    /** The forms an id may take, as a regular expression. */
    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** The message template; by default the text keyed by this annotation's full name. */
    String message() default "{org.childplan.model.validation.Identifier.message}";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The payload of the constraint. */
    Class<? extends Payload>[] payload() default {};
}
