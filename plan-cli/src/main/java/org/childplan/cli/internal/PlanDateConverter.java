package org.childplan.cli.internal;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.SupportedDates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option that a check judges a plan by ({@code --as-of 2024-04-01}, {@code --today}), refusing a date
 * outside the dates a plan may hold ({@link SupportedDates}): such a date is a typing mistake, and by it every rule
 * would be not applicable, or every waiver current, so that the check would pass having checked nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlanDateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        LocalDate date = new IsoDateConverter().convert(value);
        if (!SupportedDates.contains(date)) {
            throw new TypeConversionException("'" + value + "' lies outside the dates a plan may hold, "
                    + SupportedDates.RANGE);
        }
        return date;
    }
}
