package org.childplan.examples.localpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.childplan.model.Plan;
import org.childplan.model.io.PlanDocuments;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleBasis;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.testkit.ComplianceReportAssert;
import org.childplan.rules.testkit.RuleCases;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GlenmorePrioritiesPackTests {

    @TestFactory
    Stream<DynamicNode> theCouncilsCasesPass() {
        return RuleCases.forPack(new GlenmorePrioritiesPack()).tests();
    }

    @Test
    void thePackIsFoundOnTheClassPathBesideTheBuiltInPacks() {
        assertThat(RulePacks.available()).extracting(pack -> pack.id()).contains("glenmore", "scotland");
    }

    @Test
    void itsRuleRestsOnTheCouncilsStandardNotOnTheLaw() {
        assertThat(RulePacks.catalogue(new GlenmorePrioritiesPack())).singleElement().satisfies(rule -> {
            assertThat(rule.basis()).isEqualTo(RuleBasis.LOCAL_STANDARD);
            assertThat(rule.isLocalStandard()).isTrue();
        });
        assertThat(RulePacks.catalogue(RulePacks.forJurisdiction(org.childplan.model.Jurisdiction.SCOTLAND).stream()
                .filter(pack -> pack.id().equals("scotland")).findFirst().orElseThrow()))
                .extracting(RuleDescriptor::basis).containsOnly(RuleBasis.LAW);
    }

    @Test
    void aPlanIsCheckedAgainstTheCouncilsPackThroughTheJavaApi() throws Exception {
        Plan plan = PlanDocuments.read("""
                id: glenmore-draft
                title: Glenmore draft plan
                area: Glenmore
                jurisdiction: SCOTLAND
                status: DRAFT
                period: {start: 2024-04-01, end: 2027-03-31}
                priorities:
                  - {id: P1, title: Children grow up safe}
                """, "draft.yaml").plan();
        ComplianceReport report = PlanChecker.builder().pack(new GlenmorePrioritiesPack()).build().check(plan);
        ComplianceReportAssert.assertThat(report).hasFindingAt("GLENMORE-PRIORITY-MEASURED", "/priorities/0");
        assertThat(report.findings()).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.message()).isEqualTo("The priority 'Children grow up safe' has no measure with a target");
                    assertThat(finding.isLocalStandard()).as("a local standard, never a statutory duty").isTrue();
                    assertThat(finding.basis()).isEqualTo(RuleBasis.LOCAL_STANDARD);
                    assertThat(finding.pack()).isEqualTo("glenmore");
                });
    }
}
