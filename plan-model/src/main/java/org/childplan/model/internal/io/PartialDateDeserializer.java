package org.childplan.model.internal.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.childplan.model.PartialDate;
import org.childplan.model.SupportedDates;

/**
 * Reads a {@link PartialDate} from text, or from a bare year, which YAML reads as a number ({@code date: 2017}), within
 * {@link SupportedDates}.
 */
public final class PartialDateDeserializer extends StdScalarDeserializer<PartialDate> {

    private static final long serialVersionUID = 1L;

    /** The expected form, as said in error messages. */
    public static final String EXPECTED = "a date as YYYY, YYYY-MM or YYYY-MM-DD";

    /** A deserializer for partial dates. */
    public PartialDateDeserializer() {
        super(PartialDate.class);
    }

    @Override
    public PartialDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
            return (PartialDate) context.handleUnexpectedToken(PartialDate.class, parser);
        }
        String text = parser.getText().trim();
        PartialDate date;
        try {
            date = PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return (PartialDate) context.handleWeirdStringValue(PartialDate.class, text, "not %s", EXPECTED);
        }
        if (!SupportedDates.contains(date)) {
            return (PartialDate) context.handleWeirdStringValue(PartialDate.class, text, "outside the supported dates");
        }
        return date;
    }
}
