package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * A plan no rule applies to (its kind of document, or the date, lies outside the law the packs hold) is not judged:
 * it has no finding, yet nothing in its report may read as the law having been applied to it.
 */
class NotJudgedTests {

    private static final PlanChecker CHECKER = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);

    @Test
    void aScottishPlanCheckedBeforePartThreeOfTheActBoundAnyPlanIsNotJudged() {
        ComplianceReport report = CHECKER.check(TestPlans.compliant(), LocalDate.of(2014, 4, 1));

        assertThat(report.met()).isEmpty();
        assertThat(report.findings()).isEmpty();
        assertThat(report.notApplicable()).hasSize(CHECKER.rules().size());
        assertThat(report.judged()).isFalse();
        assertThat(report.toJson()).contains("\"judged\" : false");
    }

    @Test
    void aDocumentOfAKindNoRuleGovernsIsNotJudged() {
        Plan safeguardingReport = TestPlans.patched("kind: SAFEGUARDING_REPORT");

        ComplianceReport report = CHECKER.check(safeguardingReport, LocalDate.of(2018, 4, 1));

        assertThat(report.judged()).isFalse();
        assertThat(report.passes()).isTrue();
    }

    @Test
    void aPlanSomeRuleAppliesToIsJudgedWhetherItMeetsTheRuleOrNot() {
        ComplianceReport compliant = CHECKER.check(TestPlans.compliant(), LocalDate.of(2018, 4, 1));
        ComplianceReport withoutVision = CHECKER.check(TestPlans.patched("vision: null"), LocalDate.of(2018, 4, 1));

        assertThat(compliant.judged()).isTrue();
        assertThat(compliant.met()).isNotEmpty();
        assertThat(compliant.toJson()).contains("\"judged\" : true");
        assertThat(withoutVision.judged()).isTrue();
        assertThat(withoutVision.findings()).isNotEmpty();
    }

    @Test
    void aPlanWhoseOnlyOutcomeIsNothingToCheckIsJudged() {
        ComplianceReport report = CHECKER.check(TestPlans.compliant(), LocalDate.of(2018, 4, 1));
        ComplianceReport nothingElse = new ComplianceReport(report.planId(), report.planTitle(), report.source(),
                report.jurisdiction(), report.asOf(), report.packs(), List.of(), List.of(),
                report.nothingToCheck(), report.notApplicable(), report.coverage(), report.regimes(),
                report.lawChanges(), List.of(), List.of(), report.completeRecord(), report.themes(),
                List.of());

        assertThat(report.nothingToCheck()).isNotEmpty();
        assertThat(nothingElse.judged()).isTrue();
    }
}
