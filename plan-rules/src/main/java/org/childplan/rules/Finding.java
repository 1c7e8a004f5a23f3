package org.childplan.rules;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;

/**
 * A place where a plan does not show a duty, an expectation or a practice met, with the rule and legal source it
 * comes from, and what the document shows ({@link #outcome()}).
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
 * @param outcome what the document shows: {@link RuleOutcome#NOT_MET}, {@link RuleOutcome#NOT_EVIDENCED} or
 *     {@link RuleOutcome#NOT_YET_DUE}
 * @param basis what the rule rests on: the law, or a standard the area has set itself; a report never presents a
 *     finding on a local standard as one on a duty the law places on the plan
 * @param pack the id of the rule pack the rule belongs to, or {@code ""} when it is not known
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
        String remedy,
        RuleOutcome outcome,
        RuleBasis basis,
        String pack) {

    /** The order of findings in a report: by severity, then rule id, then pointer, then message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::message);

    /** Checks that every part but the source location is given, and that the outcome is one a finding can have. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(pack, "pack");
        if (!outcome.isFinding()) {
            throw new IllegalArgumentException(ruleId + ": a finding cannot be " + outcome.words());
        }
    }

    /** A finding of a rule that rests on the law, of a pack not named. */
    public Finding(String ruleId, Severity severity, String title, String message, Citation citation, String pointer,
            SourceLocation sourceLocation, String remedy, RuleOutcome outcome) {
        this(ruleId, severity, title, message, citation, pointer, sourceLocation, remedy, outcome, RuleBasis.LAW, "");
    }

    /** A finding that the document shows the rule not met, of a rule that rests on the law, of a pack not named. */
    public Finding(String ruleId, Severity severity, String title, String message, Citation citation, String pointer,
            SourceLocation sourceLocation, String remedy) {
        this(ruleId, severity, title, message, citation, pointer, sourceLocation, remedy, RuleOutcome.NOT_MET);
    }

    /**
     * Whether this finding fails a check at {@code failOn}: its severity is at least {@code failOn}, and the
     * document shows the rule not met, or does not evidence it while {@code notEvidencedFails}. A duty not yet due
     * never fails.
     */
    public boolean fails(Severity failOn, boolean notEvidencedFails) {
        if (!severity.isAtLeast(failOn)) {
            return false;
        }
        return outcome == RuleOutcome.NOT_MET || (outcome == RuleOutcome.NOT_EVIDENCED && notEvidencedFails);
    }

    /** Whether the rule rests on a standard the area has set itself rather than on the law. */
    public boolean isLocalStandard() {
        return basis == RuleBasis.LOCAL_STANDARD;
    }

    /** Where the element concerned is written in the plan's file, when known. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(sourceLocation);
    }
}
