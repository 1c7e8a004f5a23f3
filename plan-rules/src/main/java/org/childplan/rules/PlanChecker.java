package org.childplan.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Period;
import org.childplan.model.Plan;
import org.childplan.model.SupportedDates;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.SourceLocation;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.childplan.model.validation.ReferencesResolve;
import org.childplan.model.validation.UniqueIds;
import org.childplan.model.validation.UncheckedInvalidPlanException;
import org.childplan.rules.internal.LoadedPack;
import org.childplan.rules.internal.PackContract;
import org.childplan.rules.internal.PackCheck;
import org.childplan.rules.spi.RulePack;

/**
 * Checks plans against the rule packs of their jurisdiction.
 *
 * <p>Building a checker loads the packs' rule bases (the expensive part); build one and reuse it. A checker is
 * immutable and thread-safe: each check runs in its own rule session. A checker of the packs on the class path that
 * judges each plan by its own jurisdiction ({@link #forAllJurisdictions()}) loads the packs of a jurisdiction when it
 * first checks a plan of it (once, whatever the threads), so that checking a Scottish plan never loads the others.
 *
 * <pre>{@code
 * PlanChecker checker = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
 * ComplianceReport report = checker.check(PlanDocuments.read(Path.of("moray.yaml")));
 * }</pre>
 *
 * <p>A check applies the law of a jurisdiction on a date. The jurisdiction is the checker's, when it was built for
 * one, or else the plan's own. The date is the one given, or else the start of the plan's period. Only the rules in
 * force on that date run; the report names the legal regimes in force on it ({@link ComplianceReport#regimes()}) and
 * the changes in the law within the plan's period ({@link ComplianceReport#lawChanges()}), so that the same plan
 * checked as of two dates can be judged by two regimes.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanChecker {

    /** The constraints whose violations a check tolerates (see {@link #check(Plan)}). */
    private static final Set<String> TOLERATED_CONSTRAINTS =
            Set.of(ReferencesResolve.class.getSimpleName(), UniqueIds.class.getSimpleName());

    private final Jurisdiction jurisdiction;
    private final Map<Jurisdiction, JurisdictionCheck> checks;

    private PlanChecker(Jurisdiction jurisdiction, Map<Jurisdiction, JurisdictionCheck> checks) {
        this.jurisdiction = jurisdiction;
        this.checks = checks;
    }

    /**
     * A checker that judges every plan by the law of {@code jurisdiction}, with the packs available for it.
     *
     * @throws IllegalArgumentException when no pack is available for {@code jurisdiction}
     * @throws InvalidRulePackException when a pack for it cannot be used (see {@link Builder#build()})
     */
    public static PlanChecker forJurisdiction(Jurisdiction jurisdiction) {
        return builder().jurisdiction(jurisdiction).build();
    }

    /**
     * A checker that judges each plan by the law of its own jurisdiction, with every available pack. It loads a
     * jurisdiction's packs when it first checks a plan of it.
     */
    public static PlanChecker forAllJurisdictions() {
        return builder().build();
    }

    /** A builder, to choose the jurisdiction or the packs. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks {@code plan} by the law in force at the start of its period.
     *
     * <p>A plan that lacks a value the model requires, or has a list with a missing element, is refused before any
     * rule runs, as the rules rely on those: it is then validated by {@link PlanValidator#validate(Plan)} and refused
     * with every violation but two kinds the rules are written for, a reference that does not resolve and an id used
     * twice. A plan without a missing value is not validated in full, which would cost many times the check: validate
     * it first with {@link PlanValidator#requireValid(Plan)}, as {@code PlanDocuments} readers and the command do, to
     * refuse a plan that is otherwise not well formed.
     *
     * @throws UncheckedInvalidPlanException when the plan lacks a required value or a list element; its cause is the
     *     {@link InvalidPlanException} with the plan's violations
     * @throws IllegalArgumentException when the plan states neither a period nor a date, no pack covers its
     *     jurisdiction, or its period lies outside {@link SupportedDates}
     * @throws InvalidRulePackException when a pack on the class path for the plan's jurisdiction, loaded on first need
     *     by a checker of {@link #forAllJurisdictions()}, cannot be used (see {@link Builder#build()})
     * @throws NullPointerException when {@code plan} is null
     */
    public ComplianceReport check(Plan plan) {
        return check(plan, null);
    }

    /**
     * Checks {@code plan} by the law in force on {@code asOf}, or at the start of its period (else on the earliest day
     * of its date) when {@code asOf} is {@code null}.
     *
     * <p>A plan that lacks a required value is refused as {@link #check(Plan)} says.
     *
     * @throws UncheckedInvalidPlanException when the plan lacks a required value or a list element; its cause is the
     *     {@link InvalidPlanException} with the plan's violations
     * @throws IllegalArgumentException when {@code asOf} lies outside {@link SupportedDates} (the dates a plan may
     *     hold, from 1900-01-01 to 2200-12-31: a date outside them is a typing mistake, and by it every rule would be
     *     not applicable and the plan pass unchecked), when {@code asOf} is null and the plan states neither a period
     *     nor a date, when no pack covers the jurisdiction, or when the plan's period lies outside
     *     {@link SupportedDates}
     * @throws InvalidRulePackException when a pack on the class path for the plan's jurisdiction, loaded on first need
     *     by a checker of {@link #forAllJurisdictions()}, cannot be used (see {@link Builder#build()})
     * @throws NullPointerException when {@code plan} is null
     */
    public ComplianceReport check(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        if (PlanValidator.hasMissingValues(plan)) {
            refuseUnlessOnlyTolerated(nameOf(plan), PlanValidator.create().validate(plan));
        }
        return run(plan, asOf, null, pointer -> Optional.empty());
    }

    /**
     * Checks the plan of {@code document} by the law in force at the start of its period; findings carry the file,
     * line and column of the element concerned.
     *
     * <p>A plan that lacks a required value is refused as {@link #check(Plan)} says, with its violations located in
     * the file.
     *
     * @throws UncheckedInvalidPlanException when the plan lacks a required value or a list element; its cause is the
     *     {@link InvalidPlanException} with the plan's violations, located in the file
     * @throws IllegalArgumentException when the plan states neither a period nor a date, no pack covers its
     *     jurisdiction, or its period lies outside {@link SupportedDates}
     * @throws InvalidRulePackException when a pack on the class path for the plan's jurisdiction, loaded on first need
     *     by a checker of {@link #forAllJurisdictions()}, cannot be used (see {@link Builder#build()})
     * @throws NullPointerException when {@code document} is null
     */
    public ComplianceReport check(PlanDocument document) {
        return check(document, null);
    }

    /**
     * Checks the plan of {@code document} by the law in force on {@code asOf}, or at the start of its period when
     * {@code asOf} is {@code null}; findings carry the file, line and column of the element concerned.
     *
     * <p>A plan that lacks a required value is refused as {@link #check(Plan)} says, with its violations located in
     * the file.
     *
     * @throws UncheckedInvalidPlanException when the plan lacks a required value or a list element; its cause is the
     *     {@link InvalidPlanException} with the plan's violations, located in the file
     * @throws IllegalArgumentException when {@code asOf} lies outside {@link SupportedDates} (the dates a plan may
     *     hold, from 1900-01-01 to 2200-12-31: a date outside them is a typing mistake, and by it every rule would be
     *     not applicable and the plan pass unchecked), when {@code asOf} is null and the plan states neither a period
     *     nor a date, when no pack covers the jurisdiction, or when the plan's period lies outside
     *     {@link SupportedDates}
     * @throws InvalidRulePackException when a pack on the class path for the plan's jurisdiction, loaded on first need
     *     by a checker of {@link #forAllJurisdictions()}, cannot be used (see {@link Builder#build()})
     * @throws NullPointerException when {@code document} is null
     */
    public ComplianceReport check(PlanDocument document, LocalDate asOf) {
        Objects.requireNonNull(document, "document");
        if (PlanValidator.hasMissingValues(document.plan())) {
            refuseUnlessOnlyTolerated(document.source(), PlanValidator.create().validate(document));
        }
        return run(document.plan(), asOf, document.source(), document::locationOf);
    }

    /**
     * Refuses a plan whose violations go beyond the tolerated ones: a reference that does not resolve and an id used
     * twice, which the rules are written for.
     */
    private static void refuseUnlessOnlyTolerated(String source, List<PlanViolation> violations) {
        List<PlanViolation> refused = violations.stream()
                .filter(violation -> !TOLERATED_CONSTRAINTS.contains(violation.constraint()))
                .toList();
        if (!refused.isEmpty()) {
            throw new UncheckedInvalidPlanException(new InvalidPlanException(source, refused));
        }
    }

    /** The name a plan built in code goes by in messages, having no file name, as {@link PlanValidator} names it. */
    private static String nameOf(Plan plan) {
        return plan.id() == null || plan.id().isBlank() ? "plan without an id" : "plan '" + plan.id() + "'";
    }

    private ComplianceReport run(
            Plan plan,
            LocalDate asOf,
            String source,
            Function<String, Optional<SourceLocation>> locations) {
        Jurisdiction applied = jurisdiction != null ? jurisdiction : plan.jurisdiction();
        if (applied == null) {
            throw new IllegalArgumentException("plan '" + plan.id() + "' states no jurisdiction: give one to check it by");
        }
        JurisdictionCheck applicable = checks.get(applied);
        if (applicable == null) {
            throw new IllegalArgumentException("no rule pack for " + applied + " (plan '" + plan.id()
                    + "'); packs are available for " + checks.keySet());
        }
        requireSupportedPeriod(plan);
        if (asOf != null && !SupportedDates.contains(asOf)) {
            throw new IllegalArgumentException("the as-of date " + asOf + " lies outside the dates a plan may hold, "
                    + SupportedDates.RANGE + ": by it every rule would be not applicable and the plan would pass"
                    + " unchecked");
        }
        return applicable.get().run(plan, applied, asOfFor(plan, asOf), source, locations);
    }

    /**
     * Refuses a plan whose period lies outside {@link SupportedDates}: the checker counts the period's years, and a plan
     * built in code without {@code PlanValidator} could otherwise ask it to count a billion.
     */
    private static void requireSupportedPeriod(Plan plan) {
        Period period = plan.period();
        if (period == null) {
            return;
        }
        for (LocalDate date : new LocalDate[] {period.start(), period.end()}) {
            if (date != null && !SupportedDates.contains(date)) {
                throw new IllegalArgumentException("plan '" + plan.id() + "' has a period date (" + date
                        + ") outside the dates a plan may hold, " + SupportedDates.RANGE
                        + "; PlanValidator reports it");
            }
        }
    }

    private static LocalDate asOfFor(Plan plan, LocalDate asOf) {
        if (asOf != null) {
            return asOf;
        }
        if (plan.period() != null && plan.period().start() != null) {
            return plan.period().start();
        }
        if (plan.date() != null) {
            // The earliest day the document's date can mean: a duty that came into force later in its month or year
            // may not have bound it, and a check never applies law to a document before it was in force.
            return plan.date().earliest();
        }
        throw new IllegalArgumentException("plan '" + plan.id() + "' states neither a period nor a date, so the date "
                + "whose law applies cannot be chosen: give an as-of date");
    }

    private static AppliedPack applied(RulePack pack) {
        return new AppliedPack(pack.id(), pack.title(), pack.version(), pack.jurisdiction());
    }

    /** The jurisdiction this checker judges every plan by, or empty when it uses each plan's own. */
    public Optional<Jurisdiction> jurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /** The packs this checker applies. */
    public List<AppliedPack> packs() {
        return checks.values().stream().flatMap(check -> check.applied().stream()).toList();
    }

    /**
     * The rules this checker runs, ordered by pack and rule id: every rule of the packs it applies, or those chosen
     * with {@link Builder#onlyRules(Collection)}. Loads the packs not loaded yet.
     *
     * @throws InvalidRulePackException when a pack loaded here cannot be used (see {@link Builder#build()})
     */
    public List<RuleDescriptor> rules() {
        return checks.values().stream().flatMap(check -> check.get().rules().stream()).toList();
    }

    /**
     * The check of one jurisdiction's packs: loaded when the checker is built, or on first need, once.
     */
    private static final class JurisdictionCheck {

        private final List<AppliedPack> applied;
        private final Supplier<PackCheck> load;
        private volatile PackCheck loaded;

        private JurisdictionCheck(List<AppliedPack> applied, Supplier<PackCheck> load) {
            this.applied = applied;
            this.load = load;
        }

        static JurisdictionCheck loaded(PackCheck check) {
            JurisdictionCheck loaded = new JurisdictionCheck(check.applied(), null);
            loaded.loaded = check;
            return loaded;
        }

        static JurisdictionCheck onFirstNeed(List<AppliedPack> applied, Supplier<PackCheck> load) {
            return new JurisdictionCheck(applied, load);
        }

        List<AppliedPack> applied() {
            return applied;
        }

        PackCheck get() {
            PackCheck check = loaded;
            if (check == null) {
                synchronized (this) {
                    check = loaded;
                    if (check == null) {
                        check = load.get();
                        loaded = check;
                    }
                }
            }
            return check;
        }

        @Override
        public String toString() {
            return applied.toString();
        }
    }

    /**
     * Builds a {@link PlanChecker}.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private Jurisdiction jurisdiction;
        private final List<RulePack> packs = new ArrayList<>();
        private LocalDate comingLawFrom;
        private Set<String> onlyRules;

        private Builder() {
        }

        /** Judges every plan by the law of {@code jurisdiction} (default: each plan's own). */
        public Builder jurisdiction(Jurisdiction jurisdiction) {
            this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
            return this;
        }

        /** Applies {@code pack}; when no pack is given, every pack {@link RulePacks#available()} is applied. */
        public Builder pack(RulePack pack) {
            packs.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Previews coming law: applies every rule for law that is enacted but not yet in force on any known day
         * ({@link RuleDescriptor#isComing()}) as if it came into force on {@code date}. For seeing what coming law
         * would say of a plan, and for testing a coming rule before its commencement is made. A report of such a
         * checker is not a verdict on the law in force: each previewed rule's commencement says it was previewed.
         */
        public Builder previewComingLawFrom(LocalDate date) {
            this.comingLawFrom = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Runs only the rules with the ids {@code ruleIds} (default: every rule of the packs applied); replaces the
         * ids given by an earlier call.
         *
         * <p>The other rules do not run and are not reported: a report of the checker lists among its findings, rules
         * met, rules with nothing to check and rules not applicable only the rules chosen, and {@link #rules()} lists
         * only them. The regimes and the changes in the law a report names are still those of the whole packs. Every
         * id must name a rule of the packs applied, or {@link #build()} refuses it.
         *
         * <pre>{@code
         * PlanChecker core = PlanChecker.builder()
         *         .jurisdiction(Jurisdiction.SCOTLAND)
         *         .onlyRules(List.of("SCO-CYPSA-S8-THREE-YEAR-PERIOD", "SCO-CYPSA-S10-PUBLICATION"))
         *         .build();
         * }</pre>
         *
         * @throws IllegalArgumentException when {@code ruleIds} is empty: a checker of no rule would pass every plan
         * @throws NullPointerException when {@code ruleIds} is or holds {@code null}
         * @since 0.1
         */
        public Builder onlyRules(Collection<String> ruleIds) {
            Objects.requireNonNull(ruleIds, "ruleIds");
            if (ruleIds.isEmpty()) {
                throw new IllegalArgumentException("onlyRules needs at least one rule id: a checker of no rule would "
                        + "pass every plan");
            }
            // Set.copyOf refuses a null element with a NullPointerException.
            this.onlyRules = Set.copyOf(ruleIds);
            return this;
        }

        /**
         * Loads the packs and builds the checker. A checker of the packs on the class path (no {@link #pack} given)
         * for every jurisdiction (no {@link #jurisdiction} given) with every rule loads a jurisdiction's packs when it
         * first checks a plan of it instead.
         *
         * @throws IllegalArgumentException when a jurisdiction was chosen and no pack covers it, when
         *     {@link #onlyRules(Collection)} names an id that is not the id of a rule of the packs applied (the message
         *     names each such id), or when two packs applied give one rule id to two rules (the message names the id
         *     and both packs)
         * @throws InvalidRulePackException when a pack cannot be used: one of its descriptive methods
         *     ({@link RulePack#id()}, {@link RulePack#title()}, {@link RulePack#version()},
         *     {@link RulePack#jurisdiction()}, {@link RulePack#rulePackage()}, {@link RulePack#executableModelIndex()},
         *     {@link RulePack#classLoader()}) returns {@code null} or a blank string or throws (the message names the
         *     method), its id is not a short lower-case id, its classes cannot link (the message names the class
         *     missing), it has no executable model or no rules, a rule's metadata is missing or wrong, two rules have
         *     one id, or its rule base cannot be built; the message names where the pack was loaded from, the pack
         *     and the reason
         */
        public PlanChecker build() {
            List<RulePack> chosen = packs.isEmpty() ? RulePacks.available() : List.copyOf(packs);
            // A pack given here is code from outside: what it says of itself is checked before it is sorted or chosen.
            packs.forEach(pack -> PackContract.require(pack, null));
            if (packs.isEmpty() && jurisdiction == null && onlyRules == null) {
                return onFirstNeed(chosen);
            }
            if (jurisdiction != null) {
                chosen = chosen.stream().filter(pack -> pack.jurisdiction() == jurisdiction).toList();
                if (chosen.isEmpty()) {
                    throw new IllegalArgumentException("no rule pack for " + jurisdiction + "; packs are available for "
                            + RulePacks.available().stream().map(RulePack::jurisdiction).distinct().toList());
                }
            }
            List<LoadedPack> loadedPacks = chosen.stream()
                    .sorted(Comparator.comparing(RulePack::id))
                    .map(pack -> LoadedPack.load(pack, onlyRules))
                    .map(pack -> comingLawFrom == null ? pack : pack.withComingLawInForceFrom(comingLawFrom))
                    .toList();
            requireKnownRules(loadedPacks);
            PackCheck.requireUniqueRuleIds(loadedPacks);
            Map<Jurisdiction, JurisdictionCheck> loaded = loadedPacks.stream()
                    .collect(Collectors.groupingBy(pack -> pack.pack().jurisdiction(),
                            () -> new EnumMap<>(Jurisdiction.class),
                            Collectors.collectingAndThen(Collectors.toList(), packsOfOneJurisdiction ->
                                    JurisdictionCheck.loaded(PackCheck.of(packsOfOneJurisdiction, onlyRules)))));
            return new PlanChecker(jurisdiction, Collections.unmodifiableMap(loaded));
        }

        /**
         * A checker of the packs on the class path, each plan by its own jurisdiction, that loads a jurisdiction's
         * packs when it first checks a plan of it: a check of one plan pays for its own jurisdiction's rules only.
         */
        private PlanChecker onFirstNeed(List<RulePack> available) {
            LocalDate preview = comingLawFrom;
            Map<Jurisdiction, JurisdictionCheck> checks = available.stream()
                    .sorted(Comparator.comparing(RulePack::id))
                    .collect(Collectors.groupingBy(RulePack::jurisdiction,
                            () -> new EnumMap<>(Jurisdiction.class),
                            Collectors.collectingAndThen(Collectors.toList(), packsOfOneJurisdiction ->
                                    JurisdictionCheck.onFirstNeed(
                                            packsOfOneJurisdiction.stream().map(PlanChecker::applied).toList(),
                                            () -> PackCheck.of(packsOfOneJurisdiction.stream()
                                                    .map(LoadedPack::load)
                                                    .map(pack -> preview == null ? pack
                                                            : pack.withComingLawInForceFrom(preview))
                                                    .toList())))));
            return new PlanChecker(null, Collections.unmodifiableMap(checks));
        }

        /** Refuses ids given to {@link #onlyRules(Collection)} that no rule of {@code loaded} has. */
        private void requireKnownRules(List<LoadedPack> loaded) {
            if (onlyRules == null) {
                return;
            }
            Set<String> known = loaded.stream().flatMap(pack -> pack.rules().stream()).map(RuleDescriptor::id)
                    .collect(Collectors.toSet());
            Set<String> unknown = new TreeSet<>(onlyRules);
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("onlyRules names " + (unknown.size() == 1 ? "a rule" : "rules")
                        + " that no pack applied has: " + String.join(", ", unknown) + " (packs applied: "
                        + loaded.stream().map(pack -> pack.pack().id()).collect(Collectors.joining(", "))
                        + "; PlanChecker.rules() lists their rules)");
            }
        }
    }
}
