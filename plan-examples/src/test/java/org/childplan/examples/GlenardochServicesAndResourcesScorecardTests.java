package org.childplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.childplan.model.Consultation;
import org.childplan.model.ConsultationBuilder;
import org.childplan.model.EngagementPhase;
import org.childplan.model.FamilySupportBuilder;
import org.childplan.model.Girfec;
import org.childplan.model.GirfecBuilder;
import org.childplan.model.Jurisdiction;
import org.childplan.model.LinkedPlanKind;
import org.childplan.model.NeedLevel;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.ResourceKind;
import org.childplan.model.Resources;
import org.childplan.model.ResourcesBuilder;
import org.childplan.model.ServiceBuilder;
import org.childplan.model.ShiftToPreventionBuilder;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Score;
import org.childplan.rules.ScorecardRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The complete Glenardoch plan meets the review's rows on services, engagement, family support and resources. */
class GlenardochServicesAndResourcesScorecardTests {

    private static final PlanChecker SCOTLAND = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
    private static final List<String> ROWS = List.of("6a", "6b", "7", "8", "10", "11", "12", "15");

    private static Plan glenardoch;

    @BeforeAll
    static void read() throws PlanReadException {
        glenardoch = ExamplePlans.GLENARDOCH_CSP_2023_2026.read().plan();
    }

    @Test
    void theCompletePlanFullyMeetsEveryRowOnServicesEngagementFamilySupportResourcesAndLinks() {
        Map<String, ScorecardRow> rows = ReviewScorecards.byCriterion(SCOTLAND.check(glenardoch));

        assertThat(ROWS).allSatisfy(row -> {
            assertThat(rows.get(row).score()).as("row %s: %s", row, rows.get(row).shortfalls())
                    .isEqualTo(Score.FULLY_MET);
            assertThat(rows.get(row).evidence()).as("row %s", row).isNotEmpty();
        });
    }

    static Stream<Arguments> reviewedElements() {
        return Stream.of(
                removal("the partners' contributions", "12", "SCO-REVIEW2023-C12-COLLECTIVE-RESOURCES",
                        plan -> withResources(plan, ResourcesBuilder.builder(plan.resources()).contributions(List.of()))),
                removal("the workforce among the contributions", "12", "SCO-REVIEW2023-C12-WORKFORCE",
                        plan -> withResources(plan, ResourcesBuilder.builder(plan.resources()).contributions(
                                plan.resources().contributions().stream()
                                        .filter(each -> each.kind() != ResourceKind.WORKFORCE).toList()))),
                removal("the allocations", "12", "SCO-REVIEW2023-C12-SPENDING",
                        plan -> withResources(plan, ResourcesBuilder.builder(plan.resources()).allocations(List.of()))),
                removal("the funding streams", "12", "SCO-REVIEW2023-C12-FUNDING-STREAMS",
                        plan -> withResources(plan, ResourcesBuilder.builder(plan.resources()).fundingStreams(List.of()))),
                removal("the shift to prevention", "12", "SCO-REVIEW2023-C12-SHIFT-TO-PREVENTION",
                        plan -> withResources(plan, ResourcesBuilder.builder(plan.resources()).shiftToPrevention(null))),
                removal("the disinvestments", "12", "SCO-REVIEW2023-C12-DISINVESTMENT",
                        plan -> withResources(plan, ResourcesBuilder.builder(plan.resources()).shiftToPrevention(
                                ShiftToPreventionBuilder.builder(plan.resources().shiftToPrevention())
                                        .disinvestments(List.of()).build()))),
                removal("GIRFEC in strategic planning", "8", "SCO-SG2020-P49-GIRFEC-STRATEGIC",
                        plan -> withGirfec(plan, GirfecBuilder.builder(plan.girfec()).strategic(null).build())),
                removal("GIRFEC in operational delivery", "8", "SCO-SG2020-P49-GIRFEC-OPERATIONAL",
                        plan -> withGirfec(plan, GirfecBuilder.builder(plan.girfec()).operational(null).build())),
                removal("GIRFEC in frontline practice", "8", "SCO-SG2020-P49-GIRFEC-FRONTLINE",
                        plan -> withGirfec(plan, GirfecBuilder.builder(plan.girfec()).frontline(null).build())),
                removal("the family support strategy", "11", "SCO-REVIEW2020-C11-FAMILY-SUPPORT-STRATEGY",
                        plan -> PlanBuilder.builder(plan).familySupport(null).build()),
                removal("the family support services", "11", "SCO-REVIEW2020-C11-FAMILY-SUPPORT-CONTINUUM",
                        plan -> PlanBuilder.builder(plan).familySupport(FamilySupportBuilder.builder(plan.familySupport())
                                .services(List.of()).build()).build()),
                removal("the services' places on the continuum", "6a", "SCO-REVIEW2023-C6-CONTINUUM-OF-NEED",
                        plan -> PlanBuilder.builder(plan).services(plan.services().stream()
                                .map(service -> ServiceBuilder.builder(service).continuum(List.of()).build())
                                .toList()).build()),
                removal("the related services' categories", "6b", "SCO-REVIEW2023-C6-ADULT-RELATED-SERVICES",
                        plan -> PlanBuilder.builder(plan).services(plan.services().stream()
                                .map(service -> ServiceBuilder.builder(service).category(null).build())
                                .toList()).build()),
                removal("the early intervention services", "7", "SCO-REVIEW2023-C7-EARLY-INTERVENTION",
                        plan -> PlanBuilder.builder(plan).services(plan.services().stream()
                                .map(service -> ServiceBuilder.builder(service).continuum(service.continuum().stream()
                                        .filter(level -> level != NeedLevel.EARLY_INTERVENTION)
                                        .toList()).build())
                                .toList()).build()),
                removal("the engagement findings", "10", "SCO-REVIEW2023-C10-FINDINGS",
                        plan -> withConsultations(plan, each -> ConsultationBuilder.builder(each)
                                .findings(List.of()).build())),
                removal("what the engagement shaped and changed", "10", "SCO-REVIEW2023-C10-SHAPED-THE-PLAN",
                        plan -> withConsultations(plan, each -> ConsultationBuilder.builder(each)
                                .shapedPriorities(List.of()).shapedActions(List.of()).changes(List.of()).build())),
                removal("the engagement during review", "10", "SCO-SG2020-P4-ONGOING-ENGAGEMENT",
                        plan -> withConsultations(plan, each -> ConsultationBuilder.builder(each)
                                .phase(EngagementPhase.DEVELOPMENT).build())),
                removal("the child poverty action report", "15", "SCO-REVIEW2023-C15-CHILD-POVERTY-LINK",
                        plan -> withoutLinks(plan, LinkedPlanKind.CHILD_POVERTY_ACTION_REPORT)),
                removal("the plan for keeping The Promise", "15", "SCO-REVIEW2023-C15-PROMISE-LINK",
                        plan -> withoutLinks(plan, LinkedPlanKind.THE_PROMISE)),
                removal("the children's rights report", "15", "SCO-REVIEW2023-C15-RIGHTS-REPORT-LINK",
                        plan -> withoutLinks(plan, LinkedPlanKind.CHILDRENS_RIGHTS_REPORT)),
                removal("the local outcomes improvement plan", "15", "SCO-REVIEW2023-C15-LOIP-LINK",
                        plan -> withoutLinks(plan, LinkedPlanKind.COMMUNITY_PLAN)));
    }

    @ParameterizedTest(name = "without {0}, row {1} is no longer fully met and {2} reports it")
    @MethodSource("reviewedElements")
    void removingAReviewedElementLowersItsRowAndProducesAFinding(
            String element, String row, String rule, UnaryOperator<Plan> removal) {
        ComplianceReport report = SCOTLAND.check(removal.apply(glenardoch));
        ScorecardRow scored = ReviewScorecards.byCriterion(report).get(row);

        assertThat(scored.score()).isIn(Score.PARTLY_MET, Score.NOT_MET);
        assertThat(scored.shortfalls()).contains(rule);
        assertThat(report.findings()).anySatisfy(finding -> assertThat(finding.ruleId()).isEqualTo(rule));
    }

    private static Arguments removal(String element, String row, String rule, UnaryOperator<Plan> removal) {
        return Arguments.of(element, row, rule, removal);
    }

    private static Plan withResources(Plan plan, ResourcesBuilder resources) {
        Resources built = resources.build();
        return PlanBuilder.builder(plan).resources(built).build();
    }

    private static Plan withGirfec(Plan plan, Girfec girfec) {
        return PlanBuilder.builder(plan).girfec(girfec).build();
    }

    private static Plan withConsultations(Plan plan, UnaryOperator<Consultation> change) {
        return PlanBuilder.builder(plan).consultations(plan.consultations().stream().map(change).toList()).build();
    }

    private static Plan withoutLinks(Plan plan, LinkedPlanKind kind) {
        return PlanBuilder.builder(plan).linkedPlans(plan.linkedPlans().stream()
                .filter(link -> link.kind() != kind).toList()).build();
    }
}
