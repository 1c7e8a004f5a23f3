package org.childplan.model.io;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The limits a plan document must keep within to be read, against documents made to exhaust memory or time.
 *
 * <p>Immutable: each {@code with...} method returns a copy with one limit changed. A document that exceeds a limit is
 * rejected with a {@link PlanReadException} of kind {@link PlanReadException.Kind#LIMIT_EXCEEDED}. The defaults are
 * far above what any real plan needs:
 * <ul>
 *   <li>document size: {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes (10 MiB) of UTF-8, counted on the bytes actually
 *       read from a file;</li>
 *   <li>nesting depth: {@value #DEFAULT_MAX_NESTING_DEPTH} levels of objects and lists;</li>
 *   <li>string length: {@value #DEFAULT_MAX_STRING_LENGTH} characters in one value or property name;</li>
 *   <li>YAML aliases: {@value #DEFAULT_MAX_ALIASES} uses of {@code *alias} in one document;</li>
 *   <li>tokens: {@value #DEFAULT_MAX_TOKENS} values, property names and brackets in one document, counted after
 *       YAML aliases are expanded (this is what stops a "billion laughs" document).</li>
 * </ul>
 *
 * <p>Some bounds follow from these or are fixed: a YAML line may hold {@code maxStringLength} + 4,096 characters (the
 * YAML parser's cost grows with the square of a token's length), a number 1,000 characters, and a date must lie within
 * {@link org.childplan.model.SupportedDates}. Only regular files are read, as UTF-8 without unpaired surrogates, one
 * YAML document without tags per file. Waiver files are read within the same limits.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReadLimits {

    /** The default largest document, in bytes of UTF-8. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    /** The default deepest nesting of objects and lists. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default longest string value or property name, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** The default largest number of YAML alias uses. */
    public static final int DEFAULT_MAX_ALIASES = 50;
    /** The default largest number of tokens, after aliases are expanded. */
    public static final int DEFAULT_MAX_TOKENS = 1_000_000;

    private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_ALIASES, DEFAULT_MAX_TOKENS);

    private final long maxDocumentBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxAliases;
    private final int maxTokens;

    private ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxAliases, int maxTokens) {
        this.maxDocumentBytes = positive(maxDocumentBytes, "maxDocumentBytes");
        this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
        this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
        this.maxAliases = (int) notNegative(maxAliases, "maxAliases");
        this.maxTokens = (int) positive(maxTokens, "maxTokens");
    }

    private static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
        }
        return value;
    }

    private static long notNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
        return value;
    }

    /** The default limits, listed in the class description. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** The largest document, in bytes of UTF-8. */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The deepest nesting of objects and lists; the plan itself is at depth 1. */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** The longest string value or property name, in characters. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** The largest number of YAML alias uses ({@code *name}); 0 forbids aliases. */
    public int maxAliases() {
        return maxAliases;
    }

    /** The largest number of tokens (values, property names, brackets), counted after YAML aliases are expanded. */
    public int maxTokens() {
        return maxTokens;
    }

    /** A copy with the largest document set to {@code bytes}, which must be at least 1. */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxAliases, maxTokens);
    }

    /** A copy with the deepest nesting set to {@code depth}, which must be at least 1. */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxAliases, maxTokens);
    }

    /** A copy with the longest string set to {@code length} characters, which must be at least 1. */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxAliases, maxTokens);
    }

    /** A copy with the largest number of YAML alias uses set to {@code aliases}; 0 forbids aliases. */
    public ReadLimits withMaxAliases(int aliases) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, aliases, maxTokens);
    }

    /** A copy with the largest number of tokens set to {@code tokens}, which must be at least 1. */
    public ReadLimits withMaxTokens(int tokens) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxAliases, tokens);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadLimits that
                && maxDocumentBytes == that.maxDocumentBytes
                && maxNestingDepth == that.maxNestingDepth
                && maxStringLength == that.maxStringLength
                && maxAliases == that.maxAliases
                && maxTokens == that.maxTokens;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentBytes, maxNestingDepth, maxStringLength, maxAliases, maxTokens);
    }

    @Override
    public String toString() {
        return "ReadLimits[maxDocumentBytes=" + maxDocumentBytes + ", maxNestingDepth=" + maxNestingDepth
                + ", maxStringLength=" + maxStringLength + ", maxAliases=" + maxAliases + ", maxTokens=" + maxTokens
                + "]";
    }
}
