package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.childplan.model.Jurisdiction;
import org.junit.jupiter.api.Test;

class RulePacksTests {

    @Test
    void everyBuiltInPackIsFoundThroughTheServiceLoader() {
        assertThat(RulePacks.forJurisdiction(Jurisdiction.SCOTLAND)).extracting(pack -> pack.id()).containsExactly("scotland");
        assertThat(RulePacks.forJurisdiction(Jurisdiction.ENGLAND)).extracting(pack -> pack.id()).containsExactly("england");
        assertThat(RulePacks.forJurisdiction(Jurisdiction.WALES)).extracting(pack -> pack.id()).containsExactly("wales");
        assertThat(RulePacks.forJurisdiction(Jurisdiction.NORTHERN_IRELAND)).extracting(pack -> pack.id())
                .containsExactly("northern-ireland");
    }

    @Test
    void theCatalogueDescribesEveryRuleWithAUniqueIdACitationAndInForceDates() {
        assertThat(RulePacks.catalogue()).isNotEmpty()
                .extracting(RuleDescriptor::id).doesNotHaveDuplicates();
        for (org.childplan.rules.spi.RulePack pack : RulePacks.available()) {
            String prefix = switch (pack.jurisdiction()) {
                case SCOTLAND -> "SCO-";
                case ENGLAND -> "ENG-";
                case WALES -> "WAL-";
                case NORTHERN_IRELAND -> "NI-";
            };
            assertThat(RulePacks.catalogue(pack)).isNotEmpty().allSatisfy(rule -> {
                assertThat(rule.id()).startsWith(prefix).matches("[A-Z]+-[A-Z0-9-]+");
                assertThat(rule.citation().url()).startsWith("https://");
                assertThat(rule.pack()).isEqualTo(pack.id());
                assertThat(rule.jurisdiction()).isEqualTo(pack.jurisdiction());
            });
            assertThat(PlanChecker.builder().pack(pack).build().rules()).isEqualTo(RulePacks.catalogue(pack));
        }
        assertThat(RulePacks.catalogue(RulePacks.forJurisdiction(Jurisdiction.SCOTLAND).get(0)))
                .filteredOn(rule -> !rule.isComing())
                .allSatisfy(rule -> assertThat(rule.inForceFrom()).isAfterOrEqualTo(LocalDate.of(2016, 12, 23)));
    }

    @Test
    void everyDutyOfTheScottishActIsAnErrorAndEveryGuidanceExpectationAWarningOrInfo() {
        assertThat(RulePacks.catalogue(RulePacks.forJurisdiction(Jurisdiction.SCOTLAND).get(0))).allSatisfy(rule -> {
            // s8(1)-(2) late start, s59 (a corporate parent's own plan) and the UNCRC Act's s6 (a prohibition on
            // the authorities) are statutory duties a plan can only evidence in part: warnings. s8 sets no day by
            // which a plan must be in place, so a plan in place late is practice.
            // A rule whose source is not fully read is never more than INFO, whatever its source's words.
            // The national reviews' criteria (SCO-REVIEW...) restate guidance or describe practice.
            if (rule.citation().provision().contains("UNVERIFIED")) {
                assertThat(rule.severity()).isEqualTo(Severity.INFO);
            } else if (rule.id().startsWith("SCO-CYPSA-S96") || rule.id().startsWith("SCO-SG") || rule.id().startsWith("SCO-PRACTICE")
                    || rule.id().startsWith("SCO-REVIEW")
                    || rule.id().equals("SCO-UNCRC2024-S6-CHILDRENS-RIGHTS")
                    // The UNCRC Act's s18 binds the authorities to publish their own report; linking it is practice.
                    || rule.id().equals("SCO-UNCRC2024-S18-RIGHTS-REPORT-LINK")
                    || rule.id().equals("SCO-CYPSA-S8-IN-PLACE-AT-PERIOD-START")
                    || rule.id().equals("SCO-CYPSA-S8-LATE-START") || rule.id().equals("SCO-CYPSA-S59-CORPORATE-PARENTING-PLAN")) {
                assertThat(rule.severity()).isIn(Severity.WARNING, Severity.INFO);
            } else {
                assertThat(rule.severity()).isEqualTo(Severity.ERROR);
            }
        });
    }
}
