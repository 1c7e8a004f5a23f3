package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages and reference pages are the same whatever the default locale: Turkish lower-cases I to a dotless ı. */
class DefaultLocaleTests {

    private Locale saved;

    @BeforeEach
    void useTurkish() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void aPublishedPlanWhosePublicationIsNotRecordedIsSaidToBePublishedInEveryLocale() {
        Plan plan = TestPlans.patched("{status: PUBLISHED, publication: null}");

        ComplianceReport report = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND).check(plan);

        assertThat(report.findingsOf("SCO-CYPSA-S10-PUBLICATION")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).startsWith("The plan is published but"));
    }

    @Test
    void theRuleReferenceLinksEachRuleToItsAnchorInEveryLocale() {
        for (org.childplan.rules.spi.RulePack pack : RulePacks.available()) {
            String page = org.childplan.rules.internal.RuleReference.render(pack);

            assertThat(page).as(pack.id()).doesNotContain("\u0131").contains("](#");
        }
    }
}
