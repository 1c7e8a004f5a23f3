package org.childplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;

/** Every record of the model has a generated builder, and a whole plan can be built with builders alone. */
class ModelBuildersTests {

    @Test
    void everyRecordOfTheModelHasABuilderWithAStaticFactoryAndACopyFactory() throws Exception {
        List<Class<?>> records = modelClasses().stream().filter(Class::isRecord).toList();

        assertThat(records).hasSizeGreaterThanOrEqualTo(25).allSatisfy(record -> {
            Class<?> builder = Class.forName(record.getName() + "Builder");
            assertThat(builder.getMethod("builder").getReturnType()).isEqualTo(builder);
            Method copy = builder.getMethod("builder", record);
            assertThat(copy.getReturnType()).isEqualTo(builder);
            assertThat(builder.getMethod("build").getReturnType()).isEqualTo(record);
        });
    }

    @Test
    void aPlanBuiltWithBuildersAloneEqualsTheSamePlanBuiltWithConstructorsAndIsWellFormed() {
        Plan built = richPlanFromBuilders();

        assertThat(built).isEqualTo(TestPlans.rich());
        assertThat(PlanValidator.create().validate(built)).isEmpty();
    }

    @Test
    void aBuilderStartedFromARecordChangesOnlyWhatItIsTold() {
        Body council = BodyBuilder.builder().id("glenbrae-council").name("Glenbrae Council")
                .type(BodyType.LOCAL_AUTHORITY).role(PlanRole.JOINT_PREPARER).build();

        Body lead = BodyBuilder.builder(council).role(PlanRole.LEAD).build();

        assertThat(lead).isEqualTo(new Body("glenbrae-council", "Glenbrae Council", BodyType.LOCAL_AUTHORITY, PlanRole.LEAD));
        assertThat(council.role()).isEqualTo(PlanRole.JOINT_PREPARER);
    }

    /** {@link TestPlans#rich()}, written with a builder for every record instead of its constructor. */
    private static Plan richPlanFromBuilders() {
        return PlanBuilder.builder()
                .id("glenbrae-csp-2026-2029")
                .title("Glenbrae Children's Services Plan 2026-2029")
                .area("Glenbrae")
                .jurisdiction(Jurisdiction.SCOTLAND)
                .kind(DocumentKind.CHILDRENS_SERVICES_PLAN)
                .edition("first edition")
                .status(PlanStatus.PUBLISHED)
                .summary("The joint plan of Glenbrae Council and NHS Glenbrae for children and young people.")
                .previousPlan(PreviousPlanBuilder.builder().id("glenbrae-csp-2023-2026")
                        .title("Glenbrae Children's Services Plan 2023-2026").start(PartialDate.parse("2023-04-01"))
                        .end(PartialDate.parse("2026-03-31")).relation(PlanRelation.REPLACES).build())
                .period(PeriodBuilder.builder().start(LocalDate.of(2026, 4, 1)).end(LocalDate.of(2029, 3, 31))
                        .updateCycle(UpdateCycle.ANNUAL).build())
                .bodies(List.of(
                        body("glenbrae-council", "Glenbrae Council", BodyType.LOCAL_AUTHORITY, PlanRole.JOINT_PREPARER),
                        body("nhs-glenbrae", "NHS Glenbrae", BodyType.HEALTH_BOARD, PlanRole.JOINT_PREPARER),
                        body("police-scotland", "Police Scotland", BodyType.POLICE, PlanRole.PARTNER),
                        body("glenbrae-tsi", "Glenbrae Third Sector Interface", BodyType.THIRD_SECTOR, PlanRole.PARTNER)))
                .governance(GovernanceBuilder.builder().oversightBody("Glenbrae Chief Officers Group")
                        .type(OversightBodyType.CHIEF_OFFICERS_GROUP)
                        .members(List.of("glenbrae-council", "nhs-glenbrae", "police-scotland"))
                        .accountability("Reports to the Community Planning Partnership board.")
                        .reportsTo(List.of("Community Planning Partnership"))
                        .meets(ReportingFrequency.QUARTERLY).build())
                .needsAssessment(NeedsAssessmentBuilder.builder()
                        .title("Glenbrae joint strategic needs assessment for children")
                        .date(PartialDateBuilder.builder().year(2025).month(11).build())
                        .preparedBy(List.of("glenbrae-council", "nhs-glenbrae"))
                        .sources(List.of("Health visitor data", "School census"))
                        .findings(List.of("More children live in poverty in the east of the area.")).build())
                .vision(VisionBuilder.builder().statement("Every child in Glenbrae grows up loved, safe and respected.")
                        .elements(List.of("loved", "safe", "respected")).build())
                .priorities(List.of(
                        PriorityBuilder.builder().id("p-early-help").title("Help early")
                                .description("Families get help before problems grow.")
                                .aims(List.of(StatutoryAim.EARLY_ACTION_AND_PREVENTION))
                                .wellbeingIndicators(List.of(WellbeingIndicator.NURTURED)).build(),
                        PriorityBuilder.builder().id("p-mental-health").title("Mental health")
                                .aims(List.of(StatutoryAim.WELLBEING))
                                .wellbeingIndicators(List.of(WellbeingIndicator.HEALTHY)).build()))
                .outcomes(List.of(
                        OutcomeBuilder.builder().id("o-1").statement("Fewer families reach crisis.")
                                .priorities(List.of("p-early-help"))
                                .wellbeingIndicators(List.of(WellbeingIndicator.NURTURED))
                                .childrenActOutcomes(List.of()).cooperationActOutcomes(List.of()).build(),
                        OutcomeBuilder.builder().id("o-2").statement("Young people wait less for mental health support.")
                                .priorities(List.of("p-mental-health"))
                                .wellbeingIndicators(List.of(WellbeingIndicator.HEALTHY))
                                .childrenActOutcomes(List.of()).cooperationActOutcomes(List.of()).build()))
                .actions(List.of(
                        ActionBuilder.builder().id("a-1").title("Open family hubs").lead("glenbrae-council")
                                .partners(List.of("glenbrae-tsi"))
                                .timescale(TimescaleBuilder.builder().start(PartialDate.parse("2026-04-01"))
                                        .due(PartialDate.parse("2027-03-31")).description("by March 2027").build())
                                .resources("GBP 400,000 a year").priorities(List.of("p-early-help"))
                                .measures(List.of("m-hub-visits"))
                                .aims(List.of(StatutoryAim.EARLY_ACTION_AND_PREVENTION))
                                .wellbeingIndicators(List.of(WellbeingIndicator.NURTURED)).build(),
                        ActionBuilder.builder().id("a-2").title("Counselling in every secondary school")
                                .lead("nhs-glenbrae").partners(List.of("glenbrae-council", "glenbrae-tsi"))
                                .timescale(TimescaleBuilder.builder().due(PartialDate.parse("2027-08-31")).build())
                                .priorities(List.of("p-mental-health")).measures(List.of("m-waiting-weeks"))
                                .aims(List.of(StatutoryAim.WELLBEING))
                                .wellbeingIndicators(List.of(WellbeingIndicator.HEALTHY)).build(),
                        ActionBuilder.builder().id("a-3").title("Joint training on child protection")
                                .lead("police-scotland").partners(List.of("glenbrae-council", "nhs-glenbrae"))
                                .priorities(List.of("p-early-help"))
                                .wellbeingIndicators(List.of(WellbeingIndicator.SAFE)).build()))
                .measures(List.of(
                        MeasureBuilder.builder().id("m-hub-visits").title("Families using a family hub")
                                .unit("families a year")
                                .baseline(MeasureValueBuilder.builder().value("0").date(LocalDate.of(2026, 3, 31)).build())
                                .target(MeasureValueBuilder.builder().value("1200").date(LocalDate.of(2029, 3, 31)).build())
                                .frequency(ReportingFrequency.QUARTERLY).dataSource("Hub records")
                                .priorities(List.of("p-early-help")).build(),
                        MeasureBuilder.builder().id("m-waiting-weeks")
                                .title("Weeks waited for a first counselling appointment").unit("weeks")
                                .baseline(MeasureValueBuilder.builder().value("14").build())
                                .target(MeasureValueBuilder.builder().value("4").build())
                                .frequency(ReportingFrequency.ANNUAL).priorities(List.of("p-mental-health")).build()))
                .services(List.of(
                        ServiceBuilder.builder().id("s-health-visiting").name("Health visiting")
                                .kind(ServiceKind.CHILDRENS_SERVICE).provider("nhs-glenbrae").build(),
                        ServiceBuilder.builder().id("s-adult-mental-health").name("Adult mental health")
                                .kind(ServiceKind.RELATED_SERVICE).provider("nhs-glenbrae").build(),
                        ServiceBuilder.builder().id("s-youth-work").name("Youth work")
                                .kind(ServiceKind.CHILDRENS_SERVICE).build()))
                .consultations(List.of(
                        ConsultationBuilder.builder().id("c-young-people")
                                .groups(List.of(ConsultedGroup.CHILDREN_AND_YOUNG_PEOPLE)).bodies(List.of())
                                .method("survey and school events").from(LocalDate.of(2025, 9, 1))
                                .to(LocalDate.of(2025, 11, 30)).changes(List.of("Mental health became a priority."))
                                .phase(EngagementPhase.DEVELOPMENT)
                                .findings(List.of("Waits for counselling are too long."))
                                .shapedPriorities(List.of("p-mental-health")).shapedActions(List.of("a-1"))
                                .build(),
                        ConsultationBuilder.builder().id("c-partners")
                                .groups(List.of(ConsultedGroup.THIRD_SECTOR, ConsultedGroup.POLICE))
                                .bodies(List.of("glenbrae-tsi", "police-scotland")).method("workshop")
                                .from(LocalDate.of(2025, 10, 8)).to(LocalDate.of(2025, 10, 8)).changes(List.of())
                                .build()))
                .familySupport(FamilySupportBuilder.builder().strategy("Family hubs in every locality.")
                        .services(List.of("s-health-visiting")).build())
                .childrensRights(ChildrensRightsBuilder.builder().statement("The plan follows the UNCRC.")
                        .uncrcArticles(List.of(3, 12, 24)).build())
                .approvals(List.of(ApprovalBuilder.builder().body("Glenbrae Council Children's Committee")
                        .date(PartialDate.of(LocalDate.of(2026, 3, 10))).decision(ApprovalDecision.APPROVED).build()))
                .publication(PublicationBuilder.builder().date(PartialDate.of(LocalDate.of(2026, 4, 1)))
                        .locations(List.of("https://www.glenbrae.example/csp")).build())
                .annualReports(List.of(AnnualReportBuilder.builder().title("Annual report 2026-27")
                        .coversFrom(LocalDate.of(2026, 4, 1)).coversTo(LocalDate.of(2027, 3, 31))
                        .published(PartialDate.parse("2027-09-30")).build()))
                .reviews(List.of(ReviewBuilder.builder().date(PartialDate.of(LocalDate.of(2027, 6, 1))).kind(ReviewKind.ANNUAL_UPDATE)
                        .build()))
                .previousPlanProgress(PreviousPlanProgressBuilder.builder().summary("Most objectives were met.")
                        .objectives(List.of(
                                ObjectiveProgressBuilder.builder().objective("Reduce exclusions")
                                        .status(ProgressStatus.ACHIEVED).build(),
                                ObjectiveProgressBuilder.builder().objective("Shorter waits for CAMHS")
                                        .status(ProgressStatus.CARRIED_FORWARD).build()))
                        .build())
                .linkedPlans(List.of(LinkedPlanBuilder.builder().title("Glenbrae Corporate Parenting Plan")
                        .kind(LinkedPlanKind.CORPORATE_PARENTING).build()))
                .sources(List.of(SourceDocumentBuilder.builder()
                        .title("Glenbrae Children's Services Plan 2026-2029 (fictional)")
                        .note("A test fixture; Glenbrae is not a real area.").build()))
                .extensions(Map.of("note", "kept as written"))
                .build();
    }

    private static Body body(String id, String name, BodyType type, PlanRole role) {
        return BodyBuilder.builder().id(id).name(name).type(type).role(role).build();
    }

    private static List<Class<?>> modelClasses() {
        try {
            Path folder = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("org/childplan/model");
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
                        .sorted()
                        .<Class<?>>map(name -> load("org.childplan.model." + name.substring(0, name.length() - 6)))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ModelBuildersTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
