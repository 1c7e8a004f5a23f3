package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.junit.jupiter.api.Test;

/** {@link PlanChecker.Builder#onlyRules}: a checker restricted to some rules runs and reports only those. */
class PlanCheckerOnlyRulesTests {

    private static final String GOVERNANCE = "SCO-PRACTICE-GOVERNANCE";
    private static final String PERIOD = "SCO-CYPSA-S8-THREE-YEAR-PERIOD";
    /** In force from 1 April 2020, so not applicable to the compliant plan checked as of 2017. */
    private static final String CHILDREN_ENGAGED = "SCO-SG2020-P4-CHILDREN-ENGAGED";
    private static final List<String> CHOSEN = List.of(GOVERNANCE, PERIOD, CHILDREN_ENGAGED);

    private static final PlanChecker EVERY_RULE = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
    private static final PlanChecker CHOSEN_RULES =
            PlanChecker.builder().jurisdiction(Jurisdiction.SCOTLAND).onlyRules(CHOSEN).build();

    @Test
    void aRestrictedCheckerListsOnlyTheChosenRulesInPackOrder() {
        assertThat(CHOSEN_RULES.rules()).extracting(RuleDescriptor::id)
                .containsExactly(PERIOD, GOVERNANCE, CHILDREN_ENGAGED);
        assertThat(CHOSEN_RULES.rules()).isEqualTo(EVERY_RULE.rules().stream()
                .filter(rule -> CHOSEN.contains(rule.id())).toList());
    }

    @Test
    void aRestrictedCheckerReportsEachChosenRuleOnceAndNoOtherRule() {
        Plan plan = TestPlans.patched("governance: null\nneedsAssessment: null");

        ComplianceReport report = CHOSEN_RULES.check(plan);

        List<String> accounted = new ArrayList<>();
        report.findings().forEach(finding -> accounted.add(finding.ruleId()));
        report.met().forEach(rule -> accounted.add(rule.rule().id()));
        report.nothingToCheck().forEach(rule -> accounted.add(rule.rule().id()));
        report.notApplicable().forEach(rule -> accounted.add(rule.rule().id()));
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(CHOSEN);
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly(GOVERNANCE);
        assertThat(report.met()).extracting(rule -> rule.rule().id()).containsExactly(PERIOD);
        assertThat(report.notApplicable()).extracting(rule -> rule.rule().id()).containsExactly(CHILDREN_ENGAGED);
        assertThat(EVERY_RULE.check(plan).findingsOf("SCO-SG2016-APPD-SHARED-NEEDS-ASSESSMENT"))
                .as("a rule left out that the whole pack finds").isNotEmpty();
    }

    @Test
    void aRestrictedCheckerFindsWhatTheWholePackFindsForTheChosenRules() {
        Plan plan = TestPlans.patched("governance: null\nperiod: {start: 2020-04-01, end: 2024-03-31}");
        LocalDate asOf = LocalDate.of(2021, 1, 1);

        ComplianceReport restricted = CHOSEN_RULES.check(plan, asOf);
        ComplianceReport whole = EVERY_RULE.check(plan, asOf);

        assertThat(restricted.findings()).isNotEmpty().isEqualTo(whole.findings().stream()
                .filter(finding -> CHOSEN.contains(finding.ruleId())).toList());
        assertThat(restricted.coverage()).isEqualTo(whole.coverage());
        assertThat(restricted.regimes()).isEqualTo(whole.regimes());
    }

    @Test
    void anIdThatNoRuleOfTheAppliedPacksHasIsRefusedByName() {
        PlanChecker.Builder builder = PlanChecker.builder().jurisdiction(Jurisdiction.SCOTLAND)
                .onlyRules(List.of(PERIOD, "SCO-NO-SUCH-RULE", "ENG-SI2005-2149-R3-PUBLICATION"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("onlyRules names rules that no pack applied has: ENG-SI2005-2149-R3-PUBLICATION, "
                        + "SCO-NO-SUCH-RULE (packs applied: scotland; PlanChecker.rules() lists their rules)");
    }

    @Test
    void anIdIsMatchedExactlyNotIgnoringCase() {
        PlanChecker.Builder builder = PlanChecker.builder().pack(new ScotlandRulePack())
                .onlyRules(Set.of(PERIOD.toLowerCase(java.util.Locale.ROOT)));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("onlyRules names a rule that no pack applied has: " + PERIOD.toLowerCase(
                        java.util.Locale.ROOT) + " (");
    }

    @Test
    void noRuleAtAllIsRefusedAsItWouldPassEveryPlan() {
        assertThatThrownBy(() -> PlanChecker.builder().onlyRules(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("onlyRules needs at least one rule id: a checker of no rule would pass every plan");
        assertThatThrownBy(() -> PlanChecker.builder().onlyRules(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PlanChecker.builder().onlyRules(Arrays.asList(PERIOD, null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLaterChoiceOfRulesReplacesAnEarlierOne() {
        PlanChecker checker = PlanChecker.builder().pack(new ScotlandRulePack())
                .onlyRules(List.of(GOVERNANCE))
                .onlyRules(List.of(PERIOD))
                .build();

        assertThat(checker.rules()).extracting(RuleDescriptor::id).containsExactly(PERIOD);
    }
}
