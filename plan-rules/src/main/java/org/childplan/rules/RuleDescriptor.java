package org.childplan.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;

/**
 * One rule of a rule pack as its catalogue describes it, read from the metadata on the rule itself.
 *
 * @param id the stable identifier, never reused, for example {@code SCO-CYPSA-S9-EARLY-ACTION}
 * @param title what the rule requires, in one sentence
 * @param severity the weight of a finding by this rule
 * @param citation the legal source
 * @param inForceFrom the first day the source binds
 * @param inForceTo the last day the source binds, or {@code null} while it is in force
 * @param remedy how a plan that breaks the rule can be put right
 * @param jurisdiction the jurisdiction whose law the rule encodes
 * @param pack the id of the rule pack the rule belongs to
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
        String pack) {

    /** Checks that every part but {@code inForceTo} is given, and that the dates are in order. */
    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(pack, "pack");
        if (inForceTo != null && inForceTo.isBefore(inForceFrom)) {
            throw new IllegalArgumentException(id + ": in force to " + inForceTo + " is before in force from " + inForceFrom);
        }
    }

    /** The last day the source binds, or empty while it is in force. */
    public Optional<LocalDate> inForceUntil() {
        return Optional.ofNullable(inForceTo);
    }

    /** Whether the rule's source binds on {@code date}, both ends included. */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceTo == null || !date.isAfter(inForceTo));
    }

    /**
     * Why the rule does not apply on {@code date}, for example {@code in force from 2017-04-01}; empty when it
     * applies.
     */
    public Optional<String> notInForceReason(LocalDate date) {
        if (date.isBefore(inForceFrom)) {
            return Optional.of("in force from " + inForceFrom);
        }
        if (inForceTo != null && date.isAfter(inForceTo)) {
            return Optional.of("in force until " + inForceTo);
        }
        return Optional.empty();
    }
}
