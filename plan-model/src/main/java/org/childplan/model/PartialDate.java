package org.childplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A date known only as precisely as a plan states it: a year ({@code 2017}), a month ({@code 2017-03}) or a day
 * ({@code 2017-03-31}), written in ISO-8601's reduced-precision forms.
 *
 * <p>Real plans say "a profile was undertaken early in 2017"; recording that as 1 January 2017 would invent a fact.
 *
 * @param year the year
 * @param month the month of the year (1-12), or {@code null} when only the year is known
 * @param day the day of the month, or {@code null} when only the year or month is known
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    /** The forms a partial date may be written in, as a regular expression. */
    public static final String PATTERN = "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    /**
     * Checks that the parts make a real date.
     *
     * @throws IllegalArgumentException when they do not, or when a day is given without a month
     */
    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a partial date with a day must have a month");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Reads a partial date from {@code 2017}, {@code 2017-03} or {@code 2017-03-31}.
     *
     * @throws IllegalArgumentException when {@code text} is in none of these forms or is not a real date
     */
    @JsonCreator
    public static PartialDate parse(String text) {
        Matcher matcher = COMPILED.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD but found '" + text + "'");
        }
        String[] parts = text.split("-");
        return new PartialDate(
                Integer.parseInt(parts[0]),
                parts.length > 1 ? Integer.valueOf(parts[1]) : null,
                parts.length > 2 ? Integer.valueOf(parts[2]) : null);
    }

    /** A partial date that is known to the day. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The earliest day this date can mean: 2017 means 1 January 2017. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The latest day this date can mean: 2017 means 31 December 2017. */
    public LocalDate latest() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        return month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /** Orders by the earliest day each date can mean, the less precise first when those are equal. */
    @Override
    public int compareTo(PartialDate other) {
        int byEarliest = earliest().compareTo(other.earliest());
        return byEarliest != 0 ? byEarliest : toString().length() - other.toString().length();
    }

    /** The ISO-8601 form: {@code 2017}, {@code 2017-03} or {@code 2017-03-31}. */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
        if (month != null) {
            text.append(String.format(Locale.ROOT, "-%02d", month));
        }
        if (day != null) {
            text.append(String.format(Locale.ROOT, "-%02d", day));
        }
        return text.toString();
    }
}
