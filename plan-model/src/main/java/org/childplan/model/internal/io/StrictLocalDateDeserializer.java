package org.childplan.model.internal.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.childplan.model.SupportedDates;

/**
 * Reads a {@link LocalDate} only from ISO-8601 text ({@code 2017-04-01}): unlike the Java time module's reader, not
 * from a list of numbers, a day count or a date-time, which a plan's author never means as a date; and only within
 * {@link SupportedDates}, so that a signed or far-future year ({@code +999999999-12-31}) is refused as bad input.
 */
public final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    /** A strict date deserializer. */
    public StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText().trim();
        LocalDate date;
        try {
            date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as YYYY-MM-DD");
        }
        if (!SupportedDates.contains(date)) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "outside the supported dates");
        }
        return date;
    }
}
