package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.junit.jupiter.api.Test;

/** Law that is enacted but not yet in force: never applied, always listed. */
class ComingLawTests {

    private static final String IJB_RULE = "SCO-CCCESPSA2026-S60-INTEGRATION-JOINT-BOARD";
    private static final PlanChecker SCOTLAND = PlanChecker.builder().pack(new ScotlandRulePack()).build();

    private static Plan withIntegrationJointBoardAsPartner() {
        return TestPlans.patched("""
                bodies:
                  - {id: council, name: Testshire Council, type: LOCAL_AUTHORITY, role: LEAD}
                  - {id: nhs, name: NHS Testshire, type: HEALTH_BOARD, role: JOINT_PREPARER}
                  - {id: ijb, name: Testshire Integration Joint Board, type: INTEGRATION_AUTHORITY, role: PARTNER}
                """);
    }

    @Test
    void aDescriptorOfComingLawHasNoFirstDayAndIsInForceOnNoDay() {
        RuleDescriptor rule = new RuleDescriptor("SCO-X", "A coming duty", Severity.ERROR,
                new Citation("An Act 2026", "s1", "https://www.legislation.gov.uk/"), null, null, "Do it.",
                Jurisdiction.SCOTLAND, "scotland", EnumSet.allOf(DocumentKind.class), RuleBasis.LAW,
                "on a day appointed by regulations");
        assertThat(rule.isComing()).isTrue();
        assertThat(rule.isInForceOn(LocalDate.of(2999, 1, 1))).isFalse();
        assertThat(rule.notInForceReason(LocalDate.of(2999, 1, 1)))
                .contains("not yet in force: on a day appointed by regulations");
        assertThat(rule.inForceInWords()).isEqualTo("not yet in force: on a day appointed by regulations");
    }

    @Test
    void aDescriptorWithNeitherAFirstDayNorACommencementIsRefused() {
        assertThatThrownBy(() -> new RuleDescriptor("SCO-X", "A duty", Severity.ERROR,
                new Citation("An Act 2026", "s1", "https://www.legislation.gov.uk/"), null, null, "Do it.",
                Jurisdiction.SCOTLAND, "scotland", EnumSet.allOf(DocumentKind.class), RuleBasis.LAW, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("inForceFrom");
    }

    @Test
    void comingLawIsNotAppliedButListedInTheReportWithHowItWillComeIntoForce() {
        ComplianceReport report = SCOTLAND.check(withIntegrationJointBoardAsPartner(), LocalDate.of(2026, 12, 3));
        assertThat(report.findingsOf(IJB_RULE)).isEmpty();
        assertThat(report.outcomeOf(IJB_RULE)).contains(RuleOutcome.NOT_APPLICABLE);
        assertThat(report.comingLaw()).extracting(RuleDescriptor::id).containsExactly(IJB_RULE);
        assertThat(report.notApplicable()).filteredOn(rule -> rule.rule().id().equals(IJB_RULE)).singleElement()
                .satisfies(rule -> assertThat(rule.reason()).startsWith("not yet in force: prospective"));
    }

    @Test
    void comingLawIsListedOnlyForTheKindsOfDocumentItWillGovern() {
        Plan redesign = TestPlans.patched("kind: SERVICE_REDESIGN");
        ComplianceReport report = SCOTLAND.check(redesign, LocalDate.of(2026, 12, 3));
        assertThat(report.comingLaw()).isEmpty();
        assertThat(report.notApplicable()).filteredOn(rule -> rule.rule().id().equals(IJB_RULE)).singleElement()
                .satisfies(rule -> assertThat(rule.reason()).startsWith("governs "));
    }

    @Test
    void comingLawMakesNoChangeInTheLawWithinAPlansPeriod() {
        ComplianceReport report = SCOTLAND.check(withIntegrationJointBoardAsPartner());
        assertThat(report.lawChanges()).flatExtracting(LawChange::rulesStarting).doesNotContain(IJB_RULE);
    }

    @Test
    void aPreviewAppliesComingLawFromTheDayGivenAndSaysItWasPreviewed() {
        PlanChecker preview = PlanChecker.builder().pack(new ScotlandRulePack())
                .previewComingLawFrom(LocalDate.of(2027, 4, 1)).build();
        Plan plan = withIntegrationJointBoardAsPartner();
        assertThat(preview.check(plan, LocalDate.of(2027, 3, 31)).findingsOf(IJB_RULE)).isEmpty();
        ComplianceReport report = preview.check(plan, LocalDate.of(2027, 4, 1));
        assertThat(report.findingsOf(IJB_RULE)).singleElement().satisfies(finding -> {
            assertThat(finding.outcome()).isEqualTo(RuleOutcome.NOT_EVIDENCED);
            assertThat(finding.pointer()).isEqualTo("/bodies");
            assertThat(finding.message()).contains("Testshire Integration Joint Board");
        });
        assertThat(report.comingLaw()).isEmpty();
        RuleDescriptor previewed = preview.rules().stream().filter(rule -> rule.id().equals(IJB_RULE)).findFirst()
                .orElseThrow();
        assertThat(previewed.commencementNote().orElseThrow()).startsWith("previewed as in force from 2027-04-01; ");
    }

    @Test
    void aPreviewLeavesTheRulesInForceAsTheyAre() {
        PlanChecker preview = PlanChecker.builder().pack(new ScotlandRulePack())
                .previewComingLawFrom(LocalDate.of(2027, 4, 1)).build();
        List<RuleDescriptor> inForce = SCOTLAND.rules().stream().filter(rule -> !rule.isComing()).toList();
        assertThat(preview.rules()).containsAll(inForce);
    }

    @Test
    void aPreviewNeedsADay() {
        assertThatThrownBy(() -> PlanChecker.builder().previewComingLawFrom(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
    }
}
