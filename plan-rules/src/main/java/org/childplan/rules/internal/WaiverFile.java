package org.childplan.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.Waiver;
import org.childplan.rules.WaiverReadException;

/**
 * Reads a waiver file, keeping where each waiver is written so that notices and errors can name the line.
 *
 * <p>The file is read token by token with Jackson's parser rather than bound to a tree: the token positions are what
 * give every waiver, and every unknown property, its line, which a bound tree would lose.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WaiverFile {

    private static final String PROPERTIES = "ruleId, pointer, planId, justification, approvedBy and expires";

    private static final Set<String> KNOWN =
            Set.of("ruleId", "pointer", "planId", "justification", "approvedBy", "expires");

    private static final ObjectMapper YAML = configure(new YAMLMapper());
    private static final ObjectMapper JSON = configure(new ObjectMapper());

    private WaiverFile() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper;
    }

    /** One waiver as written, before its parts are checked. */
    record Entry(String ruleId, String pointer, String planId, String justification, String approvedBy, String expires) {
    }

    /** The waivers in {@code content}, named {@code source}. */
    public static List<Waiver> parse(String content, String source) throws WaiverReadException {
        ObjectMapper mapper = content.stripLeading().startsWith("{") ? JSON : YAML;
        try (JsonParser parser = mapper.createParser(content)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new WaiverReadException(new SourceLocation(source, 1, 1),
                        "the waiver file is empty: expected an object with the list 'waivers'");
            }
            if (token != JsonToken.START_OBJECT) {
                throw error(source, parser.currentTokenLocation(),
                        "expected an object with the list 'waivers', found " + describe(token));
            }
            List<Waiver> waivers = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation nameLocation = parser.currentTokenLocation();
                parser.nextToken();
                if (!"waivers".equals(name)) {
                    throw error(source, nameLocation, "unknown property '" + name + "': a waiver file has only 'waivers'");
                }
                waivers = waivers(mapper, parser, source);
            }
            if (waivers == null) {
                throw new WaiverReadException(new SourceLocation(source, 1, 1),
                        "expected the list 'waivers' (each waiver with " + PROPERTIES + ")");
            }
            return waivers;
        } catch (JsonProcessingException e) {
            throw error(source, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new WaiverReadException(source, "cannot read the waiver file: " + e.getMessage());
        }
    }

    private static List<Waiver> waivers(ObjectMapper mapper, JsonParser parser, String source) throws IOException,
            WaiverReadException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(source, parser.currentTokenLocation(),
                    "'waivers' must be a list of waivers, found " + describe(parser.currentToken()));
        }
        List<Waiver> waivers = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int number = waivers.size() + 1;
            SourceLocation at = location(source, parser.currentTokenLocation());
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new WaiverReadException(at, "waiver " + number + " must be an object with " + PROPERTIES
                        + ", found " + describe(parser.currentToken()));
            }
            waivers.add(waiver(entry(parser, source, number), number, at));
        }
        return waivers;
    }

    /** Reads one waiver's properties, each checked where it is written so that an error names its line. */
    private static Entry entry(JsonParser parser, String source, int number) throws IOException, WaiverReadException {
        Map<String, String> values = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation nameLocation = parser.currentTokenLocation();
            JsonToken value = parser.nextToken();
            if (!KNOWN.contains(name)) {
                throw error(source, nameLocation, "unknown property '" + name + "' in waiver " + number + ": expected "
                        + PROPERTIES);
            }
            if (!value.isScalarValue()) {
                throw error(source, parser.currentTokenLocation(), "waiver " + number + ": " + name
                        + " must be text, found " + describe(value));
            }
            values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
        }
        return new Entry(values.get("ruleId"), values.get("pointer"), values.get("planId"), values.get("justification"),
                values.get("approvedBy"), values.get("expires"));
    }

    private static Waiver waiver(Entry entry, int number, SourceLocation at) throws WaiverReadException {
        String ruleId = required(entry.ruleId(), "ruleId", number, at, "name the rule it waives");
        String justification = required(entry.justification(), "justification", number, at,
                "say why the finding is accepted");
        String approvedBy = required(entry.approvedBy(), "approvedBy", number, at, "name who approved the waiver");
        String expires = required(entry.expires(), "expires", number, at,
                "give the last day the waiver holds, as YYYY-MM-DD");
        LocalDate expiry;
        try {
            expiry = LocalDate.parse(expires.strip());
        } catch (DateTimeParseException e) {
            throw new WaiverReadException(at, "waiver " + number + ": expires '" + expires
                    + "' is not a date: expected YYYY-MM-DD");
        }
        String pointer = entry.pointer();
        if (pointer != null && !pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new WaiverReadException(at, "waiver " + number + ": pointer '" + pointer
                    + "' is not a JSON Pointer: expected one starting with '/', for example /annualReports");
        }
        return new Waiver(ruleId.strip(), pointer, blankToNull(entry.planId()), justification.strip(),
                approvedBy.strip(), expiry, at);
    }

    private static String required(String value, String property, int number, SourceLocation at, String hint)
            throws WaiverReadException {
        if (value == null || value.isBlank()) {
            throw new WaiverReadException(at, "waiver " + number + " has no " + property + ": " + hint);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static WaiverReadException error(String source, JsonLocation location, String problem) {
        return new WaiverReadException(location(source, location), problem);
    }

    private static SourceLocation location(String source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new SourceLocation(source, 1, 1);
        }
        return new SourceLocation(source, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "nothing";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }
}
