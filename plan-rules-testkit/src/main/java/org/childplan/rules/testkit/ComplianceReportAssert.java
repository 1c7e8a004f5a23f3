package org.childplan.rules.testkit;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Finding;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;

/**
 * AssertJ assertions on a {@link ComplianceReport}.
 *
 * <p>Each assertion returns the assertion itself, so that several chain:
 * {@code assertThat(report).hasFinding("SCO-CYPSA-S8-PERIOD").hasPassed("SCO-CYPSA-S9-AIMS")}. A failure message says
 * what was expected, what was found (every finding, with its severity, rule, JSON Pointer and message), and how the
 * rule in question stands instead (passed, not applicable and why, not in the applied packs).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ComplianceReportAssert extends AbstractAssert<ComplianceReportAssert, ComplianceReport> {

    /** An assertion on {@code actual}; use {@link #assertThat(ComplianceReport)}. */
    protected ComplianceReportAssert(ComplianceReport actual) {
        super(actual, ComplianceReportAssert.class);
    }

    /** Entry point: {@code assertThat(report).hasFinding("SCO-...")}. */
    public static ComplianceReportAssert assertThat(ComplianceReport actual) {
        return new ComplianceReportAssert(actual);
    }

    /** The findings by {@code ruleId} that say the rule is not met or not evidenced (not those not yet due). */
    private List<Finding> shortfallsOf(String ruleId) {
        return actual.findingsOf(ruleId).stream().filter(finding -> finding.outcome() != RuleOutcome.NOT_YET_DUE).toList();
    }

    private List<Finding> shortfalls() {
        return actual.findings().stream().filter(finding -> finding.outcome() != RuleOutcome.NOT_YET_DUE).toList();
    }

    /** Asserts that the rule {@code ruleId} has a finding that it is not met or not evidenced. */
    public ComplianceReportAssert hasFinding(String ruleId) {
        isNotNull();
        if (shortfallsOf(ruleId).isEmpty()) {
            failWithMessage("%nExpecting plan '%s' (as of %s) to have a finding by%n  %s%n"
                    + "but its findings (duties not yet due aside) were:%n  %s%nand the rule %s",
                    actual.planId(), actual.asOf(), ruleId, describe(shortfalls()), statusOf(ruleId));
        }
        return this;
    }

    /** Asserts that the rule {@code ruleId} has a finding at the JSON Pointer {@code pointer} of the plan. */
    public ComplianceReportAssert hasFindingAt(String ruleId, String pointer) {
        hasFinding(ruleId);
        List<String> pointers = shortfallsOf(ruleId).stream().map(Finding::pointer).toList();
        if (!pointers.contains(pointer)) {
            failWithMessage("%nExpecting a finding by%n  %s%nat%n  \"%s\"%nbut it was found only at%n  %s",
                    ruleId, pointer, pointers);
        }
        return this;
    }

    /** Asserts that the rule {@code ruleId} has no finding that it is not met or not evidenced. */
    public ComplianceReportAssert hasNoFinding(String ruleId) {
        isNotNull();
        List<Finding> findings = shortfallsOf(ruleId);
        if (!findings.isEmpty()) {
            failWithMessage("%nExpecting plan '%s' (as of %s) to have no finding by%n  %s%nbut it had:%n  %s",
                    actual.planId(), actual.asOf(), ruleId, describe(findings));
        }
        return this;
    }

    /** Asserts that the rule {@code ruleId} applied to the plan and found nothing wrong. */
    public ComplianceReportAssert hasPassed(String ruleId) {
        isNotNull();
        if (actual.passed().stream().noneMatch(rule -> rule.id().equals(ruleId))) {
            failWithMessage("%nExpecting rule%n  %s%nto have passed for plan '%s' (as of %s)%nbut the rule %s",
                    ruleId, actual.planId(), actual.asOf(), statusOf(ruleId));
        }
        return this;
    }

    /** Asserts that the rule {@code ruleId} did not apply, for {@code reason} (for example {@code in force from 2017-04-01}). */
    public ComplianceReportAssert hasNotApplicable(String ruleId, String reason) {
        isNotNull();
        List<NotApplicableRule> matching = actual.notApplicable().stream()
                .filter(rule -> rule.rule().id().equals(ruleId))
                .toList();
        if (matching.isEmpty() || !matching.get(0).reason().equals(reason)) {
            failWithMessage("%nExpecting rule%n  %s%nto be not applicable as of %s because%n  \"%s\"%nbut the rule %s",
                    ruleId, actual.asOf(), reason, statusOf(ruleId));
        }
        return this;
    }

    /** Asserts that the report has {@code expected} findings of {@code severity}. */
    public ComplianceReportAssert hasCount(Severity severity, int expected) {
        isNotNull();
        int count = actual.count(severity);
        if (count != expected) {
            failWithMessage("%nExpecting %d findings of severity %s%nbut found %d:%n  %s",
                    expected, severity, count, describe(actual.findings()));
        }
        return this;
    }

    /** Asserts that no rule has a finding that it is not met or not evidenced (duties not yet due may remain). */
    public ComplianceReportAssert hasNoFindings() {
        isNotNull();
        if (!shortfalls().isEmpty()) {
            failWithMessage("%nExpecting plan '%s' (as of %s) to have no findings%nbut it had %d:%n  %s",
                    actual.planId(), actual.asOf(), shortfalls().size(), describe(shortfalls()));
        }
        return this;
    }

    /** Asserts that the outcome of the rule {@code ruleId} on the plan as a whole is {@code expected}. */
    public ComplianceReportAssert hasOutcome(String ruleId, RuleOutcome expected) {
        isNotNull();
        RuleOutcome outcome = actual.outcomeOf(ruleId).orElse(null);
        if (outcome != expected) {
            failWithMessage("%nExpecting rule%n  %s%nto be %s for plan '%s' (as of %s)%nbut it was %s; the rule %s",
                    ruleId, expected.words(), actual.planId(), actual.asOf(),
                    outcome == null ? "not applied" : outcome.words(), statusOf(ruleId));
        }
        return this;
    }

    /** Asserts that the rule {@code ruleId} is met and names at least one element of the plan as its evidence. */
    public ComplianceReportAssert hasEvidence(String ruleId) {
        hasOutcome(ruleId, RuleOutcome.MET);
        boolean named = actual.met().stream()
                .anyMatch(rule -> rule.rule().id().equals(ruleId) && !rule.evidence().isEmpty());
        if (!named) {
            failWithMessage("%nExpecting rule%n  %s%nto name its evidence for plan '%s'%nbut it is met without naming any",
                    ruleId, actual.planId());
        }
        return this;
    }

    /** Asserts that the plan passes when the run fails at {@code failLevel}. */
    public ComplianceReportAssert passes(FailLevel failLevel) {
        isNotNull();
        if (actual.verdict(failLevel) != Verdict.PASS) {
            failWithMessage("%nExpecting plan '%s' to pass at fail level %s%nbut it fails on:%n  %s", actual.planId(),
                    failLevel, describe(actual.findings().stream()
                            .filter(finding -> failLevel.severity().map(finding.severity()::isAtLeast).orElse(false))
                            .toList()));
        }
        return this;
    }

    /** Asserts that the plan fails when the run fails at {@code failLevel}. */
    public ComplianceReportAssert fails(FailLevel failLevel) {
        isNotNull();
        if (actual.verdict(failLevel) != Verdict.FAIL) {
            failWithMessage("%nExpecting plan '%s' to fail at fail level %s%nbut it passes with findings:%n  %s",
                    actual.planId(), failLevel, describe(actual.findings()));
        }
        return this;
    }

    private String statusOf(String ruleId) {
        if (actual.passed().stream().anyMatch(rule -> rule.id().equals(ruleId))) {
            return "passed";
        }
        return actual.notApplicable().stream()
                .filter(rule -> rule.rule().id().equals(ruleId))
                .map(rule -> "was not applicable: " + rule.reason())
                .findFirst()
                .orElse(actual.findingsOf(ruleId).isEmpty() ? "is not in the applied packs" : "has findings");
    }

    private static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "(none)";
        }
        return findings.stream()
                .map(finding -> finding.severity() + " " + finding.ruleId() + " at \"" + finding.pointer() + "\": " + finding.message())
                .collect(Collectors.joining(System.lineSeparator() + "  "));
    }
}
