package org.childplan.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apiguardian.api.API;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option such as {@code --as-of 2024-04-01}, saying what form it expects when it gets another.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IsoDateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not a date; expected YYYY-MM-DD, for example 2024-04-01");
        }
    }
}
