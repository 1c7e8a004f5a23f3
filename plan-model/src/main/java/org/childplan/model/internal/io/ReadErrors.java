package org.childplan.model.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.childplan.model.PartialDate;
import org.childplan.model.SupportedDates;
import org.childplan.model.internal.validation.Suggestions;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.PlanReadException.Kind;
import org.childplan.model.io.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Translates what Jackson and SnakeYAML throw into {@link PlanReadException}s a plan's author can act on: in the
 * model's words, at a line, column and JSON Pointer, and never with a Java class name.
 */
public final class ReadErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");
    private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:java|javax|jakarta|com|org)\\.[\\w.$]+`?");

    private ReadErrors() {
    }

    /** An error the parser found: the document is not well-formed, or exceeds one of its constraints. */
    public static PlanReadException malformed(
            JsonProcessingException e, String source, String format, JsonParser reading) {
        MarkedYAMLException yaml = e.getCause() instanceof MarkedYAMLException marked ? marked : null;
        SourceLocation location;
        if (yaml != null && endsTheDocument(yaml) && yaml.getContextMark() != null) {
            // An unclosed bracket or quote is only found at the end of the document: where it opened is what to fix.
            location = at(source, yaml.getContextMark());
        } else if (yaml != null && yaml.getProblemMark() != null) {
            // Jackson places a YAML error at the last token it was given, which can be lines before the character
            // SnakeYAML stopped at (a tab that indents the next line is reported at the end of the line above).
            location = at(source, yaml.getProblemMark());
        } else if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            // A reading limit is reported without a place; the parser is still where it stopped.
            location = reading == null ? null : placeOf(reading, source);
        } else {
            location = new SourceLocation(source, e.getLocation().getLineNr(), Math.max(e.getLocation().getColumnNr(), 1));
        }
        String pointer = null;
        JsonParser processor = e.getProcessor() instanceof JsonParser parser ? parser : reading;
        if (processor != null && processor.getParsingContext() != null) {
            pointer = processor.getParsingContext().pathAsPointer().toString();
        }
        if (e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).startsWith("Number value")) {
            return new PlanReadException(Kind.LIMIT_EXCEEDED, source, location, pointer,
                    DocumentScanner.NUMBER_TOO_LONG, null);
        }
        if (e instanceof StreamConstraintsException) {
            return new PlanReadException(Kind.LIMIT_EXCEEDED, source, location, pointer,
                    "the document exceeds a reading limit: " + clean(e.getOriginalMessage()), null);
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return new PlanReadException(Kind.MALFORMED, source, location, pointer,
                    "duplicate property '" + duplicate.group(1) + "'", "each property at most once");
        }
        String problem = yaml != null && yaml.getProblem() != null ? yaml.getProblem() + context(yaml) : original;
        return new PlanReadException(Kind.MALFORMED, source, location, pointer,
                "malformed " + format + ": " + clean(problem), "well-formed " + format);
    }

    private static SourceLocation placeOf(JsonParser parser, String source) {
        JsonLocation token = parser.currentTokenLocation();
        JsonLocation here = token != null && token.getLineNr() >= 1 ? token : parser.currentLocation();
        return here == null || here.getLineNr() < 1
                ? null
                : new SourceLocation(source, here.getLineNr(), Math.max(here.getColumnNr(), 1));
    }

    private static SourceLocation at(String source, Mark mark) {
        return new SourceLocation(source, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Whether SnakeYAML found the problem at the end of the document, which its messages call the stream's end. */
    private static boolean endsTheDocument(MarkedYAMLException yaml) {
        String problem = yaml.getProblem();
        return problem != null && (problem.contains("<stream end>") || problem.contains("end of stream"));
    }

    /**
     * The construct SnakeYAML was reading when it found the problem, as in " (while parsing a flow sequence started
     * at 2:8)", or " (... started here)" when the error is placed there; nothing when it names none.
     */
    private static String context(MarkedYAMLException yaml) {
        if (yaml.getContext() == null || yaml.getContextMark() == null) {
            return "";
        }
        Mark opened = yaml.getContextMark();
        String where = endsTheDocument(yaml) ? "here" : "at " + (opened.getLine() + 1) + ":" + (opened.getColumn() + 1);
        return " (" + yaml.getContext() + " started " + where + ")";
    }

    /** An error binding the scanned document to the model. */
    public static PlanReadException binding(JsonMappingException e, ScannedDocument document, String source) {
        String pointer = JsonPointers.of(e.getPath());
        SourceLocation location = locate(document, pointer);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, source, location, pointer);
        }
        if (e instanceof InvalidNullException) {
            List<JsonMappingException.Reference> path = e.getPath();
            boolean inList = !path.isEmpty() && path.get(path.size() - 1).getFieldName() == null;
            if (inList) {
                return new PlanReadException(Kind.WRONG_TYPE, source, location, pointer,
                        "a list may not hold null", "a value");
            }
            String name = JsonPointers.lastSegment(pointer);
            return new PlanReadException(Kind.MISSING_PROPERTY, source, location, pointer,
                    "required property '" + name + "' has no value", "a value for '" + name + "'");
        }
        if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            String reason = cause == null || cause.getMessage() == null ? "it is not allowed" : clean(cause.getMessage());
            return new PlanReadException(Kind.BAD_VALUE, source, location, pointer,
                    "the value is not allowed: " + reason, null);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            return badValue(format, document, source, location, pointer);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            JsonToken found = document.kinds().get(pointer);
            if (!pointer.isEmpty() && !document.locations().containsKey(pointer)) {
                // Jackson reports a missing required creator property at the property's own path.
                String name = JsonPointers.lastSegment(pointer);
                return new PlanReadException(Kind.MISSING_PROPERTY, source, location, pointer,
                        "missing required property '" + name + "'", "a property '" + name + "'");
            }
            if (target.isRecord() && found == JsonToken.START_OBJECT) {
                Optional<String> missing = firstMissing(target, document, pointer);
                if (missing.isPresent()) {
                    return new PlanReadException(Kind.MISSING_PROPERTY, source, location,
                            JsonPointers.child(pointer, missing.get()),
                            "missing required property '" + missing.get() + "'",
                            "a property '" + missing.get() + "'");
                }
            }
            return wrongType(target, document, source, location, pointer);
        }
        return new PlanReadException(Kind.WRONG_TYPE, source, location, pointer, clean(e.getOriginalMessage()), null);
    }

    private static PlanReadException unknownProperty(
            UnrecognizedPropertyException e, String source, SourceLocation location, String pointer) {
        String name = e.getPropertyName();
        List<String> known = e.getKnownPropertyIds() == null ? List.of() : e.getKnownPropertyIds().stream()
                .map(String::valueOf).sorted().collect(Collectors.toList());
        StringBuilder problem = new StringBuilder("unknown property '").append(name).append('\'');
        Optional<String> suggestion = closest(name, known);
        if (suggestion.isPresent()) {
            problem.append(" (did you mean '").append(suggestion.get()).append("'?)");
        } else if (known.contains("extensions")) {
            problem.append("; put free-form data under 'extensions'");
        }
        return new PlanReadException(Kind.UNKNOWN_PROPERTY, source, location, pointer, problem.toString(),
                known.isEmpty() ? null : "one of " + String.join(", ", known));
    }

    private static PlanReadException badValue(InvalidFormatException e, ScannedDocument document, String source,
            SourceLocation location, String pointer) {
        Class<?> target = e.getTargetType();
        String value = String.valueOf(e.getValue());
        String expected = describe(target);
        if (target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.toList());
            StringBuilder problem = new StringBuilder("unknown value '").append(value).append('\'');
            closest(value, allowed).ifPresent(name -> problem.append(" (did you mean '").append(name).append("'?)"));
            return new PlanReadException(Kind.BAD_VALUE, source, location, pointer,
                    problem.append("; expected ").append(expected).toString(), expected);
        }
        if (target == LocalDate.class || target == PartialDate.class) {
            if (isUnsupportedDate(value)) {
                return new PlanReadException(Kind.BAD_VALUE, source, location, pointer,
                        "'" + value + "' is outside the dates a plan may hold, " + SupportedDates.RANGE,
                        "a date " + SupportedDates.RANGE);
            }
            return new PlanReadException(Kind.BAD_VALUE, source, location, pointer,
                    "'" + value + "' is not a valid date; expected " + expected, expected);
        }
        return wrongType(target, document, source, location, pointer);
    }

    /** Whether {@code text} is a date in a form the readers take, but outside {@link SupportedDates}. */
    static boolean isUnsupportedDate(String text) {
        try {
            return !SupportedDates.contains(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException notAFullDate) {
            try {
                return !SupportedDates.contains(PartialDate.parse(text));
            } catch (IllegalArgumentException notAPartialDate) {
                return false;
            }
        }
    }

    private static PlanReadException wrongType(
            Class<?> target, ScannedDocument document, String source, SourceLocation location, String pointer) {
        String written = document.numbersKeptAsText().get(pointer);
        if (written != null && target != String.class) {
            String expected = describe(target) + " in plain decimal digits";
            return new PlanReadException(Kind.WRONG_TYPE, source, location, pointer, "expected " + expected
                    + " but found " + written + ", which YAML 1.1 and YAML 1.2 read differently", expected);
        }
        return wrongType(target, document.kinds().get(pointer), source, location, pointer);
    }

    private static PlanReadException wrongType(
            Class<?> target, JsonToken found, String source, SourceLocation location, String pointer) {
        String expected = describe(target);
        String problem = found == null
                ? "expected " + expected
                : "expected " + expected + " but found " + describe(found);
        return new PlanReadException(Kind.WRONG_TYPE, source, location, pointer, problem, expected);
    }

    private static Optional<String> firstMissing(Class<?> record, ScannedDocument document, String pointer) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (isRequired(component.getAccessor())
                    && !document.locations().containsKey(JsonPointers.child(pointer, component.getName()))) {
                return Optional.of(component.getName());
            }
        }
        return Optional.empty();
    }

    private static boolean isRequired(AnnotatedElement element) {
        return element.isAnnotationPresent(NotNull.class)
                || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class);
    }

    /**
     * The known name closest to {@code name}, when one is close enough to be a likely typo. Text longer than
     * {@link Suggestions#MAX_LENGTH} is no typo, and distances are computed only up to the threshold, so that a hostile
     * name of a million characters costs no more than a short one.
     */
    static Optional<String> closest(String name, Collection<String> known) {
        if (name.length() > Suggestions.MAX_LENGTH) {
            return Optional.empty();
        }
        int threshold = name.length() <= 4 ? 1 : name.length() <= 8 ? 2 : 3;
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> candidate.equalsIgnoreCase(name) || distance.apply(name, candidate) >= 0)
                .min(Comparator.comparingInt((String candidate) -> candidate.equalsIgnoreCase(name) ? 0 : 1)
                        .thenComparingInt(candidate -> distance.apply(lower, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** What a value of {@code type} looks like in a document. */
    static String describe(Class<?> type) {
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == PartialDate.class) {
            return PartialDateDeserializer.EXPECTED;
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of names and values";
        }
        return "an object";
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "a list";
            case VALUE_STRING:
                return "text";
            case VALUE_NUMBER_INT:
                return "a whole number";
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "true or false";
            case VALUE_NULL:
                return "null";
            default:
                return "something else";
        }
    }

    private static SourceLocation locate(ScannedDocument document, String pointer) {
        String at = pointer;
        while (true) {
            SourceLocation location = document.locations().get(at);
            if (location != null || at.isEmpty()) {
                return location;
            }
            at = JsonPointers.parent(at);
        }
    }

    /** {@code message} without Java names, character codes or the tail Jackson adds about where it is. */
    static String clean(String message) {
        if (message == null) {
            return "the document could not be read";
        }
        String text = message.split("\n", 2)[0];
        text = CHARACTER_CODE.matcher(text).replaceAll("");
        text = text.replaceAll(", from `StreamReadConstraints[^`]*`", "");
        // Jackson's advice names its own switches, which a plan's author cannot turn on: say what JSON allows instead.
        text = text.replaceAll("(?i)maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '\\w+' not"
                + " enabled for parser\\)", "JSON has no comments");
        text = text.replaceAll("(?i)non-standard token '([^']*)': enable `\\w+\\.\\w+` to allow",
                "'$1' is not a JSON value (a number must be finite)");
        text = text.replaceAll(":? *(?:\\()?(?:enable|disable) `?(?:Json|Stream)?\\w*Feature\\.\\w+`?[^)]*\\)?", "");
        text = JAVA_NAME.matcher(text).replaceAll("a value");
        text = text.strip();
        if (text.isEmpty()) {
            return "the document could not be read";
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
