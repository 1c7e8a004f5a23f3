package org.childplan.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;

/**
 * One rule of a rule pack as its catalogue describes it, read from the metadata on the rule itself over what its pack
 * declares once for all its rules, or for the rules of one DRL file, in the {@code metadata.yaml} beside them.
 *
 * <p>Besides the dates its source binds, a rule says which kinds of document it governs ({@link #documentKinds()}):
 * a duty on the content, consultation, publication or review of a statutory plan governs that plan, not every paper
 * about children's services, whereas a duty that binds the partners whatever they write (co-operation, safeguarding,
 * corporate parenting) may be evidenced by any document. A rule runs over a plan only when it is in force on the
 * as-of date and governs the plan's kind; a plan that does not say what kind of document it is is treated as the
 * statutory plan, so every rule in force governs it.
 *
 * <p>A rule may encode law that is enacted but not yet in force: its {@link #commencement()} says how the law comes
 * into force (for example "on a day appointed by regulations; none made") and, until a date is known, it has no
 * {@link #inForceFrom()}. Such a rule never runs; reports list it as coming law, so that a reader knows the duty will
 * bind the plan once commenced. When the commencement is made, the rule's first day in force turns it on.
 *
 * @param id the stable identifier, never reused, for example {@code SCO-CYPSA-S9-EARLY-ACTION}
 * @param title what the rule requires, in one sentence
 * @param severity the weight of a finding by this rule
 * @param citation the legal source
 * @param inForceFrom the first day the source binds, or {@code null} for law that is not yet in force on any known
 *     day (then {@code commencement} says how it will come into force)
 * @param inForceTo the last day the source binds, or {@code null} while it is in force
 * @param remedy how a plan that breaks the rule can be put right
 * @param jurisdiction the jurisdiction whose law the rule encodes
 * @param pack the id of the rule pack the rule belongs to
 * @param documentKinds the kinds of document the rule governs; never empty
 * @param basis what the rule rests on: the law, or a local standard
 * @param commencement how the rule's source comes (or came) into force, for example {@code "on a day appointed by
 *     regulations under s22(2); none made"}, or {@code null} when only its dates are recorded
 * @param catalogue the id of the entry of the rule catalogue ({@code docs/legal/catalogue.yaml}) that records the text
 *     the rule rests on, where and when it was read, for example {@code cypsa-2014-s9-2-a-i}; {@code null} for a rule
 *     that names none (a pack beyond the built-in ones need not keep a catalogue)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleDescriptor(
        String id,
        String title,
        Severity severity,
        Citation citation,
        LocalDate inForceFrom,
        LocalDate inForceTo,
        String remedy,
        Jurisdiction jurisdiction,
        String pack,
        Set<DocumentKind> documentKinds,
        RuleBasis basis,
        String commencement,
        String catalogue) {

    /**
     * Checks that every part but {@code inForceTo} and {@code commencement} is given (a rule with a commencement
     * needs no {@code inForceFrom}), that the dates are in order and that the rule governs at least one kind of
     * document; keeps an unmodifiable copy of the kinds, in the order of {@link DocumentKind}.
     */
    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(citation, "citation");
        if (commencement != null && commencement.isBlank()) {
            throw new IllegalArgumentException(id + ": commencement is blank");
        }
        if (inForceFrom == null && commencement == null) {
            throw new NullPointerException("inForceFrom");
        }
        if (inForceFrom == null && inForceTo != null) {
            throw new IllegalArgumentException(id + ": law not yet in force cannot have an in force to date");
        }
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(pack, "pack");
        if (inForceFrom != null && inForceTo != null && inForceTo.isBefore(inForceFrom)) {
            throw new IllegalArgumentException(id + ": in force to " + inForceTo + " is before in force from " + inForceFrom);
        }
        Objects.requireNonNull(documentKinds, "documentKinds");
        if (documentKinds.isEmpty()) {
            throw new IllegalArgumentException(id + ": governs no kind of document");
        }
        documentKinds = Collections.unmodifiableSet(EnumSet.copyOf(documentKinds));
        Objects.requireNonNull(basis, "basis");
        if (catalogue != null && catalogue.isBlank()) {
            throw new IllegalArgumentException(id + ": catalogue entry is blank");
        }
    }

    /** A rule that names no catalogue entry. */
    public RuleDescriptor(String id, String title, Severity severity, Citation citation, LocalDate inForceFrom,
            LocalDate inForceTo, String remedy, Jurisdiction jurisdiction, String pack, Set<DocumentKind> documentKinds,
            RuleBasis basis, String commencement) {
        this(id, title, severity, citation, inForceFrom, inForceTo, remedy, jurisdiction, pack, documentKinds, basis,
                commencement, null);
    }

    /** A rule in force from {@code inForceFrom}, with no commencement recorded beyond its dates. */
    public RuleDescriptor(String id, String title, Severity severity, Citation citation, LocalDate inForceFrom,
            LocalDate inForceTo, String remedy, Jurisdiction jurisdiction, String pack, Set<DocumentKind> documentKinds,
            RuleBasis basis) {
        this(id, title, severity, citation, inForceFrom, inForceTo, remedy, jurisdiction, pack, documentKinds, basis,
                null);
    }

    /** A rule that rests on the law ({@link RuleBasis#LAW}), as every rule does unless it says otherwise. */
    public RuleDescriptor(String id, String title, Severity severity, Citation citation, LocalDate inForceFrom,
            LocalDate inForceTo, String remedy, Jurisdiction jurisdiction, String pack, Set<DocumentKind> documentKinds) {
        this(id, title, severity, citation, inForceFrom, inForceTo, remedy, jurisdiction, pack, documentKinds,
                RuleBasis.LAW);
    }

    /**
     * A rule whose document kinds are not known, for example one described from a report read back without its
     * pack: it is taken to govern every kind of document, as it must have run to be reported, and to rest on the law.
     */
    public RuleDescriptor(String id, String title, Severity severity, Citation citation, LocalDate inForceFrom,
            LocalDate inForceTo, String remedy, Jurisdiction jurisdiction, String pack) {
        this(id, title, severity, citation, inForceFrom, inForceTo, remedy, jurisdiction, pack,
                EnumSet.allOf(DocumentKind.class));
    }

    /** Whether the rule rests on a standard the area has set itself rather than on the law. */
    public boolean isLocalStandard() {
        return basis == RuleBasis.LOCAL_STANDARD;
    }

    /**
     * Whether the rule governs a document of {@code kind}. A document of no stated kind ({@code null}) is taken to be
     * the statutory plan of its jurisdiction, so every rule governs it.
     */
    public boolean governs(DocumentKind kind) {
        return kind == null || documentKinds.contains(kind);
    }

    /**
     * Whether the rule encodes law that is enacted but in force on no known day: it never runs, and reports list it
     * as coming law.
     */
    public boolean isComing() {
        return inForceFrom == null;
    }

    /** How the rule's source comes into force, when the rule records it. */
    public Optional<String> commencementNote() {
        return Optional.ofNullable(commencement);
    }

    /**
     * The id of the rule catalogue entry that records the text the rule rests on, and when and where it was read, for
     * example {@code cypsa-2014-s9-2-a-i}; empty for a rule that names none. Every built-in rule names one.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public Optional<String> catalogueEntry() {
        return Optional.ofNullable(catalogue);
    }

    /** The first day the source binds, or empty for law not yet in force on any known day. */
    public Optional<LocalDate> inForceSince() {
        return Optional.ofNullable(inForceFrom);
    }

    /** The rule's days in force in words: {@code from 2017-04-01 to 2020-03-31}, or {@code not yet in force: ...}. */
    public String inForceInWords() {
        if (inForceFrom == null) {
            return "not yet in force: " + commencement;
        }
        return "from " + inForceFrom + (inForceTo == null ? "" : " to " + inForceTo);
    }

    /** The last day the source binds, or empty while it is in force. */
    public Optional<LocalDate> inForceUntil() {
        return Optional.ofNullable(inForceTo);
    }

    /** Whether the rule's source binds on {@code date}, both ends included. */
    public boolean isInForceOn(LocalDate date) {
        return inForceFrom != null && !date.isBefore(inForceFrom) && (inForceTo == null || !date.isAfter(inForceTo));
    }

    /**
     * Why the rule does not apply on {@code date}, for example {@code in force from 2017-04-01} or {@code not yet in
     * force: on a day appointed by regulations; none made}; empty when it applies.
     */
    public Optional<String> notInForceReason(LocalDate date) {
        if (inForceFrom == null) {
            return Optional.of("not yet in force: " + commencement);
        }
        if (date.isBefore(inForceFrom)) {
            return Optional.of("in force from " + inForceFrom);
        }
        if (inForceTo != null && date.isAfter(inForceTo)) {
            return Optional.of("in force until " + inForceTo);
        }
        return Optional.empty();
    }
}
