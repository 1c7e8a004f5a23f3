package org.childplan.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.rules.internal.WaiverFile;

/**
 * The waivers a partnership keeps beside its plans, read from a YAML or JSON file.
 *
 * <p>The file holds one property, {@code waivers}, a list of waivers with the properties {@code ruleId},
 * {@code pointer} (optional), {@code planId} (optional), {@code justification}, {@code approvedBy} and
 * {@code expires} (an ISO date, the last day the waiver holds):
 *
 * <pre>{@code
 * waivers:
 *   - ruleId: SCO-CYPSA-S13-ANNUAL-REPORT
 *     pointer: /annualReports
 *     justification: The 2024-25 report is delayed by the inspection; the board agreed a new date.
 *     approvedBy: Chair, Children's Services Partnership Board
 *     expires: 2025-09-30
 * }</pre>
 *
 * <p>Any other property, and a waiver without a rule, justification, approver or expiry, is an error naming the
 * file, line and column. The file is read as strictly as a plan document, within the same {@code ReadLimits}: a
 * regular file of UTF-8 YAML or JSON, one document, no YAML tags; an expiry must lie from 1900-01-01 to 2200-12-31. Apply waivers with {@link ComplianceReport#withWaivers(Waivers, java.time.LocalDate)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Waivers {

    private static final Waivers NONE = new Waivers(null, List.of());

    private final String source;
    private final List<Waiver> waivers;

    private Waivers(String source, List<Waiver> waivers) {
        this.source = source;
        this.waivers = List.copyOf(waivers);
    }

    /** No waivers. */
    public static Waivers none() {
        return NONE;
    }

    /**
     * The waivers {@code waivers}, as given in code rather than read from a file.
     *
     * @throws NullPointerException when {@code waivers} is or holds {@code null}; the message names the parameter
     */
    public static Waivers of(List<Waiver> waivers) {
        Objects.requireNonNull(waivers, "waivers");
        waivers.forEach(waiver -> Objects.requireNonNull(waiver, "waivers holds null"));
        return new Waivers(null, waivers);
    }

    /**
     * Reads the waiver file {@code file}, naming it by {@code file} in locations and errors.
     *
     * @throws WaiverReadException when the file cannot be read or is not a valid waiver file
     */
    public static Waivers read(Path file) throws WaiverReadException {
        Objects.requireNonNull(file, "file");
        return new Waivers(file.toString(), WaiverFile.read(file));
    }

    /**
     * Reads waivers from {@code content}, YAML or JSON, naming it {@code source} in locations and errors.
     *
     * @throws WaiverReadException when {@code content} is not a valid waiver file
     */
    public static Waivers read(String content, String source) throws WaiverReadException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        return new Waivers(source, WaiverFile.parse(content, source));
    }

    /** The waivers, in the order of the file. */
    public List<Waiver> list() {
        return waivers;
    }

    /** Whether there are no waivers. */
    public boolean isEmpty() {
        return waivers.isEmpty();
    }

    /** The file the waivers were read from, when they were read from one. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }
}
