package org.childplan.model.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childplan.model.Action;
import org.childplan.model.AnnualReport;
import org.childplan.model.Approval;
import org.childplan.model.ApprovalDecision;
import org.childplan.model.Body;
import org.childplan.model.BodyType;
import org.childplan.model.ChildrensRights;
import org.childplan.model.Consultation;
import org.childplan.model.ConsultedGroup;
import org.childplan.model.DocumentKind;
import org.childplan.model.EngagementPhase;
import org.childplan.model.FamilySupport;
import org.childplan.model.Governance;
import org.childplan.model.Jurisdiction;
import org.childplan.model.LinkedPlan;
import org.childplan.model.LinkedPlanKind;
import org.childplan.model.Measure;
import org.childplan.model.MeasureValue;
import org.childplan.model.NeedsAssessment;
import org.childplan.model.ObjectiveProgress;
import org.childplan.model.Outcome;
import org.childplan.model.OversightBodyType;
import org.childplan.model.PartialDate;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanRelation;
import org.childplan.model.PlanRole;
import org.childplan.model.PlanStatus;
import org.childplan.model.PreviousPlan;
import org.childplan.model.PreviousPlanProgress;
import org.childplan.model.Priority;
import org.childplan.model.ProgressStatus;
import org.childplan.model.Publication;
import org.childplan.model.ReportingFrequency;
import org.childplan.model.Review;
import org.childplan.model.ReviewKind;
import org.childplan.model.Service;
import org.childplan.model.ServiceKind;
import org.childplan.model.SourceDocument;
import org.childplan.model.StatutoryAim;
import org.childplan.model.Timescale;
import org.childplan.model.UpdateCycle;
import org.childplan.model.Vision;
import org.childplan.model.WellbeingIndicator;

/**
 * Plans for validation tests: a well-formed plan that uses every part of the model (a fictional Scottish area,
 * Glenbrae), a minimal one, and helpers to change one element of a list.
 */
public final class TestPlans {

    private TestPlans() {
    }

    /** The smallest well-formed plan: identity only. */
    public static Plan minimal() {
        return PlanBuilder.builder()
                .id("glenbrae-csp-2026-2029")
                .title("Glenbrae Children's Services Plan 2026-2029")
                .area("Glenbrae")
                .jurisdiction(Jurisdiction.SCOTLAND)
                .status(PlanStatus.DRAFT)
                .build();
    }

    /** A well-formed plan that uses every part of the model and every kind of cross-reference. */
    public static Plan rich() {
        return PlanBuilder.builder(minimal())
                .kind(DocumentKind.CHILDRENS_SERVICES_PLAN)
                .edition("first edition")
                .status(PlanStatus.PUBLISHED)
                .summary("The joint plan of Glenbrae Council and NHS Glenbrae for children and young people.")
                .previousPlan(new PreviousPlan("glenbrae-csp-2023-2026", "Glenbrae Children's Services Plan 2023-2026",
                        LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31), PlanRelation.REPLACES))
                .period(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), UpdateCycle.ANNUAL))
                .bodies(List.of(
                        new Body("glenbrae-council", "Glenbrae Council", BodyType.LOCAL_AUTHORITY, PlanRole.JOINT_PREPARER),
                        new Body("nhs-glenbrae", "NHS Glenbrae", BodyType.HEALTH_BOARD, PlanRole.JOINT_PREPARER),
                        new Body("police-scotland", "Police Scotland", BodyType.POLICE, PlanRole.PARTNER),
                        new Body("glenbrae-tsi", "Glenbrae Third Sector Interface", BodyType.THIRD_SECTOR,
                                PlanRole.PARTNER)))
                .governance(new Governance("Glenbrae Chief Officers Group", OversightBodyType.CHIEF_OFFICERS_GROUP,
                        List.of("glenbrae-council", "nhs-glenbrae", "police-scotland"), null,
                        "Reports to the Community Planning Partnership board.", List.of("Community Planning Partnership"),
                        ReportingFrequency.QUARTERLY))
                .needsAssessment(new NeedsAssessment("Glenbrae joint strategic needs assessment for children",
                        PartialDate.parse("2025-11"), List.of("glenbrae-council", "nhs-glenbrae"),
                        List.of("Health visitor data", "School census"),
                        List.of("More children live in poverty in the east of the area.")))
                .vision(new Vision("Every child in Glenbrae grows up loved, safe and respected.",
                        List.of("loved", "safe", "respected")))
                .priorities(List.of(
                        new Priority("p-early-help", "Help early", "Families get help before problems grow.",
                                List.of(StatutoryAim.EARLY_ACTION_AND_PREVENTION),
                                List.of(WellbeingIndicator.NURTURED), List.of(), List.of(), null, null, null, null, List.of(),
                                Map.of()),
                        new Priority("p-mental-health", "Mental health", null,
                                List.of(StatutoryAim.WELLBEING), List.of(WellbeingIndicator.HEALTHY), List.of(), List.of(),
                                null, null, null, null, List.of(), Map.of())))
                .outcomes(List.of(
                        new Outcome("o-1", "Fewer families reach crisis.", List.of("p-early-help"),
                                List.of(WellbeingIndicator.NURTURED), List.of(), List.of()),
                        new Outcome("o-2", "Young people wait less for mental health support.",
                                List.of("p-mental-health"), List.of(WellbeingIndicator.HEALTHY), List.of(), List.of())))
                .actions(List.of(
                        new Action("a-1", "Open family hubs", null, "glenbrae-council", List.of("glenbrae-tsi"),
                                new Timescale(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "by March 2027"),
                                "GBP 400,000 a year", List.of("p-early-help"), List.of("m-hub-visits"),
                                List.of(StatutoryAim.EARLY_ACTION_AND_PREVENTION), List.of(WellbeingIndicator.NURTURED),
                                List.of(), List.of(), null, null, Map.of(), List.of()),
                        new Action("a-2", "Counselling in every secondary school", null, "nhs-glenbrae",
                                List.of("glenbrae-council", "glenbrae-tsi"),
                                new Timescale(null, LocalDate.of(2027, 8, 31), null), null,
                                List.of("p-mental-health"), List.of("m-waiting-weeks"),
                                List.of(StatutoryAim.WELLBEING), List.of(WellbeingIndicator.HEALTHY), List.of(), List.of(),
                                null, null, Map.of(), List.of()),
                        new Action("a-3", "Joint training on child protection", null, "police-scotland",
                                List.of("glenbrae-council", "nhs-glenbrae"), null, null, List.of("p-early-help"),
                                List.of(), List.of(), List.of(WellbeingIndicator.SAFE), List.of(), List.of(), null, null, Map.of(), List.of())))
                .measures(List.of(
                        new Measure("m-hub-visits", "Families using a family hub", null, "families a year",
                                new MeasureValue("0", LocalDate.of(2026, 3, 31)),
                                new MeasureValue("1200", LocalDate.of(2029, 3, 31)), ReportingFrequency.QUARTERLY,
                                "Hub records", List.of("p-early-help"), null, null, Map.of()),
                        new Measure("m-waiting-weeks", "Weeks waited for a first counselling appointment", null, "weeks",
                                new MeasureValue("14", null), new MeasureValue("4", null), ReportingFrequency.ANNUAL,
                                null, List.of("p-mental-health"), null, null, Map.of())))
                .services(List.of(
                        new Service("s-health-visiting", "Health visiting", ServiceKind.CHILDRENS_SERVICE, null,
                                "nhs-glenbrae", List.of(), null, Map.of()),
                        new Service("s-adult-mental-health", "Adult mental health", ServiceKind.RELATED_SERVICE, null,
                                "nhs-glenbrae", List.of(), null, Map.of()),
                        new Service("s-youth-work", "Youth work", ServiceKind.CHILDRENS_SERVICE, null, null, List.of(), null,
                                Map.of())))
                .consultations(List.of(
                        new Consultation("c-young-people", List.of(ConsultedGroup.CHILDREN_AND_YOUNG_PEOPLE),
                                List.of(), "survey and school events", LocalDate.of(2025, 9, 1),
                                LocalDate.of(2025, 11, 30), null, List.of("Mental health became a priority."), EngagementPhase.DEVELOPMENT,
                                List.of("Waits for counselling are too long."), List.of("p-mental-health"),
                                List.of("a-1")),
                        new Consultation("c-partners", List.of(ConsultedGroup.THIRD_SECTOR, ConsultedGroup.POLICE),
                                List.of("glenbrae-tsi", "police-scotland"), "workshop", LocalDate.of(2025, 10, 8),
                                LocalDate.of(2025, 10, 8), null, List.of(), null, List.of(), List.of(),
                                List.of())))
                .familySupport(new FamilySupport("Family hubs in every locality.", List.of("s-health-visiting")))
                .childrensRights(new ChildrensRights("The plan follows the UNCRC.", List.of(3, 12, 24)))
                .approvals(List.of(new Approval("Glenbrae Council Children's Committee", LocalDate.of(2026, 3, 10),
                        ApprovalDecision.APPROVED, null)))
                .publication(new Publication(LocalDate.of(2026, 4, 1), List.of("https://www.glenbrae.example/csp")))
                .annualReports(List.of(new AnnualReport("Annual report 2026-27", LocalDate.of(2026, 4, 1),
                        LocalDate.of(2027, 3, 31), LocalDate.of(2027, 9, 30), null)))
                .reviews(List.of(new Review(LocalDate.of(2027, 6, 1), ReviewKind.ANNUAL_UPDATE, null)))
                .previousPlanProgress(new PreviousPlanProgress("Most objectives were met.", List.of(
                        new ObjectiveProgress("Reduce exclusions", ProgressStatus.ACHIEVED, null),
                        new ObjectiveProgress("Shorter waits for CAMHS", ProgressStatus.CARRIED_FORWARD, null))))
                .linkedPlans(List.of(new LinkedPlan("Glenbrae Corporate Parenting Plan",
                        LinkedPlanKind.CORPORATE_PARENTING, null, null)))
                .sources(List.of(new SourceDocument("Glenbrae Children's Services Plan 2026-2029 (fictional)", null,
                        null, null, null, "A test fixture; Glenbrae is not a real area.")))
                .extensions(Map.of("note", "kept as written"))
                .build();
    }

    /** A copy of {@code list} with the element at {@code index} replaced by {@code element}. */
    public static <T> List<T> replace(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }

    /** A copy of {@code list} with {@code elements} added at the end. */
    @SafeVarargs
    public static <T> List<T> append(List<T> list, T... elements) {
        List<T> copy = new ArrayList<>(list);
        for (T element : elements) {
            copy.add(element);
        }
        return copy;
    }
}
