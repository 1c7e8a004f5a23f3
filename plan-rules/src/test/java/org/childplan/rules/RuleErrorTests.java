package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.TestPackFolders.TestRule;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that throws while it is applied fails alone: the other rules, the law's included, are applied, and the rule
 * is reported as an error of its pack, never as met. A council's rule also sees the facts every check has, such as
 * the coverage of the aims that the Scotland pack works out.
 */
class RuleErrorTests {

    @TempDir
    static Path folder;

    private static PlanChecker checker;

    @BeforeAll
    static void councilPack() throws IOException {
        Path location = TestPackFolders.pack("acme-throws")
                .rule(new TestRule("Reads the period", TestPackFolders.metadata("ACME-PERIOD"), "org.childplan.model.Plan",
                        "fact.period().start();"))
                .rule(TestRule.metOnPlan("ACME-SOUND"))
                .rule(new TestRule("Every aim is addressed", TestPackFolders.metadata("ACME-AIMS"),
                        "org.childplan.rules.AimCoverage",
                        "findings.notMetAt((org.kie.api.runtime.rule.RuleContext) drools, \"/priorities\","
                                + " \"seen the coverage of \" + fact.aim());"))
                .writeUnder(folder);
        List<RulePack> packs = RulePacks.load(List.of(location));
        checker = PlanChecker.builder().jurisdiction(Jurisdiction.SCOTLAND).pack(packs.get(0))
                .pack(RulePacks.forJurisdiction(Jurisdiction.SCOTLAND).get(0)).build();
    }

    @Test
    void aRuleThatThrowsIsReportedAsAnErrorOfItsPackAndTheOtherRulesAreStillApplied() {
        Plan withoutPeriod = TestPlans.patched("{period: null}");
        ComplianceReport report = checker.check(withoutPeriod, LocalDate.of(2025, 1, 1));

        assertThat(report.ruleErrors()).singleElement().satisfies(error -> {
            assertThat(error.rule().id()).isEqualTo("ACME-PERIOD");
            assertThat(error.rule().pack()).isEqualTo("acme-throws");
            assertThat(error.message()).startsWith("java.lang.NullPointerException");
            assertThat(error.describe()).startsWith("rule ACME-PERIOD of rule pack 'acme-throws' failed and was not"
                    + " applied: java.lang.NullPointerException");
        });
        assertThat(report.met()).extracting(met -> met.rule().id()).contains("ACME-SOUND").doesNotContain("ACME-PERIOD");
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("ACME-PERIOD")
                .anyMatch(id -> id.startsWith("SCO-"));
        assertThat(report.toJson()).contains("\"ruleErrors\"").contains("ACME-PERIOD");
    }

    @Test
    void aPlanThatARuleFailedToCheckNeverPassesExceptAtTheFailLevelNever() {
        ComplianceReport failed = checker.check(TestPlans.patched("{period: null}"), LocalDate.of(2025, 1, 1));
        ComplianceReport withoutTheError = new ComplianceReport(failed.planId(), failed.planTitle(), failed.source(),
                failed.jurisdiction(), failed.asOf(), failed.packs(), List.of(), failed.met(), failed.nothingToCheck(),
                failed.notApplicable(), failed.coverage(), failed.regimes(), failed.lawChanges(), List.of(), List.of(),
                failed.completeRecord(), failed.themes(), List.of());
        ComplianceReport onlyTheError = new ComplianceReport(failed.planId(), failed.planTitle(), failed.source(),
                failed.jurisdiction(), failed.asOf(), failed.packs(), List.of(), failed.met(), failed.nothingToCheck(),
                failed.notApplicable(), failed.coverage(), failed.regimes(), failed.lawChanges(), List.of(), List.of(),
                failed.completeRecord(), failed.themes(), failed.ruleErrors());

        assertThat(withoutTheError.verdict(FailLevel.INFO)).isEqualTo(Verdict.PASS);
        assertThat(onlyTheError.ruleErrors()).isNotEmpty();
        assertThat(onlyTheError.verdict(FailLevel.ERROR)).isEqualTo(Verdict.FAIL);
        assertThat(onlyTheError.passes()).isFalse();
        assertThat(onlyTheError.verdict(FailLevel.NEVER)).isEqualTo(Verdict.PASS);
        assertThat(onlyTheError.toJson()).contains("\"verdict\" : \"FAIL\"");
    }

    @Test
    void aCheckInWhichNoRuleFailsHasNoRuleErrorsAndItsJsonKeepsItsForm() {
        ComplianceReport report = checker.check(TestPlans.compliant());

        assertThat(report.ruleErrors()).isEmpty();
        assertThat(report.met()).extracting(met -> met.rule().id()).contains("ACME-PERIOD", "ACME-SOUND");
        assertThat(report.toJson()).doesNotContain("ruleErrors");
    }

    @Test
    void aCouncilsRuleOnTheCoverageOfTheAimsSeesTheCoverageTheScotlandPackWorksOut() {
        ComplianceReport report = checker.check(TestPlans.compliant());

        assertThat(report.coverage()).isNotEmpty();
        assertThat(report.findings()).filteredOn(finding -> finding.ruleId().equals("ACME-AIMS"))
                .isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.message()).startsWith("seen the coverage of "));
        assertThat(report.met()).extracting(met -> met.rule().id()).doesNotContain("ACME-AIMS");
    }
}
