package org.childplan.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.function.Function;
import org.childplan.model.AnnualReport;
import org.childplan.model.Consultation;
import org.childplan.model.Period;
import org.childplan.model.PreviousPlan;
import org.childplan.model.Timescale;
import org.childplan.model.validation.DatesInOrder;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link DatesInOrder} on one kind of record; one subclass per record that has a pair of dates.
 *
 * @param <T> the record type
 */
public abstract class DatesInOrderValidator<T> implements ConstraintValidator<DatesInOrder, T> {

    private static final String KEY = "{org.childplan.model.validation.DatesInOrder.";

    private final Function<T, LocalDate> earlier;
    private final Function<T, LocalDate> later;
    private final String earlierName;
    private final String laterName;
    private final boolean strict;

    DatesInOrderValidator(
            Function<T, LocalDate> earlier, String earlierName, Function<T, LocalDate> later, String laterName,
            boolean strict) {
        this.earlier = earlier;
        this.later = later;
        this.earlierName = earlierName;
        this.laterName = laterName;
        this.strict = strict;
    }

    /** Whether the dates of {@code value} are in order; true when either date is missing. */
    public boolean inOrder(T value) {
        if (value == null) {
            return true;
        }
        LocalDate first = earlier.apply(value);
        LocalDate second = later.apply(value);
        if (first == null || second == null) {
            return true;
        }
        return strict ? second.isAfter(first) : !second.isBefore(first);
    }

    @Override
    public boolean isValid(T value, ConstraintValidatorContext context) {
        if (inOrder(value)) {
            return true;
        }
        LocalDate second = later.apply(value);
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        hibernate.addMessageParameter("earlierName", earlierName)
                .addMessageParameter("earlier", earlier.apply(value).toString())
                .addMessageParameter("later", second.toString())
                .withDynamicPayload(second.toString())
                .buildConstraintViolationWithTemplate(KEY + (strict ? "strict}" : "message}"))
                .addPropertyNode(laterName)
                .addConstraintViolation();
        return false;
    }

    /** A period ends after it starts. */
    public static final class ForPeriod extends DatesInOrderValidator<Period> {
        /** Creates the validator. */
        public ForPeriod() {
            super(Period::start, "start", Period::end, "end", true);
        }
    }

    /** A consultation does not end before it begins. */
    public static final class ForConsultation extends DatesInOrderValidator<Consultation> {
        /** Creates the validator. */
        public ForConsultation() {
            super(Consultation::from, "from", Consultation::to, "to", false);
        }
    }

    /** An annual report does not cover a year that ends before it starts. */
    public static final class ForAnnualReport extends DatesInOrderValidator<AnnualReport> {
        /** Creates the validator. */
        public ForAnnualReport() {
            super(AnnualReport::coversFrom, "coversFrom", AnnualReport::coversTo, "coversTo", false);
        }
    }

    /** An action is not due before it starts. */
    public static final class ForTimescale extends DatesInOrderValidator<Timescale> {
        /** Creates the validator. */
        public ForTimescale() {
            super(Timescale::start, "start", Timescale::due, "due", false);
        }
    }

    /** The previous plan does not end before it starts. */
    public static final class ForPreviousPlan extends DatesInOrderValidator<PreviousPlan> {
        /** Creates the validator. */
        public ForPreviousPlan() {
            super(PreviousPlan::start, "start", PreviousPlan::end, "end", false);
        }
    }
}
