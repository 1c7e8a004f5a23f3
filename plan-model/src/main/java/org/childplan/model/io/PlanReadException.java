package org.childplan.model.io;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A plan document could not be read: what is wrong, and where.
 *
 * <p>The message has the form editors and CI annotate from, {@code source:line:column: pointer: problem}, for example
 * {@code plans/moray.yaml:12:5: /actions/2/leed: unknown property 'leed' (did you mean 'lead'?)}. Parts that are not
 * known are left out: an error reading the file has no line, a malformed document has no JSON Pointer.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class PlanReadException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * What kind of problem stopped the document from being read.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /**
         * The document is not well-formed YAML or JSON, is not UTF-8, is empty, holds more than one document, a YAML
         * tag or half of a UTF-16 surrogate pair.
         */
        MALFORMED,
        /** A value has the wrong shape, for example a list where an object is expected, or text where a number is. */
        WRONG_TYPE,
        /** A value has the right shape but is not allowed, for example a date that does not exist or an unknown enum value. */
        BAD_VALUE,
        /** An object has a property the model does not know; free-form data belongs under {@code extensions}. */
        UNKNOWN_PROPERTY,
        /** A required property is absent or has no value. */
        MISSING_PROPERTY,
        /** The document exceeds one of the {@link ReadLimits}. */
        LIMIT_EXCEEDED,
        /** The document is read but its plan is not well formed (see {@code InvalidPlanException}). */
        INVALID,
        /** The document could not be read from its file, or the file is not a regular file (a device or a pipe). */
        IO
    }

    private final Kind kind;
    private final String source;
    private final SourceLocation location;
    private final String pointer;
    private final String problem;
    private final String expected;

    /**
     * An error of kind {@link Kind#IO} in the document {@code source}, with no place in it.
     *
     * @param source the file name or other name of the document
     * @param problem what went wrong
     */
    public PlanReadException(String source, String problem) {
        this(Kind.IO, source, null, null, problem, null);
    }

    /**
     * An error of {@code kind} at {@code location} and {@code pointer} in the document {@code source}.
     *
     * @param kind what kind of problem it is
     * @param source the file name or other name of the document
     * @param location where in the document, or {@code null} when not known
     * @param pointer the JSON Pointer of the offending element ({@code ""} for the whole plan), or {@code null} when
     *     not known
     * @param problem what is wrong, as a sentence a plan's author understands
     * @param expected what was expected there, or {@code null}
     */
    public PlanReadException(
            Kind kind, String source, SourceLocation location, String pointer, String problem, String expected) {
        super(render(source, location, pointer, problem));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = Objects.requireNonNull(source, "source");
        this.location = location;
        this.pointer = pointer;
        this.problem = Objects.requireNonNull(problem, "problem");
        this.expected = expected;
    }

    private static String render(String source, SourceLocation location, String pointer, String problem) {
        StringBuilder message = new StringBuilder(location != null ? location.toString() : source).append(": ");
        if (pointer != null && !pointer.isEmpty()) {
            message.append(pointer).append(": ");
        }
        return message.append(problem).toString();
    }

    /** What kind of problem it is. */
    public Kind kind() {
        return kind;
    }

    /** The file name or other name of the document. */
    public String source() {
        return source;
    }

    /** Where in the document the problem is, when known. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /** The line of the problem, from 1, or 0 when not known. */
    public int line() {
        return location == null ? 0 : location.line();
    }

    /** The column of the problem, from 1, or 0 when not known. */
    public int column() {
        return location == null ? 0 : location.column();
    }

    /** The JSON Pointer of the offending element ({@code ""} for the whole plan), when known. */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    /** What is wrong, without the source, location and pointer that {@link #getMessage()} adds. */
    public String problem() {
        return problem;
    }

    /** What was expected at that place, when that can be said (for example {@code one of SCOTLAND, ENGLAND}). */
    public Optional<String> expected() {
        return Optional.ofNullable(expected);
    }
}
