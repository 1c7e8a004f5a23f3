package org.childplan.benchmarks.floor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.childplan.model.AnnualReport;
import org.childplan.model.BodyType;
import org.childplan.model.ConsultedGroup;
import org.childplan.model.Jurisdiction;
import org.childplan.model.LinkedPlanKind;
import org.childplan.model.Measure;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanRole;
import org.childplan.model.PlanStatus;
import org.childplan.model.ServiceKind;
import org.childplan.model.StatutoryAim;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.childplan.rules.scotland.ThreeYearPeriods;

/**
 * The Scotland rule pack written as plain Java, the reference floor against which the Drools checker is measured.
 *
 * <p>It makes the same checks as the DRL files of {@code org/childplan/rules/scotland/}, rule for rule, and returns
 * the same {@link ComplianceReport}: the same findings (rule id, pointer and message), passed and not-applicable
 * rules and coverage matrix, so that the two do the same work and only the engine differs. Each rule's title,
 * severity, citation, remedy and in-force dates are read from the pack's catalogue, as the Drools checker reads them:
 * only the conditions are written twice. The coverage matrix that the aim rules read is worked out before any rule
 * runs by the engine's own {@link Coverage}, in both checkers. {@code FloorAgreementTests} keeps the two in step;
 * when a rule is added to the pack and not here, {@link #create()} fails.
 *
 * <p>This class lives in the benchmark module only. It is not a second implementation to use: the rules in DRL are
 * the law as the project states it.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ScotlandFloorChecker {

    /** One rule's condition and findings: reports each place where {@code plan} misses the rule. */
    @FunctionalInterface
    private interface Rule {
        void check(Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter);
    }

    /** Reports findings of one rule, taking everything but the pointer and the message from its descriptor. */
    private record Reporter(RuleDescriptor rule, List<Finding> findings) {
        void at(String pointer, String message) {
            findings.add(new Finding(rule.id(), rule.severity(), rule.title(), message, rule.citation(), pointer, null,
                    rule.remedy()));
        }
    }

    private static final List<PlanRole> PREPARING_ROLES = List.of(PlanRole.LEAD, PlanRole.JOINT_PREPARER);

    private final AppliedPack pack;
    private final List<RuleDescriptor> catalogue;
    private final Map<String, Rule> rules;

    private ScotlandFloorChecker(AppliedPack pack, List<RuleDescriptor> catalogue, Map<String, Rule> rules) {
        this.pack = pack;
        this.catalogue = catalogue;
        this.rules = rules;
    }

    /**
     * A floor checker for the Scotland pack on the class path.
     *
     * @throws IllegalStateException when the pack has a rule this class does not implement, or the other way round
     */
    public static ScotlandFloorChecker create() {
        ScotlandRulePack scotland = new ScotlandRulePack();
        List<RuleDescriptor> catalogue = RulePacks.catalogue(scotland);
        Map<String, Rule> rules = rules();
        Set<String> inPack = new TreeSet<>();
        catalogue.forEach(rule -> inPack.add(rule.id()));
        if (!inPack.equals(rules.keySet())) {
            Set<String> missing = new TreeSet<>(inPack);
            missing.removeAll(rules.keySet());
            Set<String> extra = new TreeSet<>(rules.keySet());
            extra.removeAll(inPack);
            throw new IllegalStateException("the floor checker is out of step with the Scotland pack: not implemented "
                    + missing + ", not in the pack " + extra);
        }
        return new ScotlandFloorChecker(
                new AppliedPack(scotland.id(), scotland.title(), scotland.version(), scotland.jurisdiction()),
                catalogue, rules);
    }

    /** Checks {@code plan} by the law in force at the start of its period, as {@code PlanChecker.check(plan)}. */
    public ComplianceReport check(Plan plan) {
        Period period = plan.period();
        if (period == null || period.start() == null) {
            throw new IllegalArgumentException("plan '" + plan.id() + "' states no period: give an as-of date");
        }
        return check(plan, period.start());
    }

    /** Checks {@code plan} by the law in force on {@code asOf}, as {@code PlanChecker.check(plan, asOf)}. */
    public ComplianceReport check(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        // The coverage matrix is an input of the rules, worked out before any rule runs by the same code as the engine's:
        // the two checkers differ in how they evaluate the rules, which is what the floor measures.
        List<AimCoverage> coverage = AimCoverage.matrixOf(plan);
        List<Finding> findings = new ArrayList<>();
        List<RuleDescriptor> passed = new ArrayList<>();
        List<NotApplicableRule> notApplicable = new ArrayList<>();
        for (RuleDescriptor rule : catalogue) {
            Optional<String> reason = rule.notInForceReason(asOf).or(() -> rule.governs(plan.kind())
                    ? Optional.empty()
                    : Optional.of("governs " + rule.documentKinds() + "; this document is " + plan.kind()));
            if (reason.isPresent()) {
                notApplicable.add(new NotApplicableRule(rule, reason.get()));
                continue;
            }
            int before = findings.size();
            rules.get(rule.id()).check(plan, asOf, coverage, new Reporter(rule, findings));
            if (findings.size() == before) {
                passed.add(rule);
            }
        }
        return new ComplianceReport(plan.id(), plan.title(), null, Jurisdiction.SCOTLAND, asOf, List.of(pack),
                findings, passed, notApplicable, coverage);
    }

    /** The rules by id, one entry per rule of the DRL files, in the order of those files. */
    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        // Aims.drl: s9(2), each aim addressed by a priority, an action and a measure.
        rules.put("SCO-CYPSA-S9-WELLBEING", aim(StatutoryAim.WELLBEING));
        rules.put("SCO-CYPSA-S9-EARLY-ACTION", aim(StatutoryAim.EARLY_ACTION_AND_PREVENTION));
        rules.put("SCO-CYPSA-S9-INTEGRATED", aim(StatutoryAim.INTEGRATED_FROM_RECIPIENTS_VIEW));
        rules.put("SCO-CYPSA-S9-BEST-USE-OF-RESOURCES", aim(StatutoryAim.BEST_USE_OF_RESOURCES));
        rules.put("SCO-CYPSA-S9-RELATED-SERVICES", aim(StatutoryAim.RELATED_SERVICES_WELLBEING));
        rules.put("SCO-PRACTICE-AIM-MEASURED", ScotlandFloorChecker::aimMeasured);
        // AnnualReport.drl
        rules.put("SCO-CYPSA-S13-ANNUAL-REPORT", ScotlandFloorChecker::annualReportEachYear);
        rules.put("SCO-SG2020-P125-ANNUAL-REPORT-BY-JUNE", ScotlandFloorChecker::annualReportByJune);
        // ChildrensRights.drl
        rules.put("SCO-SG2020-APPB-CHILDRENS-RIGHTS", (plan, asOf, coverage, reporter) -> {
            if (plan.childrensRights() == null) {
                reporter.at("/childrensRights", "The plan does not say how it gives effect to children's rights");
            }
        });
        // Consultation.drl: s10(1)
        rules.put("SCO-CYPSA-S10-OTHER-SERVICE-PROVIDERS", consulted(ConsultedGroup.SERVICE_PROVIDERS,
                "No consultation of the other service providers is recorded (SERVICE_PROVIDERS), s10(1)(a)"));
        rules.put("SCO-CYPSA-S10-USER-REPRESENTATIVES", consulted(ConsultedGroup.SERVICE_USER_REPRESENTATIVES,
                "No consultation of organisations representing the users of children's services and related services "
                        + "is recorded (SERVICE_USER_REPRESENTATIVES), s10(1)(b)(i), s10(2)(a)"));
        rules.put("SCO-CYPSA-S10-SERVICE-PROVIDING-ORGANISATIONS", consulted(ConsultedGroup.THIRD_SECTOR,
                "No consultation of organisations that provide children's or related services in the area is recorded "
                        + "(THIRD_SECTOR), s10(1)(b)(i), s10(2)(b)"));
        rules.put("SCO-CYPSA-S10-SOCIAL-LANDLORDS", consulted(ConsultedGroup.SOCIAL_LANDLORDS,
                "No consultation of the social landlords providing housing in the area is recorded (SOCIAL_LANDLORDS), "
                        + "s10(1)(b)(ii)"));
        // Engagement.drl: 2020 guidance para 4
        rules.put("SCO-SG2020-P4-CHILDREN-ENGAGED", consulted(ConsultedGroup.CHILDREN_AND_YOUNG_PEOPLE,
                "No engagement with children and young people is recorded (CHILDREN_AND_YOUNG_PEOPLE), para 4"));
        rules.put("SCO-SG2020-P4-FAMILIES-ENGAGED", consulted(ConsultedGroup.PARENTS_AND_FAMILIES,
                "No engagement with parents and families is recorded (PARENTS_AND_FAMILIES), para 4"));
        // Governance.drl
        rules.put("SCO-PRACTICE-GOVERNANCE", (plan, asOf, coverage, reporter) -> {
            if (plan.governance() == null) {
                reporter.at("/governance", "The plan names no group that oversees it");
            }
        });
        // JointPreparation.drl: s8(1)
        rules.put("SCO-CYPSA-S8-JOINT-PREPARATION", (plan, asOf, coverage, reporter) -> {
            if (!hasPreparingBody(plan, BodyType.LOCAL_AUTHORITY) || !hasPreparingBody(plan, BodyType.HEALTH_BOARD)) {
                reporter.at("/bodies", "The plan does not show the local authority and the relevant health board "
                        + "preparing it jointly: each must be a body with role LEAD or JOINT_PREPARER (s8(1))");
            }
        });
        // LinkedPlans.drl
        rules.put("SCO-PRACTICE-CHILD-PROTECTION-LINK", linked(LinkedPlanKind.CHILD_PROTECTION,
                "The plan does not link to the child protection plans (CHILD_PROTECTION)"));
        rules.put("SCO-PRACTICE-CORPORATE-PARENTING-LINK", linked(LinkedPlanKind.CORPORATE_PARENTING,
                "The plan does not link to the corporate parenting plan (CORPORATE_PARENTING)"));
        // Measures.drl
        rules.put("SCO-PRACTICE-MEASURE-BASELINE-TARGET", ScotlandFloorChecker::measureBaselineAndTarget);
        // NeedsAssessment.drl: the 2016 and the 2020 guidance
        rules.put("SCO-SG2016-APPD-SHARED-NEEDS-ASSESSMENT", (plan, asOf, coverage, reporter) -> {
            if (plan.needsAssessment() == null) {
                reporter.at("/needsAssessment", "The plan describes no assessment of the needs of children and young people");
            } else if (plan.needsAssessment().preparedBy().size() < 2) {
                reporter.at("/needsAssessment/preparedBy", "The needs assessment '" + plan.needsAssessment().title()
                        + "' is not shown to be shared: fewer than two bodies prepared it");
            }
        });
        rules.put("SCO-SG2020-APPB-NEEDS-ASSESSMENT-EVIDENCE", (plan, asOf, coverage, reporter) -> {
            if (plan.needsAssessment() == null) {
                reporter.at("/needsAssessment", "The plan describes no joint strategic needs assessment");
            } else if (plan.needsAssessment().sources().isEmpty()) {
                reporter.at("/needsAssessment/sources", "The needs assessment '" + plan.needsAssessment().title()
                        + "' names no evidence it draws on");
            }
        });
        // PlanPeriod.drl: s8(1) and SSI 2016/255
        rules.put("SCO-CYPSA-S8-THREE-YEAR-PERIOD", (plan, asOf, coverage, reporter) -> {
            if (!ThreeYearPeriods.isStatutory(plan.period())) {
                reporter.at("/period", ThreeYearPeriods.problem(plan.period()));
            }
        });
        // Priorities.drl
        rules.put("SCO-SG2020-APPB-FEW-PRIORITIES", (plan, asOf, coverage, reporter) -> {
            if (plan.priorities().size() > 5) {
                reporter.at("/priorities", "The plan has " + plan.priorities().size()
                        + " priorities; a good plan has no more than 3 to 5");
            }
        });
        // Publication.drl: s10(7)(b)
        rules.put("SCO-CYPSA-S10-PUBLICATION", ScotlandFloorChecker::publication);
        // Services.drl: s8(2)
        rules.put("SCO-CYPSA-S8-CHILDRENS-SERVICES", service(ServiceKind.CHILDRENS_SERVICE,
                "The plan describes no children's service (a service with kind CHILDRENS_SERVICE), s8(2)"));
        rules.put("SCO-CYPSA-S8-RELATED-SERVICES", service(ServiceKind.RELATED_SERVICE,
                "The plan describes no related service (a service with kind RELATED_SERVICE), s8(2)"));
        // WellbeingIndicators.drl: s96(2)
        rules.put("SCO-CYPSA-S96-WELLBEING-INDICATORS", (plan, asOf, coverage, reporter) -> {
            if (plan.priorities().stream().allMatch(priority -> priority.wellbeingIndicators().isEmpty())
                    && plan.outcomes().stream().allMatch(outcome -> outcome.wellbeingIndicators().isEmpty())
                    && plan.actions().stream().allMatch(action -> action.wellbeingIndicators().isEmpty())) {
                reporter.at("/priorities", "No priority, outcome or action names a wellbeing indicator of s96(2)");
            }
        });
        return rules;
    }

    private static Rule aim(StatutoryAim aim) {
        return (plan, asOf, coverage, reporter) -> {
            for (AimCoverage row : coverage) {
                if (row.aim() == aim) {
                    List<String> missing = row.missingElements().stream()
                            .filter(element -> !element.equals("measure")).toList();
                    if (!missing.isEmpty()) {
                        reporter.at("/" + plural(missing.get(0)), "No " + String.join(" or ", missing)
                                + " addresses the aim of " + aim.description() + " (missing: "
                                + String.join(", ", missing) + ")");
                    }
                }
            }
        };
    }

    /** Good practice supporting s13(1)(b)(i): a measure tracks each aim. */
    private static void aimMeasured(Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter) {
        for (AimCoverage row : coverage) {
            if (row.measures().isEmpty()) {
                reporter.at("/measures", "No measure addresses the aim of " + row.aim().description()
                        + " (missing: measure)");
            }
        }
    }

    private static String plural(String element) {
        return element.endsWith("y") ? element.substring(0, element.length() - 1) + "ies" : element + "s";
    }

    /** s13(1): each whole year of the period that ended before the as-of date is covered by a published report. */
    private static void annualReportEachYear(Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter) {
        Period period = plan.period();
        if (period == null) {
            return;
        }
        LocalDate from = period.start();
        for (int number = 1; !from.plusYears(1).minusDays(1).isAfter(period.end()); number++) {
            LocalDate to = from.plusYears(1).minusDays(1);
            if (to.isBefore(asOf) && !publishedReportCovers(plan, to)) {
                reporter.at("/annualReports", "No published annual report covers year " + number + " of the plan ("
                        + from + " to " + to + "), which ended before " + asOf + ", s13(1)");
            }
            from = from.plusYears(1);
        }
    }

    private static boolean publishedReportCovers(Plan plan, LocalDate day) {
        for (AnnualReport report : plan.annualReports()) {
            if (report.published() != null && !report.coversFrom().isAfter(day) && !report.coversTo().isBefore(day)) {
                return true;
            }
        }
        return false;
    }

    /** 2020 guidance para 125: each annual report published by the end of June after the year it covers. */
    private static void annualReportByJune(Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter) {
        List<AnnualReport> reports = plan.annualReports();
        for (int index = 0; index < reports.size(); index++) {
            AnnualReport report = reports.get(index);
            if (report.published() != null && report.published().isAfter(report.coversTo().plusMonths(3))) {
                reporter.at("/annualReports/" + index, "The annual report '" + report.title()
                        + "' covering the year to " + report.coversTo() + " was published on " + report.published()
                        + ", after the end of June, para 125");
            }
        }
    }

    private static Rule consulted(ConsultedGroup group, String message) {
        return (plan, asOf, coverage, reporter) -> {
            if (plan.consultations().stream().noneMatch(consultation -> consultation.groups().contains(group))) {
                reporter.at("/consultations", message);
            }
        };
    }

    private static boolean hasPreparingBody(Plan plan, BodyType type) {
        return plan.bodies().stream().anyMatch(body -> body.type() == type && PREPARING_ROLES.contains(body.role()));
    }

    private static Rule linked(LinkedPlanKind kind, String message) {
        return (plan, asOf, coverage, reporter) -> {
            if (plan.linkedPlans().stream().noneMatch(linkedPlan -> linkedPlan.kind() == kind)) {
                reporter.at("/linkedPlans", message);
            }
        };
    }

    private static void measureBaselineAndTarget(
            Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter) {
        List<Measure> measures = plan.measures();
        for (int index = 0; index < measures.size(); index++) {
            Measure measure = measures.get(index);
            if (measure.baseline() == null || measure.target() == null) {
                String missing = measure.baseline() == null
                        ? (measure.target() == null ? "baseline or target" : "baseline")
                        : "target";
                reporter.at("/measures/" + index, "The measure '" + measure.title() + "' has no " + missing);
            }
        }
    }

    /** s10(7)(b): a plan that is prepared (approved or published, or its period begun) records its publication. */
    private static void publication(Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter) {
        boolean prepared = plan.status() == PlanStatus.APPROVED || plan.status() == PlanStatus.PUBLISHED
                || (plan.period() != null && !plan.period().start().isAfter(asOf));
        if (plan.publication() == null && prepared) {
            String state = plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.CONSULTATION
                    ? "in its period"
                    : plan.status().name().toLowerCase(Locale.ROOT);
            reporter.at("/publication", "The plan is " + state + " but its publication is not recorded, s10(7)(b)");
        }
    }

    private static Rule service(ServiceKind kind, String message) {
        return (plan, asOf, coverage, reporter) -> {
            if (plan.services().stream().noneMatch(service -> service.kind() == kind)) {
                reporter.at("/services", message);
            }
        };
    }
}
