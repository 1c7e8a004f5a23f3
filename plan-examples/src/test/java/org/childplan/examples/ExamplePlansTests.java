package org.childplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.AnnualReport;
import org.childplan.model.ApprovalDecision;
import org.childplan.model.BodyType;
import org.childplan.model.ChildrenActOutcome;
import org.childplan.model.ConsultedGroup;
import org.childplan.model.CooperationActOutcome;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.LinkedPlan;
import org.childplan.model.LinkedPlanKind;
import org.childplan.model.Measure;
import org.childplan.model.PartialDate;
import org.childplan.model.Plan;
import org.childplan.model.PlanAim;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanRelation;
import org.childplan.model.PlanRole;
import org.childplan.model.PlanStatus;
import org.childplan.model.Priority;
import org.childplan.model.ProgressStatus;
import org.childplan.model.ReportingFrequency;
import org.childplan.model.ServiceKind;
import org.childplan.model.StatutoryAim;
import org.childplan.model.SufficiencyPlan;
import org.childplan.model.SufficiencyReport;
import org.childplan.model.WellbeingIndicator;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanFormat;
import org.childplan.model.io.PlanReadException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplePlansTests {

    static Stream<ExamplePlans> seeds() {
        return ExamplePlans.seeds().stream();
    }

    static Stream<ExamplePlans> models() {
        return ExamplePlans.models().stream();
    }

    // --- every example -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ExamplePlans.class)
    void everyExampleIsReadAsAPlanWhoseIdIsItsFileName(ExamplePlans example) throws PlanReadException {
        var document = example.read();

        assertThat(document.source()).isEqualTo(example.resourceName());
        assertThat(document.plan().id() + ".yaml").isEqualTo(example.fileName());
    }

    @Test
    void everyYamlFileInTheExamplesFolderIsListedAsAnExample() throws Exception {
        // The folder beside ExamplePlans.class, not the first on the class path: the tests share its package.
        Path classes = Path.of(ExamplePlans.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> files;
        try (Stream<Path> listing = Files.list(classes.resolve(ExamplePlans.RESOURCE_FOLDER))) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .collect(Collectors.toSet());
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ExamplePlans.values()).map(ExamplePlans::fileName).toList());
    }

    @ParameterizedTest
    @EnumSource(ExamplePlans.class)
    void everyExampleSaysInItsFirstLineWhatItEncodes(ExamplePlans example) {
        String firstLine = example.content().lines().findFirst().orElse("");

        assertThat(firstLine).startsWith("# Encodes ");
        if (example.isSeed()) {
            assertThat(firstLine).contains("seed " + example.seedReference().orElseThrow());
        } else {
            assertThat(firstLine).contains("fictional");
        }
    }

    @ParameterizedTest
    @EnumSource(ExamplePlans.class)
    void everyExampleIsWellFormedWithUniqueIdsAndResolvingReferences(ExamplePlans example) throws PlanReadException {
        assertThat(PlanValidator.create().validate(example.read())).extracting(PlanViolation::toString).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExamplePlans.class)
    void everyExamplesDatesAreInOrder(ExamplePlans example) throws PlanReadException {
        assertThat(DatePlausibility.datesOutOfOrder(example.read().plan())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExamplePlans.class)
    void everyExampleReadsBackEqualAfterBeingWrittenAsYamlAndAsJson(ExamplePlans example) throws PlanReadException {
        Plan plan = example.read().plan();

        for (PlanFormat format : PlanFormat.values()) {
            Plan readBack = PlanDocuments.read(PlanDocuments.write(plan, format), "written as " + format).plan();
            assertThat(readBack).as("read back from %s", format).isEqualTo(plan);
        }
    }

    // --- the checks of this test are themselves checked ----------------------------------------------------------

    @Test
    void theDateCheckReportsAnAnnualReportPublishedBeforeTheYearItCovers() throws PlanReadException {
        Plan plan = ExamplePlans.GLENARDOCH_CSP_2023_2026.read().plan();
        var report = plan.annualReports().get(0);
        var early = new AnnualReport(report.title(), report.coversFrom(), report.coversTo(),
                report.coversFrom(), report.location());
        Plan broken = PlanBuilder.builder(plan).annualReports(List.of(early)).build();

        assertThat(DatePlausibility.datesOutOfOrder(broken)).singleElement().asString()
                .startsWith("/annualReports/0: published");
    }

    // --- the seed examples -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedExampleNamesItsSeedFileAmongItsSourcesAndSaysWhatItTakes(ExamplePlans example)
            throws PlanReadException {
        var sources = example.read().plan().sources();

        assertThat(sources).anySatisfy(source -> {
            assertThat(source.reference()).isEqualTo(example.seedReference().orElseThrow());
            assertThat(source.title()).isNotBlank();
            assertThat(source.note()).contains("Taken:").contains("Left out");
        });
    }

    @Test
    void cambridgeshiresPlanIsTheSecondAnnualUpdateAwaitingEndorsement() throws PlanReadException {
        Plan plan = ExamplePlans.CAMBRIDGESHIRE_CSP_1999_2002.read().plan();

        assertThat(plan.previousPlan().relation()).isEqualTo(PlanRelation.UPDATES);
        assertThat(plan.previousPlan().start()).hasToString("1997-04");
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.reviews()).extracting(review -> review.date() + " " + review.kind())
                .containsExactly("1998 ANNUAL_UPDATE");
        assertThat(plan.approvals())
                .extracting(approval -> approval.body() + " " + approval.date() + " " + approval.decision())
                .containsExactly(
                        "Education, Libraries and Heritage Committee 1999-03-23 CONSIDERED",
                        "Social Services Committee 1999-03-31 PENDING",
                        "The new Health Authority Board null PENDING");
        assertThat(plan.priorities()).as("its joint objectives are not in the committee report").isEmpty();
        assertThat(plan.previousPlanProgress().objectives()).isEmpty();
    }

    @Test
    void cheshireEastsRedesignStatesNoPeriodNoMeasuresAndNoDates() throws PlanReadException {
        Plan plan = ExamplePlans.CHESHIRE_EAST_CHILDRENS_SOCIAL_CARE_REDESIGN.read().plan();

        assertThat(plan.period()).isNull();
        assertThat(plan.measures()).isEmpty();
        assertThat(plan.approvals()).singleElement().satisfies(approval -> {
            assertThat(approval.date()).isNull();
            assertThat(approval.decision()).isEqualTo(ApprovalDecision.NOTED);
        });
        assertThat(plan.priorities()).hasSize(5);
        assertThat(plan.actions()).hasSize(10).allSatisfy(action -> assertThat(action.priorities()).isEmpty());
        assertThat(plan.date()).as("dated by its year only").hasToString("2009");
        assertThat(plan.actions()).filteredOn(action -> action.id().equals("post-16-funding-transfer"))
                .singleElement().satisfies(action -> assertThat(action.lead()).isEqualTo("childrens-trust"));
        assertThat(plan.consultations()).singleElement()
                .satisfies(consultation -> assertThat(consultation.groups()).containsExactly(ConsultedGroup.ELECTED_MEMBERS));
    }

    @Test
    void moraysPlanIsJointlyPreparedByTheCouncilAndTheHealthBoardAndRestsOnAProfileOf2017() throws PlanReadException {
        Plan plan = ExamplePlans.MORAY_CSP_2017_2020.read().plan();

        assertThat(plan.bodies()).filteredOn(body -> body.role() == PlanRole.JOINT_PREPARER)
                .extracting(body -> body.name()).containsExactlyInAnyOrder("Moray Council", "NHS Grampian");
        assertThat(plan.needsAssessment().date()).isEqualTo(PartialDate.parse("2017"));
        assertThat(plan.priorities()).extracting(Priority::title)
                .containsExactly("Ambitious and confident children", "Healthier children", "Safer children");
        assertThat(plan.actions()).as("the action plan is mentioned, not given").isEmpty();
        assertThat(plan.measures()).isEmpty();
        assertThat(plan.aims()).as("the five overarching aims, each one aim of s9(2)")
                .flatExtracting(PlanAim::aims).containsExactly(StatutoryAim.values());
        assertThat(plan.extensions()).doesNotContainKey("overarchingAims");
    }

    @Test
    void stockportsPlanIsOutForEngagementAndNamesNoneOfItsSevenAmbitions() throws PlanReadException {
        Plan plan = ExamplePlans.STOCKPORT_CYPP_2024_2027.read().plan();

        assertThat(plan.approvals()).singleElement()
                .extracting(approval -> approval.decision()).isEqualTo(ApprovalDecision.RELEASED_FOR_ENGAGEMENT);
        assertThat(plan.summary()).contains("do not name the seven ambitions");
        assertThat(plan.priorities()).allSatisfy(priority ->
                assertThat(priority.description()).containsPattern("not one of (them|the seven ambitions) by name"));
        assertThat(plan.publication()).isNull();
    }

    // --- the model examples ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("models")
    void everyModelPlanFillsEveryComponentOfThePlan(ExamplePlans example) throws Exception {
        Plan plan = example.read().plan();

        for (RecordComponent component : Plan.class.getRecordComponents()) {
            // Getting it right for every child is Scotland's practice model; other nations' plans have none.
            if (component.getName().equals("girfec") && plan.jurisdiction() != Jurisdiction.SCOTLAND) {
                continue;
            }
            // Only a Welsh annual sufficiency plan records one; the model plans are plans for an area.
            if (component.getName().equals("sufficiencyPlan") && plan.kind() != DocumentKind.ANNUAL_SUFFICIENCY_PLAN) {
                continue;
            }
            Object value = component.getAccessor().invoke(plan);
            assertThat(value).as(component.getName()).isNotNull();
            if (value instanceof Collection<?> collection) {
                assertThat(collection).as(component.getName()).isNotEmpty();
            }
            if (value instanceof Map<?, ?> map) {
                assertThat(map).as(component.getName()).isNotEmpty();
            }
        }
    }

    @Test
    void theModelPlansTogetherUseEveryRecordTypeOfThePlanModel() throws Exception {
        Set<Class<?>> used = new LinkedHashSet<>();
        for (ExamplePlans example : ExamplePlans.models()) {
            collectRecordTypes(example.read().plan(), used);
        }

        // SufficiencyPlan belongs to a document of its own kind, which none of the model plans is (the Wales pack's
        // rule cases read one), and so does the SufficiencyReport of its annual report.
        Set<Class<?>> expected = recordTypesReachableFrom(Plan.class);
        expected.remove(SufficiencyPlan.class);
        expected.remove(SufficiencyReport.class);
        assertThat(used).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theModelPlansTogetherUseEveryBodyTypePlanRoleConsultedGroupServiceKindFrequencyAndProgressStatus()
            throws PlanReadException {
        Set<Object> used = new LinkedHashSet<>();
        for (ExamplePlans example : ExamplePlans.models()) {
            Plan plan = example.read().plan();
            plan.bodies().forEach(body -> {
                used.add(body.type());
                used.add(body.role());
            });
            plan.consultations().forEach(consultation -> used.addAll(consultation.groups()));
            plan.services().forEach(service -> used.add(service.kind()));
            plan.measures().forEach(measure -> used.add(measure.frequency()));
            used.add(plan.governance().meets());
            plan.previousPlanProgress().objectives().forEach(objective -> used.add(objective.status()));
        }

        List<Enum<?>> expected = new ArrayList<>();
        expected.addAll(List.of(BodyType.values()));
        expected.addAll(List.of(PlanRole.values()));
        expected.addAll(List.of(ConsultedGroup.values()));
        expected.addAll(List.of(ServiceKind.values()));
        expected.addAll(List.of(ReportingFrequency.values()));
        expected.addAll(List.of(ProgressStatus.values()));
        assertThat(used).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void glenardochsPrioritiesActionsAndMeasuresAddressEveryAimOfSection9AndEveryWellbeingIndicator()
            throws PlanReadException {
        Plan plan = ExamplePlans.GLENARDOCH_CSP_2023_2026.read().plan();
        Map<String, Priority> priorities = plan.priorities().stream()
                .collect(Collectors.toMap(Priority::id, priority -> priority));

        Set<StatutoryAim> byPriorities = EnumSet.noneOf(StatutoryAim.class);
        plan.priorities().forEach(priority -> byPriorities.addAll(priority.aims()));
        Set<StatutoryAim> byActions = EnumSet.noneOf(StatutoryAim.class);
        plan.actions().forEach(action -> byActions.addAll(action.aims()));
        Set<StatutoryAim> byMeasures = EnumSet.noneOf(StatutoryAim.class);
        for (Measure measure : plan.measures()) {
            measure.priorities().forEach(id -> byMeasures.addAll(priorities.get(id).aims()));
        }
        Set<WellbeingIndicator> indicators = EnumSet.noneOf(WellbeingIndicator.class);
        plan.priorities().forEach(priority -> indicators.addAll(priority.wellbeingIndicators()));
        plan.actions().forEach(action -> indicators.addAll(action.wellbeingIndicators()));

        assertThat(byPriorities).containsExactlyInAnyOrder(StatutoryAim.values());
        assertThat(byActions).containsExactlyInAnyOrder(StatutoryAim.values());
        assertThat(byMeasures).containsExactlyInAnyOrder(StatutoryAim.values());
        assertThat(indicators).containsExactlyInAnyOrder(WellbeingIndicator.values());
        assertThat(plan.actions()).allSatisfy(action -> assertThat(action.measures()).isNotEmpty());
    }

    @Test
    void kingsmeresPrioritiesAndActionsAddressEveryOutcomeOfTheChildrenAct2004() throws PlanReadException {
        Plan plan = ExamplePlans.KINGSMERE_CYPP_2024_2027.read().plan();

        Set<ChildrenActOutcome> byPriorities = EnumSet.noneOf(ChildrenActOutcome.class);
        plan.priorities().forEach(priority -> byPriorities.addAll(priority.childrenActOutcomes()));
        Set<ChildrenActOutcome> byActions = EnumSet.noneOf(ChildrenActOutcome.class);
        plan.actions().forEach(action -> byActions.addAll(action.childrenActOutcomes()));

        assertThat(byPriorities).containsExactlyInAnyOrder(ChildrenActOutcome.values());
        assertThat(byActions).containsExactlyInAnyOrder(ChildrenActOutcome.values());
        assertThat(plan.actions()).allSatisfy(action -> assertThat(action.measures()).isNotEmpty());
    }

    @Test
    void gwennolsAreaPlanRestsOnTheJointAssessmentAndStatesEveryActionsResourcesAndItsServicesInWelsh()
            throws PlanReadException {
        Plan plan = ExamplePlans.GWENNOL_AREA_PLAN_2023_2028.read().plan();
        Map<String, BodyType> types = plan.bodies().stream()
                .collect(Collectors.toMap(body -> body.id(), body -> body.type()));

        assertThat(plan.kind()).isEqualTo(DocumentKind.AREA_PLAN);
        assertThat(plan.needsAssessment().preparedBy()).extracting(types::get)
                .containsExactlyInAnyOrder(
                        BodyType.LOCAL_AUTHORITY, BodyType.LOCAL_AUTHORITY, BodyType.HEALTH_AUTHORITY);
        assertThat(plan.publication().locations()).isNotEmpty();
        assertThat(plan.actions()).allSatisfy(action -> {
            assertThat(action.resources()).as("s14A(2)(g) resources of %s", action.id()).isNotBlank();
            assertThat(action.measures()).isNotEmpty();
        });
        assertThat(plan.actions()).extracting(Action::priorities)
                .anySatisfy(ids -> assertThat(ids).contains("welsh-language"));
    }

    @Test
    void ardglenansPrioritiesOutcomesAndActionsEachAddressEveryAspectOfWellBeingOfThe2015Act() throws PlanReadException {
        Plan plan = ExamplePlans.ARDGLENAN_CYPP_2024_2027.read().plan();

        Set<CooperationActOutcome> byPriorities = EnumSet.noneOf(CooperationActOutcome.class);
        plan.priorities().forEach(priority -> byPriorities.addAll(priority.cooperationActOutcomes()));
        Set<CooperationActOutcome> byOutcomes = EnumSet.noneOf(CooperationActOutcome.class);
        plan.outcomes().forEach(outcome -> byOutcomes.addAll(outcome.cooperationActOutcomes()));
        Set<CooperationActOutcome> byActions = EnumSet.noneOf(CooperationActOutcome.class);
        plan.actions().forEach(action -> byActions.addAll(action.cooperationActOutcomes()));

        assertThat(byPriorities).containsExactlyInAnyOrder(CooperationActOutcome.values());
        assertThat(byOutcomes).containsExactlyInAnyOrder(CooperationActOutcome.values());
        assertThat(byActions).containsExactlyInAnyOrder(CooperationActOutcome.values());
        assertThat(plan.actions()).allSatisfy(action -> assertThat(action.measures()).isNotEmpty());
        assertThat(plan.linkedPlans()).extracting(LinkedPlan::kind).contains(LinkedPlanKind.REGIONAL_STRATEGY);
    }

    private static void collectRecordTypes(Object value, Set<Class<?>> used) throws Exception {
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                collectRecordTypes(element, used);
            }
        } else if (value != null && value.getClass().isRecord()) {
            used.add(value.getClass());
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collectRecordTypes(component.getAccessor().invoke(value), used);
            }
        }
    }

    private static Set<Class<?>> recordTypesReachableFrom(Class<?> type) {
        Set<Class<?>> reachable = new LinkedHashSet<>();
        addReachable(type, reachable);
        return reachable;
    }

    private static void addReachable(Type type, Set<Class<?>> reachable) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            addReachable(parameterized.getActualTypeArguments()[0], reachable);
        } else if (type instanceof Class<?> cls && cls.isRecord() && reachable.add(cls)) {
            for (RecordComponent component : cls.getRecordComponents()) {
                addReachable(component.getGenericType(), reachable);
            }
        }
    }
}
