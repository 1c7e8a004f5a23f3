package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.childplan.model.Jurisdiction;
import org.junit.jupiter.api.Test;

class RulePacksTests {

    @Test
    void theScotlandPackIsFoundThroughTheServiceLoader() {
        assertThat(RulePacks.forJurisdiction(Jurisdiction.SCOTLAND)).extracting(pack -> pack.id()).containsExactly("scotland");
    }

    @Test
    void theCatalogueDescribesEveryRuleWithAUniqueIdACitationAndInForceDates() {
        assertThat(RulePacks.catalogue()).isNotEmpty()
                .extracting(RuleDescriptor::id).doesNotHaveDuplicates();
        assertThat(RulePacks.catalogue()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("SCO-[A-Z0-9-]+");
            assertThat(rule.citation().url()).startsWith("https://www.");
            assertThat(rule.inForceFrom()).isAfterOrEqualTo(LocalDate.of(2016, 12, 23));
            assertThat(rule.pack()).isEqualTo("scotland");
            assertThat(rule.jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        });
        assertThat(PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND).rules()).isEqualTo(RulePacks.catalogue());
    }

    @Test
    void everyDutyOfTheActIsAnErrorAndEveryGuidanceExpectationAWarningOrInfo() {
        assertThat(RulePacks.catalogue()).allSatisfy(rule -> {
            if (rule.id().startsWith("SCO-CYPSA-S96") || rule.id().startsWith("SCO-SG") || rule.id().startsWith("SCO-PRACTICE")) {
                assertThat(rule.severity()).isIn(Severity.WARNING, Severity.INFO);
            } else {
                assertThat(rule.severity()).isEqualTo(Severity.ERROR);
            }
        });
    }
}
