package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Governance;
import org.childplan.model.Approval;
import org.childplan.model.ApprovalBuilder;
import org.childplan.model.Measure;
import org.childplan.model.MeasureBuilder;
import org.childplan.model.NeedsAssessment;
import org.childplan.model.NeedsAssessmentBuilder;
import org.childplan.model.NeedsFinding;
import org.childplan.model.Priority;
import org.childplan.model.PriorityBuilder;
import org.childplan.model.Vision;
import org.childplan.model.VisionBuilder;
import org.childplan.model.OversightBodyType;
import org.childplan.model.Plan;
import org.childplan.model.PlanPart;
import org.childplan.model.Theme;
import org.childplan.model.ThemeLinks;
import org.childplan.model.PlanBuilder;
import org.childplan.model.internal.validation.PlanReferences.Kind;
import org.childplan.model.internal.validation.PlanReferences.Reference;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanReferencesTests {

    private static final Set<String> BODY_IDS =
            Set.of("moray-council", "nhs-grampian", "police-scotland", "tsi-moray", "p1", "p2");

    @Test
    void everyKindOfCrossReferenceIsFound() {
        Plan withThemes = PlanBuilder.builder(withReviewedLinks(TestPlans.rich())).themes(List.of(new ThemeLinks(
                Theme.EARLY_ACTION_AND_PREVENTION, "Help at the earliest stage.", List.of("p-early-help"),
                List.of("a-1"), List.of("s-health-visiting"), List.of("m-hub-visits"))))
                .build();

        assertThat(PlanReferences.of(withThemes)).extracting(Reference::kind).containsOnly(Kind.values());
        assertThat(PlanReferences.dangling(withThemes)).isEmpty();
    }

    @Test
    void everyKindOfCrossReferenceIsHeldInAPartOfThePlanByAComponentOfIdsSoThatTheWalkFindsIt() {
        List<String> wrong = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (PlanPart.ofPlan().stream().noneMatch(part -> part.elementType() == kind.ownerType())) {
                wrong.add(kind + ": " + kind.ownerType().getSimpleName() + " is held by no part of the plan");
            }
            Class<?> held = PlanReferences.accessor(kind).getReturnType();
            if (held != String.class && held != List.class) {
                wrong.add(kind + ": " + kind.ownerType().getSimpleName() + "." + kind.property() + " holds no ids");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theReferencesComeInTheOrderOfThePlansComponents() {
        List<String> owners = PlanReferences.of(withReviewedLinks(TestPlans.rich())).stream()
                .map(Reference::owner).distinct().toList();
        List<String> parts = PlanPart.ofPlan().stream().map(PlanPart::name).filter(owners::contains).toList();

        assertThat(owners).isEqualTo(parts).contains("governance", "actions", "approvals");
    }

    @Test
    void aPriorityCitingAFindingTheNeedsAssessmentDoesNotHaveDangles() {
        Plan plan = withReviewedLinks(TestPlans.rich());
        assertThat(PlanReferences.dangling(plan)).isEmpty();
        Priority priority = PriorityBuilder.builder(plan.priorities().get(0)).rationale(List.of("f-povrety")).build();
        Plan dangling = PlanBuilder.builder(plan).priorities(TestPlans.replace(plan.priorities(), 0, priority)).build();
        assertThat(PlanReferences.dangling(dangling)).singleElement().satisfies(each -> {
            assertThat(each.reference())
                    .isEqualTo(new Reference(Kind.PRIORITY_RATIONALE, "priorities", 0, "rationale", 0, "f-povrety"));
            assertThat(each.suggestion()).isEqualTo("f-poverty");
        });
    }

    /**
     * The rich plan with the links a national review looks for (a shared vision, a priority's rationale, an owner) and
     * an approval by one of its bodies.
     */
    private static Plan withReviewedLinks(Plan rich) {
        NeedsAssessment assessment = NeedsAssessmentBuilder.builder(rich.needsAssessment())
                .keyFindings(List.of(new NeedsFinding("f-poverty", "More children live in poverty in the east.")))
                .build();
        Vision vision = VisionBuilder.builder(rich.vision()).sharedBy(List.of("glenbrae-council", "nhs-glenbrae")).build();
        Priority priority = PriorityBuilder.builder(rich.priorities().get(0)).rationale(List.of("f-poverty")).build();
        Measure measure = MeasureBuilder.builder(rich.measures().get(0)).owner("glenbrae-council").build();
        Approval approval = ApprovalBuilder.builder(rich.approvals().get(0)).bodyId("glenbrae-council").build();
        return PlanBuilder.builder(rich).needsAssessment(assessment).vision(vision)
                .approvals(TestPlans.replace(rich.approvals(), 0, approval))
                .priorities(TestPlans.replace(rich.priorities(), 0, priority))
                .measures(TestPlans.replace(rich.measures(), 0, measure))
                .build();
    }

    @Test
    void referencesAreFoundWhereTheyAreWritten() {
        assertThat(PlanReferences.of(TestPlans.rich())).contains(
                new Reference(Kind.ACTION_LEAD, "actions", 1, "lead", null, "nhs-glenbrae"),
                new Reference(Kind.ACTION_PARTNER, "actions", 1, "partners", 1, "glenbrae-tsi"),
                new Reference(Kind.GOVERNANCE_MEMBER, "governance", null, "members", 2, "police-scotland"),
                new Reference(Kind.NEEDS_ASSESSMENT_PREPARER, "needsAssessment", null, "preparedBy", 0,
                        "glenbrae-council"),
                new Reference(Kind.SERVICE_PROVIDER, "services", 0, "provider", null, "nhs-glenbrae"));
    }

    @Test
    void aWellFormedPlanHasNoDanglingReferences() {
        assertThat(PlanReferences.dangling(TestPlans.rich())).isEmpty();
        assertThat(PlanReferences.dangling(TestPlans.minimal())).isEmpty();
    }

    @Test
    void aReferenceToAnIdOfAnotherListDangles() {
        Plan rich = TestPlans.rich();
        Action action = ActionBuilder.builder(rich.actions().get(0)).lead("p-early-help").build();
        Plan plan = PlanBuilder.builder(rich).actions(TestPlans.replace(rich.actions(), 0, action)).build();

        assertThat(PlanReferences.dangling(plan)).containsExactly(new PlanReferences.Dangling(
                new Reference(Kind.ACTION_LEAD, "actions", 0, "lead", null, "p-early-help"), null));
    }

    @Test
    void aBlankSingleReferenceDanglesButBlankAndMissingListEntriesAreLeftToNotBlank() {
        Plan rich = TestPlans.rich();
        Action action = ActionBuilder.builder(rich.actions().get(0))
                .lead(" ")
                .partners(Arrays.asList(" ", null, ""))
                .build();
        Plan plan = PlanBuilder.builder(rich)
                .actions(TestPlans.replace(rich.actions(), 0, action))
                .governance(new Governance("Group", OversightBodyType.COMMITTEE, Arrays.asList("", null), null, null,
                        null, null))
                .build();

        assertThat(PlanReferences.dangling(plan)).extracting(dangling -> dangling.reference().kind())
                .containsExactly(Kind.ACTION_LEAD);
    }

    @Test
    void aMissingSingleReferenceIsNotAReference() {
        Plan rich = TestPlans.rich();
        Action action = ActionBuilder.builder(rich.actions().get(0)).lead(null).build();
        Plan plan = PlanBuilder.builder(rich).actions(List.of(action)).build();

        assertThat(PlanReferences.of(plan)).noneMatch(reference -> reference.kind() == Kind.ACTION_LEAD);
    }

    @ParameterizedTest
    @CsvSource({
        "nhs-grampin,       nhs-grampian",
        "nhs-gramipan,      nhs-grampian",
        "NHS-Grampian,      nhs-grampian",
        "moray_council,     moray-council",
        "moray-concil,      moray-council",
        "police-scotlnd,    police-scotland",
        "tsi-mory,          tsi-moray",
        "p3,                p1"})
    void aLikelySlipSuggestsTheClosestId(String wanted, String suggestion) {
        assertThat(PlanReferences.closest(wanted, BODY_IDS)).contains(suggestion);
    }

    @ParameterizedTest
    @CsvSource({"x", "nhs-highland", "aberdeen-city-council", "police", "zz", "q"})
    void anIdFarFromEveryOtherSuggestsNothing(String wanted) {
        assertThat(PlanReferences.closest(wanted, BODY_IDS)).isEmpty();
    }
}
