package org.childplan.rules;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;

/**
 * A place where a plan misses a duty, an expectation or a practice, with the rule and legal source it comes from.
 *
 * @param ruleId the id of the rule that found it
 * @param severity the rule's severity
 * @param title the rule's title
 * @param message what is missing, in the plan's own terms
 * @param citation the legal source
 * @param pointer the JSON Pointer of the plan element concerned ({@code ""} for the whole plan)
 * @param sourceLocation where that element is written in the plan's file, or {@code null} when the plan was not read
 *     from a file or the place is unknown
 * @param remedy how to put it right
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Finding(
        String ruleId,
        Severity severity,
        String title,
        String message,
        Citation citation,
        String pointer,
        SourceLocation sourceLocation,
        String remedy) {

    /** The order of findings in a report: by severity, then rule id, then pointer, then message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::message);

    /** Checks that every part but the source location is given. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(remedy, "remedy");
    }

    /** Where the element concerned is written in the plan's file, when known. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(sourceLocation);
    }
}
