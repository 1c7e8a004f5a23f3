package org.childplan.benchmarks.floor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.childplan.model.Body;
import org.childplan.model.BodyType;
import org.childplan.model.ConsultedGroup;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Participation;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.PlanStatus;
import org.childplan.model.StatutoryAim;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Consultees;
import org.childplan.rules.Finding;
import org.childplan.rules.MetRule;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.RulePacks;
import org.childplan.rules.ThemeCoverage;
import org.childplan.rules.scotland.AnnualReports;
import org.childplan.rules.scotland.CoverageGap;
import org.childplan.rules.scotland.Participants;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.childplan.rules.scotland.ThreeYearPeriods;
import org.childplan.rules.spi.ReportingYear;

/**
 * A fixed core of the Scotland rule pack written as plain Java, the reference floor against which the Drools checker
 * is measured.
 *
 * <p>It makes the checks of the rules named in {@link #CORE_RULES}, the stable statutory duties of the Children and
 * Young People (Scotland) Act 2014 (the three-year period, joint preparation, the five aims, consultation,
 * publication and the annual report), and returns a {@link ComplianceReport} with the same findings (rule id,
 * pointer, outcome and severity), passed and not-applicable rules and coverage matrix as a {@link PlanChecker}
 * restricted to those rules ({@link #coreDroolsChecker()}), so that the two do the same work and only the engine
 * differs. Each rule's title, severity, citation, remedy and in-force dates are read from the pack's catalogue, as the
 * Drools checker reads them: only the conditions are written twice. The coverage matrix that the aim rules read is
 * worked out before any rule runs by {@link AimCoverage#matrixOf(Plan)}, in both checkers.
 *
 * <p>The core is fixed: a rule added to the pack is not part of it and needs no Java twin here. {@code
 * FloorAgreementTests} keeps the floor in step with the core in every build; when a core rule leaves the pack,
 * {@link #create()} fails.
 *
 * <p>This class lives in the benchmark module only. It is not a second implementation to use: the rules in DRL are
 * the law as the project states it.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ScotlandFloorChecker {

    /**
     * The ids of the rules the floor implements, in id order: the core of the Scotland pack that the benchmarks
     * compare. It changes only when the benchmark's yardstick is meant to change, never because a rule was added.
     */
    public static final List<String> CORE_RULES = List.of(
            "SCO-CYPSA-S10-OTHER-SERVICE-PROVIDERS",
            "SCO-CYPSA-S10-PUBLICATION",
            "SCO-CYPSA-S10-SERVICE-PROVIDING-ORGANISATIONS",
            "SCO-CYPSA-S10-SOCIAL-LANDLORDS",
            "SCO-CYPSA-S10-USER-REPRESENTATIVES",
            "SCO-CYPSA-S13-ANNUAL-REPORT",
            "SCO-CYPSA-S8-JOINT-PREPARATION",
            "SCO-CYPSA-S8-THREE-YEAR-PERIOD",
            "SCO-CYPSA-S9-BEST-USE-OF-RESOURCES",
            "SCO-CYPSA-S9-EARLY-ACTION",
            "SCO-CYPSA-S9-INTEGRATED",
            "SCO-CYPSA-S9-RELATED-SERVICES",
            "SCO-CYPSA-S9-WELLBEING");

    /** One rule's condition and findings: reports each place where {@code plan} misses the rule. */
    @FunctionalInterface
    private interface Rule {
        void check(Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter);
    }

    /** Reports findings of one rule, taking everything but the pointer, message and outcome from its descriptor. */
    private record Reporter(RuleDescriptor rule, List<Finding> findings) {
        void notMet(String pointer, String message) {
            add(pointer, message, RuleOutcome.NOT_MET);
        }

        void notEvidenced(String pointer, String message) {
            add(pointer, message, RuleOutcome.NOT_EVIDENCED);
        }

        void notYetDue(String pointer, String message) {
            add(pointer, message, RuleOutcome.NOT_YET_DUE);
        }

        private void add(String pointer, String message, RuleOutcome outcome) {
            findings.add(new Finding(rule.id(), rule.severity(), rule.title(), message, rule.citation(), pointer, null,
                    rule.remedy(), outcome));
        }
    }

    private final AppliedPack pack;
    private final List<RuleDescriptor> catalogue;
    private final Map<String, Rule> rules;

    private ScotlandFloorChecker(AppliedPack pack, List<RuleDescriptor> catalogue, Map<String, Rule> rules) {
        this.pack = pack;
        this.catalogue = catalogue;
        this.rules = rules;
    }

    /**
     * A floor checker for the core rules of the Scotland pack on the class path.
     *
     * @throws IllegalStateException when a rule of {@link #CORE_RULES} is not in the pack
     */
    public static ScotlandFloorChecker create() {
        ScotlandRulePack scotland = new ScotlandRulePack();
        List<RuleDescriptor> catalogue = RulePacks.catalogue(scotland).stream()
                .filter(rule -> CORE_RULES.contains(rule.id()))
                .toList();
        Set<String> missing = new TreeSet<>(CORE_RULES);
        catalogue.forEach(rule -> missing.remove(rule.id()));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the Scotland pack has no rule " + missing + " of the floor's core");
        }
        return new ScotlandFloorChecker(
                new AppliedPack(scotland.id(), scotland.title(), scotland.version(), scotland.jurisdiction()),
                catalogue, rules());
    }

    /** The Drools checker the floor is compared with: the Scotland pack restricted to {@link #CORE_RULES}. */
    public static PlanChecker coreDroolsChecker() {
        return PlanChecker.builder().jurisdiction(Jurisdiction.SCOTLAND).onlyRules(CORE_RULES).build();
    }

    /** The ids of the rules this checker runs: {@link #CORE_RULES}. */
    public List<String> ruleIds() {
        return catalogue.stream().map(RuleDescriptor::id).toList();
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
        // The report carries what the engine's does beside the rules' outcomes: the coverage of the three themes and
        // whether the document is a complete record.
        return new ComplianceReport(plan.id(), plan.title(), null, Jurisdiction.SCOTLAND, asOf, List.of(pack),
                findings, passed.stream().map(MetRule::withoutNamedEvidence).toList(), List.of(), notApplicable,
                coverage, List.of(), List.of(), List.of(), List.of(), plan.recordIsComplete(), ThemeCoverage.of(plan));
    }

    /** The core rules by id, each as its DRL file states its condition. */
    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        // Aims.drl: s9(2), each aim addressed by a priority and an action, or adopted by the plan.
        rules.put("SCO-CYPSA-S9-WELLBEING", aim(StatutoryAim.WELLBEING));
        rules.put("SCO-CYPSA-S9-EARLY-ACTION", aim(StatutoryAim.EARLY_ACTION_AND_PREVENTION));
        rules.put("SCO-CYPSA-S9-INTEGRATED", aim(StatutoryAim.INTEGRATED_FROM_RECIPIENTS_VIEW));
        rules.put("SCO-CYPSA-S9-BEST-USE-OF-RESOURCES", aim(StatutoryAim.BEST_USE_OF_RESOURCES));
        rules.put("SCO-CYPSA-S9-RELATED-SERVICES", aim(StatutoryAim.RELATED_SERVICES_WELLBEING));
        // AnnualReport.drl: s13(1)
        rules.put("SCO-CYPSA-S13-ANNUAL-REPORT", ScotlandFloorChecker::annualReportEachYear);
        // Consultation.drl: s10(1), a consultation of the group or a body of the kind that took part
        rules.put("SCO-CYPSA-S10-OTHER-SERVICE-PROVIDERS", consulted(ConsultedGroup.SERVICE_PROVIDERS,
                Set.of(BodyType.POLICE, BodyType.INTEGRATION_AUTHORITY), Participants.OPPORTUNITY_TO_PARTICIPATE,
                "No consultation of the other service providers is recorded (SERVICE_PROVIDERS)"));
        rules.put("SCO-CYPSA-S10-USER-REPRESENTATIVES", consulted(ConsultedGroup.SERVICE_USER_REPRESENTATIVES,
                Set.of(BodyType.CHILDREN_AND_YOUNG_PEOPLES_REPRESENTATIVES), Consultees.CONSULTED,
                "No consultation of organisations representing the users of children's services and related services "
                        + "is recorded (SERVICE_USER_REPRESENTATIVES)"));
        rules.put("SCO-CYPSA-S10-SERVICE-PROVIDING-ORGANISATIONS", consulted(ConsultedGroup.THIRD_SECTOR,
                Set.of(BodyType.THIRD_SECTOR), Consultees.CONSULTED,
                "No consultation of organisations that provide children's or related services in the area is recorded "
                        + "(THIRD_SECTOR)"));
        rules.put("SCO-CYPSA-S10-SOCIAL-LANDLORDS", consulted(ConsultedGroup.SOCIAL_LANDLORDS, Set.of(), Set.of(),
                "No consultation of the social landlords providing housing in the area is recorded (SOCIAL_LANDLORDS)"));
        // JointPreparation.drl: s8(1), s7(6)
        rules.put("SCO-CYPSA-S8-JOINT-PREPARATION", (plan, asOf, coverage, reporter) -> {
            if (!hasPreparingBody(plan, BodyType.LOCAL_AUTHORITY) || !hasPreparingBody(plan, BodyType.HEALTH_BOARD)) {
                reporter.notEvidenced("/bodies", "The plan does not show the local authority and the relevant health "
                        + "board preparing it jointly");
            }
        });
        // PlanPeriod.drl: s8(1) and SSI 2016/255
        rules.put("SCO-CYPSA-S8-THREE-YEAR-PERIOD", (plan, asOf, coverage, reporter) -> {
            if (plan.period() == null) {
                reporter.notEvidenced("/period", ThreeYearPeriods.problem(null));
            } else if (!ThreeYearPeriods.isStatutory(plan.period()) && !ThreeYearPeriods.startsLate(plan.period())) {
                reporter.notMet("/period", ThreeYearPeriods.problem(plan.period()));
            }
        });
        // Publication.drl: s10(7)(b)
        rules.put("SCO-CYPSA-S10-PUBLICATION", ScotlandFloorChecker::publication);
        return rules;
    }

    private static Rule aim(StatutoryAim aim) {
        return (plan, asOf, coverage, reporter) -> {
            // An aim the plan adopts as one of its own shows it prepared with a view to the aim.
            if (plan.aims().stream().anyMatch(adopted -> adopted.aims().contains(aim))) {
                return;
            }
            for (AimCoverage row : coverage) {
                if (row.aim() == aim) {
                    CoverageGap.inPrioritiesOrActions(row)
                            .ifPresent(gap -> reporter.notEvidenced(gap.pointer(), gap.message()));
                }
            }
        };
    }

    /**
     * s13(1): a published report covers each year of the period that ended before the as-of date; the report on a
     * year is overdue once the following year has ended without it.
     */
    private static void annualReportEachYear(Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter) {
        List<ReportingYear> ended = plan.period() == null ? List.of() : ReportingYear.of(plan.period()).stream()
                .filter(year -> year.endedBefore(asOf))
                .toList();
        if (ended.isEmpty()) {
            reporter.notYetDue("/annualReports", "No year of the plan's period has ended by " + asOf);
        }
        for (ReportingYear year : ended) {
            if (!AnnualReports.publishedCovering(plan, year).isEmpty()) {
                continue;
            }
            if (!year.to().plusYears(1).isBefore(asOf)) {
                reporter.notYetDue("/annualReports", "The report on year " + year.number() + " of the plan ("
                        + year.from() + " to " + year.to() + ") is due as soon as practicable after the year; no "
                        + "later year has yet ended without it");
            } else {
                reporter.notEvidenced("/annualReports", "No published annual report covers year " + year.number()
                        + " of the plan (" + year.from() + " to " + year.to() + "), though the following year ended on "
                        + year.to().plusYears(1));
            }
        }
    }

    private static Rule consulted(ConsultedGroup group, Set<BodyType> bodyTypes, Collection<Participation> tookPartAs,
            String message) {
        return (plan, asOf, coverage, reporter) -> {
            boolean consulted = plan.consultations().stream()
                    .anyMatch(consultation -> consultation.groups().contains(group))
                    || plan.bodies().stream()
                            .anyMatch(body -> bodyTypes.contains(body.type()) && body.tookPartAs(tookPartAs));
            if (!consulted) {
                reporter.notEvidenced("/consultations", message);
            }
        };
    }

    private static boolean hasPreparingBody(Plan plan, BodyType type) {
        for (Body body : plan.bodies()) {
            if (body.type() == type && body.tookPartAs(Participants.PREPARED_THE_PLAN)) {
                return true;
            }
        }
        return false;
    }

    /** s10(7)(b): a plan that is prepared (approved or published, or its period begun) records its publication. */
    private static void publication(Plan plan, LocalDate asOf, List<AimCoverage> coverage, Reporter reporter) {
        if (plan.publication() != null) {
            return;
        }
        boolean due = plan.status().isPrepared()
                || (plan.period() != null && !plan.period().start().isAfter(asOf));
        if (due) {
            String state = !plan.status().isPrepared()
                    ? "in its period"
                    : plan.status().name().toLowerCase(Locale.ROOT);
            reporter.notEvidenced("/publication", "The plan is " + state + " but its publication is not recorded");
        } else {
            reporter.notYetDue("/publication", "The plan is " + plan.status().name().toLowerCase(Locale.ROOT)
                    + " and its period has not begun: it is to be published once prepared");
        }
    }
}
