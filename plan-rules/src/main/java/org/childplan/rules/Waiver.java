package org.childplan.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;

/**
 * A partnership's acceptance of a finding for a stated reason, approved by someone and valid until a date.
 *
 * <p>A waiver covers the findings of its rule; with a pointer, only those at that JSON Pointer or inside it
 * ({@code /annualReports} covers {@code /annualReports} and {@code /annualReports/0}); with a plan id, only findings in
 * that plan. It holds up to and including its expiry date.
 *
 * @param ruleId the id of the rule whose findings it covers
 * @param pointer the JSON Pointer of the plan element it covers, or {@code null} for every finding of the rule
 * @param planId the id of the plan it covers, or {@code null} for every plan it is applied to
 * @param justification why the finding is accepted
 * @param approvedBy who approved the waiver
 * @param expires the last day the waiver holds
 * @param location where the waiver is written in its file, or {@code null} when it was not read from one
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Waiver(
        String ruleId,
        String pointer,
        String planId,
        String justification,
        String approvedBy,
        LocalDate expires,
        SourceLocation location) {

    /** Checks that the rule, justification, approver and expiry are given. */
    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(expires, "expires");
    }

    /** Whether the waiver covers {@code finding} of the plan {@code planId}, whatever the date. */
    public boolean covers(String planId, Finding finding) {
        return ruleId.equals(finding.ruleId())
                && (this.planId == null || this.planId.equals(planId))
                && (pointer == null || finding.pointer().equals(pointer) || finding.pointer().startsWith(pointer + "/"));
    }

    /** Whether the waiver applies to the plan {@code planId} at all. */
    public boolean concerns(String planId) {
        return this.planId == null || this.planId.equals(planId);
    }

    /** Whether the waiver no longer holds on {@code date}: it holds on its expiry date and lapses the day after. */
    public boolean isExpiredOn(LocalDate date) {
        return date.isAfter(expires);
    }

    /** The JSON Pointer the waiver is limited to, if any. */
    public Optional<String> pointerLimit() {
        return Optional.ofNullable(pointer);
    }

    /** The plan the waiver is limited to, if any. */
    public Optional<String> planLimit() {
        return Optional.ofNullable(planId);
    }

    /** Where the waiver is written, when it was read from a file. */
    public Optional<SourceLocation> sourceLocation() {
        return Optional.ofNullable(location);
    }

    /**
     * How a reader finds the waiver: its file position when known, then its rule and pointer, for example
     * {@code waivers.yaml:3:5 (SCO-CYPSA-S13-ANNUAL-REPORT at /annualReports)}.
     */
    public String describe() {
        String what = ruleId + (pointer == null ? "" : " at " + pointer) + (planId == null ? "" : " in plan " + planId);
        return location == null ? what : location + " (" + what + ")";
    }
}
