package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.rules.testkit.ComplianceReportAssert.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.junit.jupiter.api.Test;

/** Welsh and Northern Irish law at a point in time. */
class WalesAndNorthernIrelandRegimesTests {

    private static final PlanChecker WALES = PlanChecker.forJurisdiction(Jurisdiction.WALES);
    private static final PlanChecker NORTHERN_IRELAND = PlanChecker.forJurisdiction(Jurisdiction.NORTHERN_IRELAND);

    @Test
    void aWelshPlanFor2014To2017IsToldThatThe2014ActReplacedThe2007RegulationsWithinItsPeriod() throws Exception {
        Plan plan = TestPlans.patched("/org/childplan/rules/wales/compliant-2011.yaml",
                new YAMLMapper().readTree("period: {start: 2014-04-01, end: 2017-03-31}"));

        ComplianceReport report = WALES.check(plan);

        assertThat(report.regimes()).extracting(Regime::instrument)
                .containsExactly("Children and Young People's Plan (Wales) Regulations 2007, SI 2007/2316 (W.187)");
        assertThat(report.lawChanges()).hasSize(2);
        assertThat(report.lawChanges().get(0)).satisfies(change -> {
            assertThat(change.date()).isEqualTo(LocalDate.of(2016, 4, 1));
            assertThat(change.rulesStopping()).contains("WAL-SI2007-2316-R3-PUBLICATION", "WAL-SI2007-2316-R7-2D-SCHOOLS");
            assertThat(change.rulesStarting()).isEmpty();
            assertThat(change.description()).contains("the regime of the Children and Young People's Plan (Children Act 2004, s26) ended");
        });
        assertThat(report.lawChanges().get(1)).satisfies(change -> {
            assertThat(change.date()).isEqualTo(LocalDate.of(2016, 4, 6));
            assertThat(change.rulesStopping()).isEmpty();
            assertThat(change.rulesStarting()).containsExactlyInAnyOrder(
                    "WAL-SSWBA2014-S14-POPULATION-ASSESSMENT", "WAL-SSWBA2014-S14A-AREA-PLAN-PUBLISHED",
                    "WAL-SSWBA2014-S14A-2A-SERVICES", "WAL-SSWBA2014-S14A-2B-PREVENTATIVE-SERVICES",
                    "WAL-SSWBA2014-S14A-2C-HEALTH-BOARD-PREVENTION", "WAL-SSWBA2014-S14A-2D-HOW-PROVIDED",
                    "WAL-SSWBA2014-S14A-2D-WELSH-MEDIUM", "WAL-SSWBA2014-S14A-2E-OTHER-ACTION",
                    "WAL-SSWBA2014-S14A-2F-JOINT-ACTION", "WAL-SSWBA2014-S14A-2G-RESOURCES",
                    "WAL-SSWBA2014-S15-THEME-EARLY-ACTION", "WAL-SSWBA2014-S15-6-THEME-RESOURCES",
                    "WAL-SSWBA2014-S7-2-UNCRC", "WAL-CA2004-S25-RELEVANT-PARTNERS");
            assertThat(change.description()).contains("the regime of the population assessment and area plan");
        });
        assertThat(WALES.check(plan, LocalDate.of(2016, 4, 3)).regimes()).isEmpty();
        assertThat(WALES.check(plan, LocalDate.of(2016, 4, 6)))
                .hasNotApplicable("WAL-SI2007-2316-R3-PUBLICATION", "in force until 2016-03-31")
                .hasFinding("WAL-SSWBA2014-S14-POPULATION-ASSESSMENT");
    }

    @Test
    void aNorthernIrishPlanThatIsNotTheChildrenOrdersPlanIsJudgedByTheCooperationActAloneSoItGetsAdviceOnly() throws Exception {
        Plan bare = TestPlans.patched("/org/childplan/rules/northernireland/compliant-plan.yaml",
                new YAMLMapper().readTree("{priorities: null, childrensRights: null, linkedPlans: null}"));

        ComplianceReport report = NORTHERN_IRELAND.check(bare);

        assertThat(report.regimes()).extracting(Regime::name).hasSize(2)
                .anySatisfy(name -> assertThat(name).startsWith("co-operation to improve the well-being"))
                .anySatisfy(name -> assertThat(name).startsWith("the Regional Health and Social Care Board's"));
        assertThat(report.findings()).isNotEmpty().extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(report.findingsOf("NI-CSCA2015-S1-WELL-BEING")).hasSize(8);
    }
}
