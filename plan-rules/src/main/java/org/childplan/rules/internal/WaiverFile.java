package org.childplan.rules.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.SupportedDates;
import org.childplan.model.internal.io.DocumentKind;
import org.childplan.model.internal.io.DocumentReader;
import org.childplan.model.internal.io.JsonPointers;
import org.childplan.model.internal.io.ScannedDocument;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.ReadLimits;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.Waiver;
import org.childplan.rules.WaiverReadException;

/**
 * Reads a waiver file, keeping where each waiver is written so that notices and errors can name the line.
 *
 * <p>The file is read by the plan reader's machinery ({@link DocumentReader}): a regular file within the default
 * {@link ReadLimits}, strict UTF-8, one YAML document or JSON value, aliases expanded and counted, no YAML tags, every
 * error at a line and column. The scanned tokens are then walked here, each looked up by its JSON Pointer for the place
 * it was written, so that every waiver and every unknown property has its line.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WaiverFile {

    private static final String PROPERTIES = "ruleId, pointer, planId, justification, approvedBy and expires";

    private static final Set<String> KNOWN =
            Set.of("ruleId", "pointer", "planId", "justification", "approvedBy", "expires");

    private static final String EXPECTED = "an object with the list 'waivers'";

    private static final DocumentKind WAIVER_FILE = new DocumentKind("the waiver file is empty: expected " + EXPECTED,
            EXPECTED, "a waiver file holds one object with the list 'waivers'");

    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private WaiverFile() {
    }

    /** One waiver as written, before its parts are checked. */
    record Entry(String ruleId, String pointer, String planId, String justification, String approvedBy, String expires) {
    }

    /** The waivers in the file {@code file}, named by its path. */
    public static List<Waiver> read(Path file) throws WaiverReadException {
        String content;
        try {
            content = DocumentReader.readText(file, LIMITS);
        } catch (PlanReadException e) {
            throw translate(e);
        }
        return parse(content, file.toString());
    }

    /** The waivers in {@code content}, named {@code source}. */
    public static List<Waiver> parse(String content, String source) throws WaiverReadException {
        ScannedDocument scanned;
        try {
            scanned = DocumentReader.scan(content, source, LIMITS, WAIVER_FILE);
        } catch (PlanReadException e) {
            throw translate(e);
        }
        try (JsonParser parser = scanned.tokens().asParser(StreamReadConstraints.defaults())) {
            return new Walk(parser, scanned, source).file();
        } catch (IOException e) {
            throw new WaiverReadException(source, "cannot read the waiver file: the document cannot be read");
        }
    }

    /** The plan reader's error in a waiver reader's words: the same place, pointer and problem. */
    private static WaiverReadException translate(PlanReadException e) {
        String problem = e.kind() == PlanReadException.Kind.IO ? "cannot read the waiver file: " + e.problem()
                : e.pointer().filter(pointer -> !pointer.isEmpty()).map(pointer -> pointer + ": ").orElse("")
                        + e.problem();
        return e.location().isPresent()
                ? new WaiverReadException(e.location().get(), problem)
                : new WaiverReadException(e.source(), problem);
    }

    /** One pass over a scanned waiver file. */
    private static final class Walk {

        private final JsonParser parser;
        private final ScannedDocument scanned;
        private final String source;

        Walk(JsonParser parser, ScannedDocument scanned, String source) {
            this.parser = parser;
            this.scanned = scanned;
            this.source = source;
        }

        List<Waiver> file() throws IOException, WaiverReadException {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw error("", "expected " + EXPECTED + ", found " + describe(token));
            }
            List<Waiver> waivers = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String pointer = JsonPointers.child("", name);
                parser.nextToken();
                if (!"waivers".equals(name)) {
                    throw error(pointer, "unknown property '" + name + "': a waiver file has only 'waivers'");
                }
                waivers = waivers(pointer);
            }
            if (waivers == null) {
                throw error("", "expected the list 'waivers' (each waiver with " + PROPERTIES + ")");
            }
            return waivers;
        }

        private List<Waiver> waivers(String pointer) throws IOException, WaiverReadException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw error(pointer, "'waivers' must be a list of waivers, found " + describe(parser.currentToken()));
            }
            List<Waiver> waivers = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int number = waivers.size() + 1;
                String at = JsonPointers.child(pointer, waivers.size());
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw error(at, "waiver " + number + " must be an object with " + PROPERTIES
                            + ", found " + describe(parser.currentToken()));
                }
                waivers.add(waiver(entry(at, number), number, locate(at)));
            }
            return waivers;
        }

        /** Reads one waiver's properties, each checked where it is written so that an error names its line. */
        private Entry entry(String at, int number) throws IOException, WaiverReadException {
            Map<String, String> values = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String pointer = JsonPointers.child(at, name);
                JsonToken value = parser.nextToken();
                if (!KNOWN.contains(name)) {
                    throw error(pointer, "unknown property '" + name + "' in waiver " + number + ": expected "
                            + PROPERTIES);
                }
                if (!value.isScalarValue()) {
                    throw error(pointer, "waiver " + number + ": " + name + " must be text, found " + describe(value));
                }
                values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
            }
            return new Entry(values.get("ruleId"), values.get("pointer"), values.get("planId"),
                    values.get("justification"), values.get("approvedBy"), values.get("expires"));
        }

        private WaiverReadException error(String pointer, String problem) {
            return new WaiverReadException(locate(pointer), problem);
        }

        /** Where the element at {@code pointer}, or its nearest written ancestor, is written. */
        private SourceLocation locate(String pointer) {
            String at = pointer;
            while (true) {
                SourceLocation location = scanned.locations().get(at);
                if (location != null) {
                    return location;
                }
                if (at.isEmpty()) {
                    return new SourceLocation(source, 1, 1);
                }
                at = JsonPointers.parent(at);
            }
        }
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
            expiry = LocalDate.parse(expires.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new WaiverReadException(at, "waiver " + number + ": expires '" + expires
                    + "' is not a date: expected YYYY-MM-DD");
        }
        if (!SupportedDates.contains(expiry)) {
            // A waiver that lapses in the year 999,999,999 is a permanent waiver in disguise.
            throw new WaiverReadException(at, "waiver " + number + ": expires '" + expires
                    + "' is outside the dates a waiver may hold, " + SupportedDates.RANGE);
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

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
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
