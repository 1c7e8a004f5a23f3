package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childplan.rules.testkit.ComplianceReportAssert.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.junit.jupiter.api.Test;

/** The engine runs a rule only over the kinds of document it governs, and says why it did not run over others. */
class DocumentKindsTests {

    private static final PlanChecker SCOTLAND = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
    private static final PlanChecker ENGLAND = PlanChecker.forJurisdiction(Jurisdiction.ENGLAND);
    private static final String JOINT_PREPARATION = "SCO-CYPSA-S8-JOINT-PREPARATION";
    private static final String ALONE = "bodies: [{id: council, name: Testshire Council, type: LOCAL_AUTHORITY, role: LEAD}]";

    @Test
    void aRuleOnTheStatutoryPlanDoesNotRunOverAServiceRedesignAndTheReportSaysWhy() {
        Plan redesign = PlanBuilder.from(TestPlans.patched(ALONE)).withKind(DocumentKind.SERVICE_REDESIGN);

        assertThat(SCOTLAND.check(redesign)).hasNoFinding(JOINT_PREPARATION).hasNotApplicable(JOINT_PREPARATION,
                "governs a children's services plan, a Children and Young People's Plan or a revised plan; "
                        + "this document is a service redesign");
    }

    @Test
    void aRuleOnTheStatutoryPlanRunsOverEachKindItGoverns() {
        for (DocumentKind kind : Set.of(DocumentKind.CHILDRENS_SERVICES_PLAN, DocumentKind.REVISED_PLAN)) {
            Plan plan = PlanBuilder.from(TestPlans.patched(ALONE)).withKind(kind);
            assertThat(SCOTLAND.check(plan)).as("%s", kind).hasFinding(JOINT_PREPARATION);
        }
    }

    @Test
    void aPlanThatDoesNotSayWhatKindOfDocumentItIsIsJudgedAsTheStatutoryPlan() {
        Plan noKind = PlanBuilder.from(TestPlans.patched(ALONE)).withKind(null);

        ComplianceReport report = SCOTLAND.check(noKind);

        assertThat(report).hasFinding(JOINT_PREPARATION);
        assertThat(report.notApplicable()).extracting(NotApplicableRule::reason).allSatisfy(reason ->
                assertThat(reason).matches("(in force |not yet in force: ).*"));
    }

    @Test
    void aDutyThatBindsThePartnersWhateverTheyWriteStillRunsOverAServiceRedesign() {
        Plan redesign = PlanBuilder.from(TestPlans.patched("/org/childplan/rules/england/compliant-2024.yaml",
                TestPlans.readTree(ALONE))).withKind(DocumentKind.SERVICE_REDESIGN);

        ComplianceReport report = ENGLAND.check(redesign);

        assertThat(report).hasFinding("ENG-CA2004-S10-RELEVANT-PARTNERS")
                .hasNotApplicable("ENG-CA2004-S10-2-OUTCOMES", "governs a children's services plan, a Children and "
                        + "Young People's Plan or a revised plan; this document is a service redesign");
    }

    @Test
    void aRuleNotInForceIsReportedAsSuchEvenWhenItAlsoDoesNotGovernTheKind() {
        Plan redesign = PlanBuilder.from(TestPlans.compliant()).withKind(DocumentKind.SERVICE_REDESIGN);

        assertThat(SCOTLAND.check(redesign, LocalDate.of(2017, 3, 31)))
                .hasNotApplicable(JOINT_PREPARATION, "in force from 2017-04-01");
    }

    @Test
    void theCatalogueNamesTheKindsOfDocumentEachRuleGoverns() {
        RuleDescriptor jointPreparation = rule(SCOTLAND, JOINT_PREPARATION);
        RuleDescriptor safeguarding = rule(ENGLAND, "ENG-CA2004-S11-SAFEGUARDING");
        RuleDescriptor areaPlan = rule(PlanChecker.forJurisdiction(Jurisdiction.WALES), "WAL-SSWBA2014-S14A-AREA-PLAN-PUBLISHED");

        assertThat(jointPreparation.documentKinds()).containsExactly(DocumentKind.CHILDRENS_SERVICES_PLAN,
                DocumentKind.CHILDREN_AND_YOUNG_PEOPLES_PLAN, DocumentKind.REVISED_PLAN);
        assertThat(safeguarding.documentKinds()).containsExactlyElementsOf(EnumSet.allOf(DocumentKind.class));
        assertThat(areaPlan.documentKinds()).containsExactly(DocumentKind.AREA_PLAN);
        assertThat(areaPlan.governs(DocumentKind.AREA_PLAN)).isTrue();
        assertThat(areaPlan.governs(DocumentKind.CHILDREN_AND_YOUNG_PEOPLES_PLAN)).isFalse();
        assertThat(areaPlan.governs(null)).isTrue();
    }

    @Test
    void aRuleMustGovernSomeKindOfDocumentAndItsKindsCannotBeChangedAfterwards() {
        RuleDescriptor rule = rule(SCOTLAND, JOINT_PREPARATION);
        assertThatThrownBy(() -> new RuleDescriptor(rule.id(), rule.title(), rule.severity(), rule.citation(),
                rule.inForceFrom(), rule.inForceTo(), rule.remedy(), rule.jurisdiction(), rule.pack(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(JOINT_PREPARATION + ": governs no kind of document");
        assertThatThrownBy(() -> rule.documentKinds().add(DocumentKind.STRATEGY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static RuleDescriptor rule(PlanChecker checker, String id) {
        return checker.rules().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
    }
}
