package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.StatutoryAim;
import org.childplan.model.Theme;
import org.childplan.model.ThemeLinks;
import org.junit.jupiter.api.Test;

/** The three themes against what addresses them: by a Scottish aim, by the plan's theme links, and by inference. */
class ThemeCoverageTests {

    private static final Plan COMPLIANT = TestPlans.compliant();

    private static ThemeCoverage row(Plan plan, Theme theme) {
        return ThemeCoverage.of(plan).stream().filter(row -> row.theme() == theme).findFirst().orElseThrow();
    }

    @Test
    void everyThemeHasARowInTheOrderOfTheThemes() {
        assertThat(ThemeCoverage.of(COMPLIANT)).extracting(ThemeCoverage::theme).containsExactly(Theme.values());
    }

    @Test
    void eachThemeIsStatedByOneScottishAimAndTheAimsOfWellbeingStateNone() {
        assertThat(Theme.of(StatutoryAim.EARLY_ACTION_AND_PREVENTION)).contains(Theme.EARLY_ACTION_AND_PREVENTION);
        assertThat(Theme.of(StatutoryAim.INTEGRATED_FROM_RECIPIENTS_VIEW)).contains(Theme.INTEGRATION);
        assertThat(Theme.of(StatutoryAim.BEST_USE_OF_RESOURCES)).contains(Theme.USE_OF_RESOURCES);
        assertThat(Theme.of(StatutoryAim.WELLBEING)).isEmpty();
        assertThat(Theme.of(StatutoryAim.RELATED_SERVICES_WELLBEING)).isEmpty();
    }

    @Test
    void aScottishPlansPrioritiesAndActionsTaggedWithAnAimAddressItsThemeWithoutThemeLinks() {
        assertThat(COMPLIANT.themes()).isEmpty();
        for (Theme theme : Theme.values()) {
            List<String> tagged = COMPLIANT.priorities().stream()
                    .filter(priority -> priority.aims().contains(theme.scottishAim()))
                    .map(org.childplan.model.Priority::id).toList();
            assertThat(row(COMPLIANT, theme).priorities()).as(theme.name()).isEqualTo(tagged);
            AimCoverage aim = AimCoverage.matrixOf(COMPLIANT).stream()
                    .filter(coverage -> coverage.aim() == theme.scottishAim()).findFirst().orElseThrow();
            assertThat(row(COMPLIANT, theme).actions()).as("actions as the aim's coverage counts them")
                    .isEqualTo(aim.actions());
        }
    }

    @Test
    void aPlanWithoutAimsAddressesAThemeThroughItsLinksAndWhatServesOrTracksWhatItLinks() {
        Plan plain = PlanBuilder.builder(COMPLIANT)
                .priorities(COMPLIANT.priorities().stream()
                        .map(priority -> org.childplan.model.PriorityBuilder.builder(priority).aims(List.of()).build())
                        .toList())
                .actions(COMPLIANT.actions().stream()
                        .map(action -> org.childplan.model.ActionBuilder.builder(action).aims(List.of()).build())
                        .toList())
                .build();
        assertThat(row(plain, Theme.INTEGRATION).missingElements())
                .containsExactly("priority", "action", "service", "measure");

        String priority = plain.priorities().get(0).id();
        String service = plain.services().get(0).id();
        Plan linked = PlanBuilder.builder(plain).themes(List.of(new ThemeLinks(Theme.INTEGRATION, "One front door.",
                List.of(priority), List.of(), List.of(service), List.of()))).build();
        ThemeCoverage integration = row(linked, Theme.INTEGRATION);

        assertThat(integration.priorities()).containsExactly(priority);
        assertThat(integration.services()).containsExactly(service);
        assertThat(integration.actions()).as("the actions that serve the linked priority")
                .isEqualTo(plain.actions().stream().filter(action -> action.priorities().contains(priority))
                        .map(org.childplan.model.Action::id).toList());
        assertThat(integration.measures()).as("the measures of those actions or of the priority")
                .isNotEmpty()
                .allMatch(measure -> plain.measures().stream().anyMatch(m -> m.id().equals(measure)
                        && (m.priorities().contains(priority) || plain.actions().stream().anyMatch(action ->
                                action.priorities().contains(priority) && action.measures().contains(measure)))));
        assertThat(row(linked, Theme.USE_OF_RESOURCES).isComplete()).as("another theme is not addressed").isFalse();
    }

    @Test
    void theChecksReportCarriesTheCoverageOfTheThemes() {
        ComplianceReport report = PlanChecker.forAllJurisdictions().check(COMPLIANT);

        assertThat(report.themes()).isEqualTo(ThemeCoverage.of(COMPLIANT));
        assertThat(report.asCompleteRecord().themes()).isEqualTo(report.themes());
        assertThat(report.toJson()).contains("\"themes\"").contains("\"EARLY_ACTION_AND_PREVENTION\"");
    }
}
