package org.childplan.model.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.childplan.model.io.PlanFormat;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.PlanReadException.Kind;
import org.childplan.model.io.ReadLimits;
import org.childplan.model.io.SourceLocation;

/**
 * The streaming pass over a document: copies its tokens for binding, records where every element was written, expands
 * YAML aliases and enforces the {@link ReadLimits} that a parser does not.
 *
 * <p>Jackson's YAML parser reports an alias as the text of its name, which would silently turn {@code *lead} into the
 * string {@code "lead"}; so anchored values are recorded here and aliases replayed from the recording, counted and
 * bounded so that a "billion laughs" document fails fast instead of filling memory. The YAML parser does not report
 * the anchor of a single value, so an alias of one is rejected rather than guessed.
 *
 * <p>It also refuses what the parsers let through but a plan cannot hold: YAML tags, text with half of a UTF-16
 * surrogate pair, and numbers longer than {@link PlanMappers#MAX_NUMBER_LENGTH} characters.
 */
public final class DocumentScanner {

    /** The prefix of the tags YAML defines, which a document writes as {@code !!}. */
    private static final String YAML_TAGS = "tag:yaml.org,2002:";
    /** A number as JSON writes it, which YAML 1.1 and 1.2 read alike. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /** What is wrong with a number longer than the parsers take, in both formats. */
    static final String NUMBER_TOO_LONG = "a number is longer than " + PlanMappers.MAX_NUMBER_LENGTH + " characters";

    private final JsonParser parser;
    private final String source;
    private final PlanFormat format;
    private final ReadLimits limits;
    private final DocumentKind kind;
    private final TokenBuffer tokens = new TokenBuffer(null, false);
    private final Map<String, SourceLocation> locations = new HashMap<>();
    private final Map<String, JsonToken> kinds = new HashMap<>();
    private final Map<String, String> numbersKeptAsText = new HashMap<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<String, TokenBuffer> anchors = new HashMap<>();
    private final List<Recording> recordings = new ArrayList<>();
    /**
     * One {@code String} per distinct text of the document, so that an element's id and every reference to it are the
     * same object: a check looking a reference up then compares identities instead of characters, which on a plan too
     * large for the processor's caches saves a miss on each side.
     */
    private final Map<String, String> texts = new HashMap<>();
    private int tokenCount;
    private int aliasCount;

    private static final class Frame {
        final String pointer;
        final boolean array;
        int nextIndex;
        String propertyPointer;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }

    private record Recording(String anchor, TokenBuffer tokens, int depth) {
    }

    private DocumentScanner(JsonParser parser, String source, PlanFormat format, ReadLimits limits, DocumentKind kind) {
        this.parser = parser;
        this.source = source;
        this.format = format;
        this.limits = limits;
        this.kind = kind;
    }

    /**
     * Scans the one document {@code parser} reads.
     *
     * @throws PlanReadException when the document is empty, holds more than one document, or exceeds a limit
     * @throws IOException when the parser finds the document malformed
     */
    public static ScannedDocument scan(
            JsonParser parser, String source, PlanFormat format, ReadLimits limits, DocumentKind kind)
            throws PlanReadException, IOException {
        return new DocumentScanner(parser, source, format, limits, kind).scan();
    }

    private ScannedDocument scan() throws PlanReadException, IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new PlanReadException(Kind.MALFORMED, source, here(parser), null,
                    kind.empty(), kind.expected());
        }
        while (true) {
            accept(token, parser, here(parser));
            if (frames.isEmpty()) {
                break;
            }
            token = parser.nextToken();
            if (token == null) {
                throw new PlanReadException(Kind.MALFORMED, source, here(parser), null,
                        "the document ends before its last object or list is closed", null);
            }
        }
        if (parser.nextToken() != null) {
            throw new PlanReadException(Kind.MALFORMED, source, here(parser), null,
                    "the document holds more than one value; " + kind.oneValue(), null);
        }
        return new ScannedDocument(format, tokens, locations, kinds, numbersKeptAsText);
    }

    private SourceLocation here(JsonParser from) {
        JsonLocation location = from.currentTokenLocation();
        return new SourceLocation(source, Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    private void accept(JsonToken token, JsonParser from, SourceLocation location)
            throws PlanReadException, IOException {
        if (++tokenCount > limits.maxTokens()) {
            throw limit(location, currentPointer(), "the document has more than " + limits.maxTokens()
                    + " values, names and brackets (counting expanded YAML aliases)");
        }
        if (token == JsonToken.FIELD_NAME) {
            String name = from.currentName();
            Frame frame = frames.peek();
            frame.propertyPointer = JsonPointers.child(frame.pointer, name);
            if (name.length() > limits.maxStringLength()) {
                throw limit(location, frame.pointer, "a property name is longer than "
                        + limits.maxStringLength() + " characters");
            }
            requireUnicode(name, location, frame.propertyPointer);
            refuseTag(from, location, frame.propertyPointer);
            locations.putIfAbsent(frame.propertyPointer, location);
            copy(from);
            return;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            frames.pop();
            copy(from);
            finishRecordings();
            return;
        }
        if (from instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            replayAlias(yaml.getText(), location);
            return;
        }
        String pointer = valuePointer();
        locations.putIfAbsent(pointer, location);
        kinds.putIfAbsent(pointer, token);
        if (isNumberYamlVersionsReadDifferently(from)) {
            numbersKeptAsText.putIfAbsent(pointer, from.getText());
        }
        if (token == JsonToken.VALUE_STRING && from.getTextLength() > limits.maxStringLength()) {
            throw limit(location, pointer, "a text value is longer than " + limits.maxStringLength() + " characters");
        }
        if (token == JsonToken.VALUE_STRING) {
            requireUnicode(from.getText(), location, pointer);
        }
        if (token.isNumeric() && from.getTextLength() > PlanMappers.MAX_NUMBER_LENGTH) {
            throw limit(location, pointer, NUMBER_TOO_LONG);
        }
        refuseTag(from, location, pointer);
        String anchor = from instanceof YAMLParser yaml ? yaml.getCurrentAnchor() : null;
        if (anchor != null) {
            recordings.add(new Recording(anchor, new TokenBuffer(null, false), frames.size()));
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            if (frames.size() + 1 > limits.maxNestingDepth()) {
                throw limit(location, pointer, "objects and lists are nested more than "
                        + limits.maxNestingDepth() + " deep");
            }
            frames.push(new Frame(pointer, token == JsonToken.START_ARRAY));
        }
        copy(from);
        finishRecordings();
    }

    /**
     * Refuses a YAML tag ({@code !!python/object/apply:...}, {@code !foo}, and also {@code !!str}): nothing would act on
     * it, but a tag dropped in silence would read the document otherwise than its author meant.
     */
    private void refuseTag(JsonParser from, SourceLocation location, String pointer)
            throws PlanReadException, IOException {
        if (from instanceof YAMLParser yaml && yaml.getTypeId() != null) {
            throw new PlanReadException(Kind.MALFORMED, source, location, pointer, "the YAML tag '"
                    + tagAsWritten(yaml.getTypeId()) + "' is not allowed; write the value without a tag",
                    "a value without a YAML tag");
        }
    }

    /** A tag as its author wrote it: {@code !!str} for a tag of YAML's own, {@code !name} for any other. */
    private static String tagAsWritten(String tag) {
        return tag.startsWith(YAML_TAGS) ? "!!" + tag.substring(YAML_TAGS.length()) : "!" + tag;
    }

    /**
     * Refuses text holding half of a surrogate pair, which is no Unicode character: a JSON escape such as
     * {@code "\\ud800"} can write one, and it could not be written back as UTF-8.
     */
    private void requireUnicode(String text, SourceLocation location, String pointer) throws PlanReadException {
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
                continue;
            }
            throw new PlanReadException(Kind.MALFORMED, source, location, pointer,
                    String.format(Locale.ROOT, "the text holds \\u%04X, half of a UTF-16 surrogate pair without its "
                            + "other half, which is not a Unicode character", (int) c), "Unicode text");
        }
    }

    private String currentPointer() {
        Frame frame = frames.peek();
        return frame == null ? "" : frame.pointer;
    }

    private String pendingValuePointer() {
        Frame frame = frames.peek();
        if (frame == null) {
            return "";
        }
        return frame.array ? JsonPointers.child(frame.pointer, frame.nextIndex) : frame.propertyPointer;
    }

    private String valuePointer() {
        Frame frame = frames.peek();
        if (frame == null) {
            return "";
        }
        return frame.array ? JsonPointers.child(frame.pointer, frame.nextIndex++) : frame.propertyPointer;
    }

    private void copy(JsonParser from) throws IOException {
        if (from.currentToken() == JsonToken.VALUE_STRING || isNumberYamlVersionsReadDifferently(from)) {
            String text = texts.computeIfAbsent(from.getText(), first -> first);
            tokens.writeString(text);
            for (Recording recording : recordings) {
                recording.tokens().writeString(text);
            }
            return;
        }
        tokens.copyCurrentEvent(from);
        for (Recording recording : recordings) {
            recording.tokens().copyCurrentEvent(from);
        }
    }

    /**
     * Whether the current value is a YAML number written otherwise than in plain decimal notation ({@code 012},
     * {@code 0x1F}, {@code 1_000}, {@code +5}, {@code .5}, {@code 1:20}). The parser follows YAML 1.1, where
     * {@code 012} is 10 and {@code 1_000} is 1000; YAML 1.2, which editors and the plan schema follow, reads {@code 012}
     * as 12 and {@code 1_000} as text. Such a value is kept as the text written: where the plan expects text (a
     * measure's value) nothing is lost, and where it expects a number it is refused rather than read as one of two
     * numbers.
     */
    private static boolean isNumberYamlVersionsReadDifferently(JsonParser from) throws IOException {
        return from instanceof YAMLParser
                && from.currentToken().isNumeric()
                && !PLAIN_DECIMAL.matcher(from.getText()).matches();
    }

    private void finishRecordings() {
        for (Iterator<Recording> open = recordings.iterator(); open.hasNext(); ) {
            Recording recording = open.next();
            if (recording.depth() == frames.size()) {
                anchors.put(recording.anchor(), recording.tokens());
                open.remove();
            }
        }
    }

    private void replayAlias(String anchor, SourceLocation location) throws PlanReadException, IOException {
        if (++aliasCount > limits.maxAliases()) {
            throw limit(location, pendingValuePointer(), limits.maxAliases() == 0
                    ? "YAML aliases are not allowed"
                    : "the document uses more than " + limits.maxAliases() + " YAML aliases");
        }
        TokenBuffer recorded = anchors.get(anchor);
        if (recorded == null) {
            throw new PlanReadException(Kind.MALFORMED, source, location, pendingValuePointer(),
                    "the alias '*" + anchor + "' refers to a single value, or to an object or list that is not"
                            + " complete before it; only objects and lists can be aliased, after their anchor",
                    "an alias of an object or list anchored before it");
        }
        try (JsonParser replay = recorded.asParser()) {
            for (JsonToken token = replay.nextToken(); token != null; token = replay.nextToken()) {
                accept(token, replay, location);
            }
        }
    }

    private PlanReadException limit(SourceLocation location, String pointer, String problem) {
        return new PlanReadException(Kind.LIMIT_EXCEEDED, source, location, pointer, problem, null);
    }
}
