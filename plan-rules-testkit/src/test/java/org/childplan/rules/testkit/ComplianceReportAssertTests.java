package org.childplan.rules.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childplan.rules.testkit.ComplianceReportAssert.assertThat;

import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.TestPlans;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.junit.jupiter.api.Test;

class ComplianceReportAssertTests {

    private static final PlanChecker SCOTLAND = PlanChecker.builder().pack(new ScotlandRulePack()).build();
    private static final ComplianceReport COMPLIANT = SCOTLAND.check(TestPlans.compliant());
    private static final String GOVERNANCE = "SCO-PRACTICE-GOVERNANCE";
    private static final ComplianceReport WITHOUT_GOVERNANCE = SCOTLAND.check(TestPlans.patched("governance: null"));

    @Test
    void assertionsOnAReportChain() {
        String rule = COMPLIANT.passed().get(0).id();
        assertThat(COMPLIANT).hasNoFindings().hasPassed(rule).hasNoFinding(rule).hasOutcome(rule, RuleOutcome.MET);
    }

    @Test
    void aMissingFindingSaysWhatWasExpectedWhatWasFoundAndHowTheRuleStands() {
        String rule = COMPLIANT.passed().get(0).id();
        assertThatThrownBy(() -> assertThat(COMPLIANT).hasFinding(rule))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a finding by")
                .hasMessageContaining(rule)
                .hasMessageContaining("but its findings (duties not yet due aside) were:")
                .hasMessageContaining("(none)")
                .hasMessageContaining("and the rule passed");
    }

    @Test
    void anUnexpectedFindingIsShownWithItsSeverityPointerAndMessage() {
        assertThatThrownBy(() -> assertThat(WITHOUT_GOVERNANCE).hasNoFinding(GOVERNANCE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have no finding by")
                .hasMessageContaining("but it had:")
                .hasMessageContaining("INFO " + GOVERNANCE + " at \"/governance\": ");
    }

    @Test
    void aFindingElsewhereNamesThePointersWhereItWasFound() {
        assertThat(WITHOUT_GOVERNANCE).hasFindingAt(GOVERNANCE, "/governance");
        assertThatThrownBy(() -> assertThat(WITHOUT_GOVERNANCE).hasFindingAt(GOVERNANCE, "/nowhere"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("\"/nowhere\"")
                .hasMessageContaining("but it was found only at")
                .hasMessageContaining("[/governance]");
    }

    @Test
    void aRuleOutsideTheAppliedPacksIsSaidToBeSo() {
        assertThatThrownBy(() -> assertThat(COMPLIANT).hasPassed("ACME-NO-SUCH-RULE"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ACME-NO-SUCH-RULE")
                .hasMessageContaining("is not in the applied packs");
    }
}
