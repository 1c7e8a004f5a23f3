package org.childplan.model.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.childplan.model.AnnualReport;
import org.childplan.model.Consultation;
import org.childplan.model.PartialDate;
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

    private final List<Pair<T>> pairs;

    DatesInOrderValidator(
            Function<T, PartialDate> earlier, String earlierName, Function<T, PartialDate> later, String laterName,
            boolean strict) {
        this(List.of(new Pair<>(earlier, earlierName, later, laterName, strict)));
    }

    DatesInOrderValidator(List<Pair<T>> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /**
     * Two dates of a record that must come in order; {@code strict} when they must also differ. A date given only by
     * its month or year is out of order only when every day it can mean is: a partial date is never a slip for what it
     * does not say.
     *
     * @param <T> the record type
     */
    record Pair<T>(Function<T, PartialDate> earlier, String earlierName, Function<T, PartialDate> later,
            String laterName, boolean strict) {

        /** Whether the pair's dates in {@code value} are in order; true when either date is missing. */
        boolean inOrder(T value) {
            PartialDate first = earlier.apply(value);
            PartialDate second = later.apply(value);
            if (first == null || second == null) {
                return true;
            }
            LocalDate latestSecond = second.latest();
            LocalDate earliestFirst = first.earliest();
            return strict ? latestSecond.isAfter(earliestFirst) : !latestSecond.isBefore(earliestFirst);
        }

        /** A pair of dates that are whole days. */
        static <T> Pair<T> ofDays(Function<T, LocalDate> earlier, String earlierName, Function<T, LocalDate> later,
                String laterName, boolean strict) {
            return new Pair<>(value -> day(earlier.apply(value)), earlierName, value -> day(later.apply(value)),
                    laterName, strict);
        }

        private static PartialDate day(LocalDate date) {
            return date == null ? null : PartialDate.of(date);
        }
    }

    /** Whether every pair of dates of {@code value} is in order; true when a date of a pair is missing. */
    public boolean inOrder(T value) {
        return value == null || pairs.stream().allMatch(pair -> pair.inOrder(value));
    }

    @Override
    public boolean isValid(T value, ConstraintValidatorContext context) {
        if (inOrder(value)) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        for (Pair<T> pair : pairs) {
            if (pair.inOrder(value)) {
                continue;
            }
            PartialDate second = pair.later().apply(value);
            hibernate.addMessageParameter("earlierName", pair.earlierName())
                    .addMessageParameter("earlier", pair.earlier().apply(value).toString())
                    .addMessageParameter("later", second.toString())
                    .withDynamicPayload(second.toString())
                    .buildConstraintViolationWithTemplate(KEY + (pair.strict() ? "strict}" : "message}"))
                    .addPropertyNode(pair.laterName())
                    .addConstraintViolation();
        }
        return false;
    }

    /** A period ends after it starts. */
    public static final class ForPeriod extends DatesInOrderValidator<Period> {
        /** Creates the validator. */
        public ForPeriod() {
            super(List.of(Pair.ofDays(Period::start, "start", Period::end, "end", true)));
        }
    }

    /** A consultation does not end before it begins. */
    public static final class ForConsultation extends DatesInOrderValidator<Consultation> {
        /** Creates the validator. */
        public ForConsultation() {
            super(List.of(Pair.ofDays(Consultation::from, "from", Consultation::to, "to", false)));
        }
    }

    /**
     * An annual report does not cover a year that ends before it starts, and is not published before the year it
     * reports on has ended: such a date is a slip in the record, not a report published early.
     */
    public static final class ForAnnualReport extends DatesInOrderValidator<AnnualReport> {
        /** Creates the validator. */
        public ForAnnualReport() {
            super(List.of(
                    Pair.ofDays(AnnualReport::coversFrom, "coversFrom", AnnualReport::coversTo, "coversTo", false),
                    new Pair<>(report -> report.coversTo() == null ? null : PartialDate.of(report.coversTo()),
                            "coversTo", AnnualReport::published, "published", false)));
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
