package org.childplan.model.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanFormat;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.PlanReadException.Kind;
import org.childplan.model.io.ReadLimits;
import org.childplan.model.io.SourceLocation;

/**
 * The one way childplan reads a YAML or JSON document, shared by plan documents and waiver files: from a regular file
 * within the size limit, as strict UTF-8, through {@link DocumentScanner} with every {@link ReadLimits} enforced and
 * every error located.
 *
 * <p>A file is read only when it is a regular file: a device such as {@code /dev/zero} never ends and a pipe with no
 * writer never answers, so neither is opened. The size limit bounds the bytes actually read, not the size the file
 * system reports, so a file that grows while it is read is bounded too.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DocumentReader {

    /** Characters a YAML line may hold beyond the longest text value: indentation, a property name, quotes. */
    private static final int YAML_LINE_MARGIN = 4096;

    private DocumentReader() {
    }

    /**
     * The text of {@code file}, read within {@code limits} and decoded as UTF-8 (a byte order mark is kept).
     *
     * @throws PlanReadException when the file is missing, not a regular file, unreadable, too large or not UTF-8
     */
    public static String readText(Path file, ReadLimits limits) throws PlanReadException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new PlanReadException(Kind.IO, source, null, null, "the file is a directory", null);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new PlanReadException(Kind.IO, source, null, null,
                    "the file is not a regular file (it is a device, pipe or socket); only regular files are read",
                    null);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                throw tooLarge(source, size, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(limits.maxDocumentBytes() + 1, Integer.MAX_VALUE - 16));
            }
        } catch (NoSuchFileException e) {
            throw new PlanReadException(Kind.IO, source, null, null, "the file does not exist", null);
        } catch (AccessDeniedException e) {
            throw new PlanReadException(Kind.IO, source, null, null, "the file may not be read (access denied)", null);
        } catch (IOException e) {
            throw new PlanReadException(Kind.IO, source, null, null,
                    "the file cannot be read" + (e.getMessage() == null ? "" : ": " + e.getMessage()), null);
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new PlanReadException(Kind.LIMIT_EXCEEDED, source, null, null,
                    "the document is larger than " + limits.maxDocumentBytes() + " bytes", null);
        }
        return decode(bytes, source);
    }

    /**
     * {@code bytes} decoded as UTF-8.
     *
     * @throws PlanReadException when they are not UTF-8, placed at the line and column of the first bad byte
     */
    public static String decode(byte[] bytes, String source) throws PlanReadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = Byte.toUnsignedInt(bytes[Math.min(in.position(), bytes.length - 1)]);
            throw new PlanReadException(Kind.MALFORMED, source, locationOf(out, source), null,
                    "the file is not UTF-8 text: byte 0x" + Integer.toHexString(bad).toUpperCase(Locale.ROOT)
                            + " does not begin or continue a UTF-8 character", "UTF-8 text");
        }
        out.flip();
        return out.toString();
    }

    /** Where the next character after those decoded into {@code decoded} would stand. */
    private static SourceLocation locationOf(CharBuffer decoded, String source) {
        int end = decoded.position();
        int line = 1;
        int lineStart = 0;
        for (int index = 0; index < end; index++) {
            if (decoded.get(index) == '\n') {
                line++;
                lineStart = index + 1;
            }
        }
        return new SourceLocation(source, line, end - lineStart + 1);
    }

    /**
     * Scans {@code content}, named {@code source}, as YAML or JSON (by {@code source}'s extension or, failing that, the
     * content) within {@code limits}.
     *
     * @throws PlanReadException when the content is too large, malformed, not one {@code kind} of value, or exceeds a
     *     limit
     */
    public static ScannedDocument scan(String content, String source, ReadLimits limits, DocumentKind kind)
            throws PlanReadException {
        if (content.length() > limits.maxDocumentBytes()) {
            throw tooLarge(source, content.length(), limits);
        }
        long bytes = utf8Length(content);
        if (bytes > limits.maxDocumentBytes()) {
            throw tooLarge(source, bytes, limits);
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        PlanFormat format = PlanFormat.fromFileName(source).orElseGet(() -> sniff(text));
        JsonFactory factory = format == PlanFormat.JSON
                ? PlanMappers.jsonFactory(limits)
                : PlanMappers.yamlFactory(limits);
        int longLine = format == PlanFormat.YAML ? firstLineLongerThan(text, maxYamlLine(limits)) : -1;
        if (longLine < 0) {
            return scan(factory, text, source, format, limits, kind);
        }
        // SnakeYAML copies its whole buffer each time it reads on within one token, so a token of n characters costs
        // n squared: read no further than the limit allows, so that an over-long value is refused by the string limit.
        SourceLocation lineStart = locationOfOffset(text, longLine, source);
        try {
            scan(factory, text.substring(0, longLine + maxYamlLine(limits)), source, format, limits, kind);
        } catch (PlanReadException e) {
            if (e.kind() == Kind.LIMIT_EXCEEDED || e.line() > 0 && e.line() < lineStart.line()) {
                throw e;
            }
        }
        throw new PlanReadException(Kind.LIMIT_EXCEEDED, source, lineStart, null, "a line is longer than "
                + maxYamlLine(limits) + " characters (a text value may hold at most " + limits.maxStringLength()
                + ")", null);
    }

    /** The longest YAML line read: room for the longest text value, its indentation, property name and quotes. */
    private static int maxYamlLine(ReadLimits limits) {
        return (int) Math.min(Integer.MAX_VALUE - 1L, limits.maxStringLength() + (long) YAML_LINE_MARGIN);
    }

    /** The offset at which the first line longer than {@code length} characters starts, or -1 when none is. */
    private static int firstLineLongerThan(String text, int length) {
        int start = 0;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                start = index + 1;
            } else if (index - start >= length) {
                return start;
            }
        }
        return -1;
    }

    private static SourceLocation locationOfOffset(String text, int offset, String source) {
        int line = 1;
        for (int index = 0; index < offset; index++) {
            if (text.charAt(index) == '\n') {
                line++;
            }
        }
        return new SourceLocation(source, line, 1);
    }

    private static ScannedDocument scan(JsonFactory factory, String text, String source, PlanFormat format,
            ReadLimits limits, DocumentKind kind) throws PlanReadException {
        JsonParser parser = null;
        try {
            parser = factory.createParser(text);
            return DocumentScanner.scan(parser, source, format, limits, kind);
        } catch (JsonProcessingException e) {
            throw ReadErrors.malformed(e, source, format.name(), parser);
        } catch (IOException e) {
            throw new PlanReadException(Kind.IO, source, null, null, "the document cannot be read", null);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | RuntimeException ignored) {
                // Closing a parser over a string releases buffers only; the document's error, if any, is already told.
            }
        }
    }

    /** The length of {@code text} in UTF-8, counting an unpaired surrogate as the three bytes it would take. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                bytes += 4;
                index++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static PlanFormat sniff(String content) {
        String start = content.stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? PlanFormat.JSON : PlanFormat.YAML;
    }

    private static PlanReadException tooLarge(String source, long size, ReadLimits limits) {
        return new PlanReadException(Kind.LIMIT_EXCEEDED, source, null, null,
                "the document is larger than " + limits.maxDocumentBytes() + " bytes (" + size + ")", null);
    }
}
