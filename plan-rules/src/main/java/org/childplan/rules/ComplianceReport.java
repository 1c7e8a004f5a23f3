package org.childplan.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.internal.ReportJson;
import org.childplan.rules.internal.WaiverApplication;

/**
 * The result of checking one plan: the outcome of every rule applied, each with what shows it: its findings (not
 * met, not evidenced, not yet due) in a deterministic order, the rules met with their evidence, those with nothing
 * to check and those that did not apply, and the coverage of the statutory aims.
 *
 * <p>Findings are ordered by {@link Finding#REPORT_ORDER}; met, nothing-to-check and not-applicable rules by rule
 * id. Every rule of every applied pack appears exactly once: as the source of one or more findings (counted or
 * waived), as met, as having nothing to check, or as not applicable.
 *
 * <p>Whether a finding fails the check depends on its severity, its outcome and on whether the plan file is a
 * complete record of the plan ({@link #completeRecord()}): a duty a complete record does not evidence is taken as
 * not met, whereas one a partial or second-hand record (a committee report, minutes, a news item) does not show is
 * reported as not shown in the source and fails only when asked ({@link #passes(Severity, boolean)}).
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
 * @param met the rules in force that the plan meets, each with its evidence
 * @param nothingToCheck the rules in force that had nothing in the plan to apply to
 * @param notApplicable the rules that did not run, with the reason
 * @param coverage each aim of s9(2) of the Children and Young People (Scotland) Act 2014 against the priorities,
 *     actions and measures that address it; empty when the law applied is not Scotland's
 * @param regimes the legal regimes of the applied packs in force on {@code asOf}
 * @param lawChanges the changes in the law within the plan's period, in date order
 * @param waived the findings a waiver accepts, ordered as findings are
 * @param waiverNotices the waivers that waived nothing (expired, or matching no finding), in the order applied
 * @param completeRecord whether the plan file is a complete record of the plan (see
 *     {@link org.childplan.model.Plan#recordIsComplete()})
 * @param themes each of the three themes (early action and prevention, integration, the use of resources) against
 *     the priorities, actions, services and measures that address it, in any jurisdiction; empty in a report made
 *     without the plan
 * @param ruleErrors the rules that failed while they were applied (a fault of their pack, see {@link RuleError}), in
 *     rule id order; such a rule is neither met nor not met
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
        List<MetRule> met,
        List<NothingToCheck> nothingToCheck,
        List<NotApplicableRule> notApplicable,
        List<AimCoverage> coverage,
        List<Regime> regimes,
        List<LawChange> lawChanges,
        List<WaivedFinding> waived,
        List<WaiverNotice> waiverNotices,
        boolean completeRecord,
        List<ThemeCoverage> themes,
        List<RuleError> ruleErrors) {

    /** The version of the JSON form written by {@link #toJson()}; raised when that form changes incompatibly. */
    public static final String REPORT_VERSION = "2";

    /** Copies and orders the lists so that the record stays immutable and its order deterministic. */
    public ComplianceReport {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(asOf, "asOf");
        packs = List.copyOf(packs);
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
        met = met.stream().sorted(Comparator.comparing((MetRule rule) -> rule.rule().id())).toList();
        nothingToCheck = nothingToCheck.stream()
                .sorted(Comparator.comparing((NothingToCheck rule) -> rule.rule().id()))
                .toList();
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
        themes = themes == null ? List.of() : List.copyOf(themes);
        ruleErrors = ruleErrors == null ? List.of() : ruleErrors.stream()
                .sorted(Comparator.comparing((RuleError error) -> error.rule().id()))
                .toList();
    }

    /** A report in which no rule failed. */
    public ComplianceReport(
            String planId,
            String planTitle,
            String source,
            Jurisdiction jurisdiction,
            LocalDate asOf,
            List<AppliedPack> packs,
            List<Finding> findings,
            List<MetRule> met,
            List<NothingToCheck> nothingToCheck,
            List<NotApplicableRule> notApplicable,
            List<AimCoverage> coverage,
            List<Regime> regimes,
            List<LawChange> lawChanges,
            List<WaivedFinding> waived,
            List<WaiverNotice> waiverNotices,
            boolean completeRecord,
            List<ThemeCoverage> themes) {
        this(planId, planTitle, source, jurisdiction, asOf, packs, findings, met, nothingToCheck, notApplicable,
                coverage, regimes, lawChanges, waived, waiverNotices, completeRecord, themes, List.of());
    }

    /** A report without the coverage of the three themes, as reports were made before it was added. */
    public ComplianceReport(
            String planId,
            String planTitle,
            String source,
            Jurisdiction jurisdiction,
            LocalDate asOf,
            List<AppliedPack> packs,
            List<Finding> findings,
            List<MetRule> met,
            List<NothingToCheck> nothingToCheck,
            List<NotApplicableRule> notApplicable,
            List<AimCoverage> coverage,
            List<Regime> regimes,
            List<LawChange> lawChanges,
            List<WaivedFinding> waived,
            List<WaiverNotice> waiverNotices,
            boolean completeRecord) {
        this(planId, planTitle, source, jurisdiction, asOf, packs, findings, met, nothingToCheck, notApplicable,
                coverage, regimes, lawChanges, waived, waiverNotices, completeRecord, List.of());
    }

    /**
     * A report of a complete record whose rules in force found nothing are met without named evidence, as a report
     * of version 1 described them.
     */
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
            List<AimCoverage> coverage,
            List<Regime> regimes,
            List<LawChange> lawChanges,
            List<WaivedFinding> waived,
            List<WaiverNotice> waiverNotices) {
        this(planId, planTitle, source, jurisdiction, asOf, packs, findings,
                passed.stream().map(MetRule::withoutNamedEvidence).toList(), List.of(), notApplicable, coverage,
                regimes, lawChanges, waived, waiverNotices, true);
    }

    /**
     * A report of a complete record that names no regime and no change in the law, without waived findings or
     * waiver notices, whose rules in force that found nothing are met without named evidence.
     */
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
        return new ComplianceReport(planId, planTitle, source, jurisdiction, asOf, packs, outcome.findings(), met,
                nothingToCheck, notApplicable, coverage, regimes, lawChanges, outcome.waived(), outcome.notices(),
                completeRecord, themes, ruleErrors);
    }

    /**
     * This report judged as of a complete record of the plan, whatever its file says: a duty the plan does not
     * evidence then fails at its severity. For a pipeline that must not pass a plan on what its source leaves out.
     */
    public ComplianceReport asCompleteRecord() {
        return new ComplianceReport(planId, planTitle, source, jurisdiction, asOf, packs, findings, met,
                nothingToCheck, notApplicable, coverage, regimes, lawChanges, waived, waiverNotices, true, themes,
                ruleErrors);
    }

    /**
     * The coming law of the applied packs that governs the plan's kind of document: rules for law that is enacted
     * but not yet in force on any known day ({@link RuleDescriptor#isComing()}), in id order. They are not applied;
     * each will bind the plan if it comes into force within the plan's period.
     */
    public List<RuleDescriptor> comingLaw() {
        // A coming rule that does not govern the plan's kind is not applicable for that reason, not listed as coming.
        return notApplicable.stream()
                .filter(rule -> rule.rule().isComing()
                        && rule.rule().notInForceReason(asOf).filter(rule.reason()::equals).isPresent())
                .map(NotApplicableRule::rule)
                .toList();
    }

    /** The file (or other source) the plan was read from, when it was read from one. */
    public Optional<String> sourceName() {
        return Optional.ofNullable(source);
    }

    /**
     * The number of findings of each severity that the document shows not met or does not evidence, with every
     * severity present (zero when none); duties not yet due are not counted.
     */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, count(severity));
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The number of findings of {@code severity} that the document shows not met or does not evidence. */
    public int count(Severity severity) {
        return (int) findings.stream()
                .filter(finding -> finding.severity() == severity && finding.outcome() != RuleOutcome.NOT_YET_DUE)
                .count();
    }

    /** The number of findings with {@code outcome}, whatever their severity. */
    public int count(RuleOutcome outcome) {
        return (int) findings.stream().filter(finding -> finding.outcome() == outcome).count();
    }

    /** The findings by the rule {@code ruleId}. */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }

    /**
     * The rules in force that found nothing wrong: those met and those with nothing to check, by rule id.
     */
    public List<RuleDescriptor> passed() {
        return Stream.concat(
                        met.stream().map(MetRule::rule), nothingToCheck.stream().map(NothingToCheck::rule))
                .sorted(Comparator.comparing(RuleDescriptor::id))
                .toList();
    }

    /**
     * Whether any rule applied to the plan: false when every rule of the packs applied is {@link #notApplicable()
     * not applicable} (the plan's kind of document, or the date, lies outside the law the packs hold), so that the
     * report says nothing of the plan's compliance. A report that lists no rule at all, as one made by hand may, is
     * taken as judged. Such a plan has no finding and passes at every fail level;
     * reports say that it was not judged rather than that it passed.
     */
    public boolean judged() {
        return notApplicable.isEmpty() || !findings.isEmpty() || !met.isEmpty() || !nothingToCheck.isEmpty()
                || !waived.isEmpty() || !ruleErrors.isEmpty();
    }

    /** The outcome of the rule {@code ruleId} on the plan as a whole: the weightiest of its outcomes, if it ran. */
    public Optional<RuleOutcome> outcomeOf(String ruleId) {
        List<RuleOutcome> found = Stream.concat(
                        findings.stream().filter(finding -> finding.ruleId().equals(ruleId)).map(Finding::outcome),
                        waived.stream().filter(waiver -> waiver.finding().ruleId().equals(ruleId))
                                .map(waiver -> RuleOutcome.WAIVED))
                .toList();
        for (RuleOutcome outcome : List.of(RuleOutcome.NOT_MET, RuleOutcome.NOT_EVIDENCED, RuleOutcome.NOT_YET_DUE,
                RuleOutcome.WAIVED)) {
            if (found.contains(outcome)) {
                return Optional.of(outcome);
            }
        }
        if (met.stream().anyMatch(rule -> rule.rule().id().equals(ruleId))) {
            return Optional.of(RuleOutcome.MET);
        }
        if (nothingToCheck.stream().anyMatch(rule -> rule.rule().id().equals(ruleId))) {
            return Optional.of(RuleOutcome.NOTHING_TO_CHECK);
        }
        if (notApplicable.stream().anyMatch(rule -> rule.rule().id().equals(ruleId))) {
            return Optional.of(RuleOutcome.NOT_APPLICABLE);
        }
        return Optional.empty();
    }

    /**
     * Whether the plan has no finding that fails at {@code failOn}: one of that severity or weightier that the
     * document shows not met or, in a complete record, does not evidence; and no rule failed to check it.
     */
    public boolean passes(Severity failOn) {
        return passes(failOn, false);
    }

    /**
     * Whether the plan has no finding that fails at {@code failOn}, counting a duty not evidenced as failing in
     * every record when {@code notEvidencedFails}, and otherwise only in a complete record. A plan that a rule failed
     * to check ({@link #ruleErrors()}) never passes: the duty that rule checks was not judged.
     */
    public boolean passes(Severity failOn, boolean notEvidencedFails) {
        boolean evidenceRequired = notEvidencedFails || completeRecord;
        return ruleErrors.isEmpty() && findings.stream().noneMatch(finding -> finding.fails(failOn, evidenceRequired));
    }

    /** Whether the plan has no error. */
    public boolean passes() {
        return passes(Severity.ERROR);
    }

    /**
     * Whether {@code finding}, one of this report's, fails the check at {@code failLevel}: see
     * {@link Finding#fails(Severity, boolean)}, with a duty not evidenced failing only in a complete record.
     */
    public boolean failsAt(Finding finding, FailLevel failLevel) {
        return failLevel.severity().map(severity -> finding.fails(severity, completeRecord)).orElse(false);
    }

    /**
     * The verdict at {@code failLevel}: {@link Verdict#FAIL} on a finding that fails at that level or on a rule that
     * failed to check the plan; {@link FailLevel#NEVER} always passes.
     */
    public Verdict verdict(FailLevel failLevel) {
        return verdict(failLevel, false);
    }

    /**
     * The verdict at {@code failLevel}, counting a duty not evidenced as failing in every record when
     * {@code notEvidencedFails}; {@link FailLevel#NEVER} always passes.
     */
    public Verdict verdict(FailLevel failLevel, boolean notEvidencedFails) {
        return failLevel.severity().map(severity -> passes(severity, notEvidencedFails)).orElse(true)
                ? Verdict.PASS : Verdict.FAIL;
    }

    /**
     * The report as JSON, in the documented form of version {@value #REPORT_VERSION}.
     *
     * <p>The top-level object has {@code reportVersion}, {@code plan} ({@code id}, {@code title}, {@code source}),
     * {@code jurisdiction}, {@code asOf} (ISO date), {@code completeRecord} (whether the plan file is a complete
     * record of the plan), {@code judged} (whether any rule applied to the plan, see {@link #judged()}),
     * {@code packs}, {@code counts} ({@code ERROR}, {@code WARNING}, {@code INFO}: findings not
     * met or not evidenced), {@code verdict} (at the default fail level, ERROR), {@code findings} (each with {@code ruleId},
     * {@code severity}, {@code outcome} ({@code NOT_MET}, {@code NOT_EVIDENCED} or {@code NOT_YET_DUE}),
     * {@code title}, {@code message}, {@code citation} ({@code instrument}, {@code provision}, {@code url}),
     * {@code pointer}, {@code location} ({@code source}, {@code line}, {@code column}) or absent, {@code remedy},
     * {@code basis} ({@code LAW} or {@code LOCAL_STANDARD}: a local standard is never a statutory duty; read absent, as
     * in reports written before it, as {@code LAW}), {@code pack} (the rule's pack) or absent),
     * {@code passed} (ids of the rules met or with nothing to check), {@code met} ({@code ruleId}, {@code evidence}:
     * each {@code pointer} with its {@code location}), {@code nothingToCheck} ({@code ruleId}, {@code lookedFor}),
     * {@code notApplicable} ({@code ruleId}, {@code reason}) and {@code coverage} ({@code aim}, {@code provision},
     * {@code priorities}, {@code actions}, {@code measures}), {@code themes} ({@code theme}
     * ({@code EARLY_ACTION_AND_PREVENTION}, {@code INTEGRATION} or {@code USE_OF_RESOURCES}), {@code priorities},
     * {@code actions}, {@code services}, {@code measures}), {@code regimes} ({@code name}, {@code instrument},
     * {@code url}, {@code inForceFrom}, {@code inForceTo} or absent), {@code lawChanges} ({@code date},
     * {@code description}, {@code rulesStopping}, {@code rulesStarting}), {@code waived} (each a finding as in
     * {@code findings}, with {@code waiver}) and {@code waiverNotices} ({@code kind} {@code EXPIRED} or
     * {@code UNMATCHED}, {@code message}, {@code waiver}); a {@code waiver} has {@code ruleId}, {@code pointer},
     * {@code planId}, {@code justification}, {@code approvedBy}, {@code expires} (ISO date) and {@code location}.
     * {@code counts} and {@code verdict} never count waived findings. Absent values are omitted, never written as
     * {@code null}. Fields may be added within a version; none is removed or changes meaning. Version 2 added
     * {@code completeRecord}, {@code outcome}, {@code met} and {@code nothingToCheck}, and a verdict that does not
     * fail on a duty a partial record does not evidence.
     */
    public String toJson() {
        return ReportJson.write(this);
    }
}
