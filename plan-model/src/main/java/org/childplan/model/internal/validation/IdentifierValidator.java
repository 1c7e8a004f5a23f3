package org.childplan.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.childplan.model.validation.Identifier;

/** Checks {@link Identifier}. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {

    private static final Pattern ID = Pattern.compile(Identifier.PATTERN);

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.toString().isBlank() || ID.matcher(value).matches();
    }
}
