package org.childplan.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.childplan.model.PartialDate;
import org.childplan.model.SupportedDates;
import org.childplan.model.validation.SupportedDate;

/** Checks {@link SupportedDate}, one validator per kind of date. */
public final class SupportedDateValidator {

    private SupportedDateValidator() {
    }

    /** Checks a full date. */
    public static final class ForLocalDate implements ConstraintValidator<SupportedDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || SupportedDates.contains(value);
        }
    }

    /** Checks a partial date. */
    public static final class ForPartialDate implements ConstraintValidator<SupportedDate, PartialDate> {
        @Override
        public boolean isValid(PartialDate value, ConstraintValidatorContext context) {
            return value == null || SupportedDates.contains(value);
        }
    }
}
