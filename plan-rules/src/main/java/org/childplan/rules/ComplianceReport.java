package org.childplan.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.internal.ReportJson;
import org.childplan.rules.internal.WaiverApplication;

/**
 * The result of checking one plan: its findings in a deterministic order, the rules that passed and those that did
 * not apply, and the coverage of the statutory aims.
 *
 * <p>Findings are ordered by {@link Finding#REPORT_ORDER}; passed and not-applicable rules by rule id. Every rule of
 * every applied pack appears exactly once: as the source of one or more findings (counted or waived), as passed, or
 * as not applicable.
 *
 * <p>Waived findings ({@link #withWaivers(Waivers, LocalDate)}) are kept apart from {@link #findings()}: they are
 * reported with their waiver but count towards neither the counts nor the verdict.
 *
 * @param planId the plan's id
 * @param planTitle the plan's title
 * @param source the file (or other source) the plan was read from, or {@code null} when it was checked as a value
 * @param jurisdiction the jurisdiction whose law was applied
 * @param asOf the date whose law was applied
 * @param packs the rule packs applied
 * @param findings the findings
 * @param passed the rules that were in force and found nothing
 * @param notApplicable the rules that did not run, with the reason
 * @param coverage each aim of s9(2) of the Children and Young People (Scotland) Act 2014 against the priorities,
 *     actions and measures that address it; empty when the law applied is not Scotland's
 * @param regimes the legal regimes of the applied packs in force on {@code asOf}
 * @param lawChanges the changes in the law within the plan's period, in date order
 * @param waived the findings a waiver accepts, ordered as findings are
 * @param waiverNotices the waivers that waived nothing (expired, or matching no finding), in the order applied
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ComplianceReport(
        String planId,
        String planTitle,
        String source,
        Jurisdiction jurisdiction,
        LocalDate asOf,
        List<AppliedPack> packs,
        List<Finding> findings,
        List<RuleDescriptor> passed,
        List<NotApplicableRule> notApplicable,
        List<AimCoverage> coverage,
        List<Regime> regimes,
        List<LawChange> lawChanges,
        List<WaivedFinding> waived,
        List<WaiverNotice> waiverNotices) {

    /** The version of the JSON form written by {@link #toJson()}; raised when that form changes incompatibly. */
    public static final String REPORT_VERSION = "1";

    /** Copies and orders the lists so that the record stays immutable and its order deterministic. */
    public ComplianceReport {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(asOf, "asOf");
        packs = List.copyOf(packs);
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
        passed = passed.stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
        notApplicable = notApplicable.stream()
                .sorted(Comparator.comparing((NotApplicableRule rule) -> rule.rule().id()))
                .toList();
        coverage = List.copyOf(coverage);
        regimes = List.copyOf(regimes);
        lawChanges = lawChanges.stream().sorted(Comparator.comparing(LawChange::date)).toList();
        waived = waived == null ? List.of() : waived.stream()
                .sorted(Comparator.comparing(WaivedFinding::finding, Finding.REPORT_ORDER))
                .toList();
        waiverNotices = waiverNotices == null ? List.of() : List.copyOf(waiverNotices);
    }

    /** A report that names no regime and no change in the law, without waived findings or waiver notices. */
    public ComplianceReport(
            String planId,
            String planTitle,
            String source,
            Jurisdiction jurisdiction,
            LocalDate asOf,
            List<AppliedPack> packs,
            List<Finding> findings,
            List<RuleDescriptor> passed,
            List<NotApplicableRule> notApplicable,
            List<AimCoverage> coverage) {
        this(planId, planTitle, source, jurisdiction, asOf, packs, findings, passed, notApplicable, coverage,
                List.of(), List.of(), List.of(), List.of());
    }

    /**
     * This report with {@code waivers} applied on {@code today}.
     *
     * <p>A finding covered by a waiver that has not expired on {@code today} moves from {@link #findings()} to
     * {@link #waived()}, with its waiver. A waiver holds on its expiry date and lapses the day after; an expired
     * waiver waives nothing and is reported in {@link #waiverNotices()} with its file position and expiry date, as is
     * a waiver that matches no finding. Waivers limited to another plan are ignored. Applying waivers again to the
     * result adds to what was waived.
     */
    public ComplianceReport withWaivers(Waivers waivers, LocalDate today) {
        Objects.requireNonNull(waivers, "waivers");
        Objects.requireNonNull(today, "today");
        WaiverApplication.Outcome outcome = WaiverApplication.apply(this, waivers, today);
        return new ComplianceReport(planId, planTitle, source, jurisdiction, asOf, packs, outcome.findings(), passed,
                notApplicable, coverage, regimes, lawChanges, outcome.waived(), outcome.notices());
    }

    /** The file (or other source) the plan was read from, when it was read from one. */
    public Optional<String> sourceName() {
        return Optional.ofNullable(source);
    }

    /** The number of findings of each severity, with every severity present (zero when none). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** The number of findings of {@code severity}. */
    public int count(Severity severity) {
        return (int) findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    /** The findings by the rule {@code ruleId}. */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }

    /** Whether the plan has no finding of severity {@code failOn} or weightier. */
    public boolean passes(Severity failOn) {
        return findings.stream().noneMatch(finding -> finding.severity().isAtLeast(failOn));
    }

    /** Whether the plan has no error. */
    public boolean passes() {
        return passes(Severity.ERROR);
    }

    /** The verdict at {@code failLevel}; {@link FailLevel#NEVER} always passes. */
    public Verdict verdict(FailLevel failLevel) {
        return failLevel.severity().map(this::passes).orElse(true) ? Verdict.PASS : Verdict.FAIL;
    }

    /**
     * The report as JSON, in the documented form of version {@value #REPORT_VERSION}.
     *
     * <p>The top-level object has {@code reportVersion}, {@code plan} ({@code id}, {@code title}, {@code source}),
     * {@code jurisdiction}, {@code asOf} (ISO date), {@code packs}, {@code counts} ({@code ERROR}, {@code WARNING},
     * {@code INFO}), {@code verdict} (at the default fail level, ERROR), {@code findings} (each with {@code ruleId},
     * {@code severity}, {@code title}, {@code message}, {@code citation} ({@code instrument}, {@code provision},
     * {@code url}), {@code pointer}, {@code location} ({@code source}, {@code line}, {@code column}) or absent,
     * {@code remedy}), {@code passed} (rule ids), {@code notApplicable} ({@code ruleId}, {@code reason}) and
     * {@code coverage} ({@code aim}, {@code provision}, {@code priorities}, {@code actions}, {@code measures}),
     * {@code regimes} ({@code name}, {@code instrument}, {@code url}, {@code inForceFrom}, {@code inForceTo} or
     * absent), {@code lawChanges} ({@code date}, {@code description}, {@code rulesStopping}, {@code rulesStarting}),
     * {@code waived} (each a finding as in {@code findings}, with {@code waiver}) and {@code waiverNotices} ({@code kind}
     * {@code EXPIRED} or {@code UNMATCHED}, {@code message}, {@code waiver}); a {@code waiver} has {@code ruleId},
     * {@code pointer}, {@code planId}, {@code justification}, {@code approvedBy}, {@code expires} (ISO date) and
     * {@code location}. {@code waived} and {@code waiverNotices} were added within version 1 and are empty arrays
     * when no waiver was applied; {@code counts} and {@code verdict} never count waived findings. Absent values
     * are omitted, never written as {@code null}. Fields may be added within a version; none is removed or changes
     * meaning.
     */
    public String toJson() {
        return ReportJson.write(this);
    }
}
