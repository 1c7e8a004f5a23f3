package org.childplan.rules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.rules.testkit.ComplianceReportAssert.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.childplan.model.DocumentKind;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.SupportedDates;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleError;
import org.childplan.rules.Severity;
import org.childplan.rules.spi.RulePack;
import org.childplan.rules.testkit.internal.CaseResources;
import org.childplan.rules.testkit.internal.PatchedPlans;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The YAML rule cases of one rule pack, as JUnit dynamic tests.
 *
 * <p>The cases of a pack lie on the test class path in the folder of its rule package ({@code org/acme/rules} for
 * the package {@code org.acme.rules}): one {@code <Duty>.cases.yaml} per DRL file, and base plans named
 * {@code compliant*.yaml}. Each case patches a base plan (the file's or the case's {@code base}, by default
 * {@code compliant-plan.yaml}) with a JSON merge patch, may set the date whose law applies ({@code asOf}), and names
 * the rules that must have a finding ({@code fires}), that must pass ({@code passes}), whose outcome must be
 * {@code notYetDue}, {@code nothingToCheck}, {@code notMet} or {@code notEvidenced}, and that must not apply because
 * they do not govern the case's kind of document ({@code notApplicable}):
 *
 * <pre>{@code
 * cases:
 *   - name: A plan with a priority that has no measure breaks the council's standard
 *     patch: {priorities: [{id: p1, title: Early help, measures: []}]}
 *     fires: [ACME-PRIORITY-MEASURED]
 * }</pre>
 *
 * <p>Besides each case, the tests check the pack as a whole: it has a base plan and cases; every rule has a case
 * where it fires and one where it passes, and every rule a case names exists; no case reports the same finding twice;
 * no rule throws in a case or over a base plan (a check reports such a rule as a {@link RuleError} and goes on); every
 * base plan meets every rule in force at the start of its period; every rule applies from the day it comes into
 * force and not the day before, and on its last day and not the day after; every rule runs over the kinds of
 * document it governs and no other; a rule resting on an unverified source is never more than INFO; and every regime
 * begins and ends on a day one of the pack's rules begins or ends.
 *
 * <pre>{@code
 * class AcmeRuleCasesTests {
 *     @TestFactory
 *     Stream<DynamicNode> cases() {
 *         return RuleCases.forPack(new AcmeRulePack()).tests();
 *     }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleCases {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String DEFAULT_BASE = "compliant-plan.yaml";
    private static final String CASES_SUFFIX = ".cases.yaml";
    /** Earlier than any case's date, so that coming law is in force in every case. */
    private static final LocalDate COMING_LAW_PREVIEWED_FROM = LocalDate.of(1900, 1, 1);
    /**
     * A day far ahead, on which coming law must still not run: the last day a plan may hold, the latest a check takes
     * as its as-of date.
     */
    private static final LocalDate FAR_AHEAD = SupportedDates.LATEST;

    private final RulePack pack;
    private final ClassLoader resources;

    private RuleCases(RulePack pack, ClassLoader resources) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    /**
     * The cases of {@code pack}, read from the folder of its rule package with the thread's context class loader
     * (in a test, the test class path).
     */
    public static RuleCases forPack(RulePack pack) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new RuleCases(pack, context != null ? context : RuleCases.class.getClassLoader());
    }

    /** The same cases, read with {@code loader} instead. */
    public RuleCases readWith(ClassLoader loader) {
        return new RuleCases(pack, loader);
    }

    /** Every test of the pack: one container per cases file with a test per case, then the checks of the pack. */
    public Stream<DynamicNode> tests() {
        Loaded loaded = load();
        List<DynamicNode> nodes = new ArrayList<>();
        loaded.casesByFile().forEach((file, cases) -> nodes.add(DynamicContainer.dynamicContainer(file,
                cases.stream().map(ruleCase -> DynamicTest.dynamicTest(ruleCase.name(), () -> checkCase(loaded, ruleCase))))));
        nodes.add(DynamicContainer.dynamicContainer("every base plan meets every rule in force at the start of its period",
                loaded.bases().keySet().stream().map(base -> DynamicTest.dynamicTest(base, () -> {
                    ComplianceReport report = loaded.checker().check(loaded.plan(base, null));
                    noRuleFailed(report, "base plan " + base);
                    assertThat(report).hasNoFindings();
                }))));
        nodes.add(DynamicTest.dynamicTest("the pack has a base plan and cases", () -> {
            assertThat(loaded.bases()).as("base plans (compliant*.yaml) of pack %s in %s", pack.id(), folder()).isNotEmpty();
            assertThat(loaded.cases()).as("cases (*%s) of pack %s in %s", CASES_SUFFIX, pack.id(), folder()).isNotEmpty();
        }));
        nodes.add(DynamicTest.dynamicTest("every rule has a case where it fires and a case where it passes",
                () -> everyRuleHasAFiringAndAPassingCase(loaded)));
        nodes.add(DynamicTest.dynamicTest("no rule reports the same finding twice", () -> {
            for (RuleCase ruleCase : loaded.cases()) {
                List<Finding> findings = loaded.check(ruleCase, ruleCase.asOf()).findings();
                assertThat(findings).as("findings of case '%s'", ruleCase.name()).doesNotHaveDuplicates();
            }
        }));
        nodes.add(DynamicTest.dynamicTest("a rule that rests on an unverified source is never more than INFO and says so",
                () -> assertThat(loaded.rules().stream().filter(rule -> rule.citation().provision().contains("UNVERIFIED")))
                        .allSatisfy(rule -> {
                            assertThat(rule.severity()).as(rule.id()).isEqualTo(Severity.INFO);
                            assertThat(rule.remedy()).as(rule.id()).contains("unverified");
                        })));
        nodes.add(DynamicContainer.dynamicContainer("coming law never runs, on the day of its case or far ahead",
                loaded.rules().stream().filter(RuleDescriptor::isComing).map(rule -> DynamicTest.dynamicTest(rule.id()
                        + " is not yet in force", () -> {
                            PlanChecker inForceOnly = PlanChecker.builder().pack(pack).build();
                            RuleCase firing = loaded.firingCase(rule);
                            for (LocalDate asOf : Arrays.asList(firing.asOf(), FAR_AHEAD)) {
                                ComplianceReport report = inForceOnly.check(loaded.plan(firing), asOf);
                                assertThat(report).hasNoFinding(rule.id()).hasNotApplicable(rule.id(),
                                        "not yet in force: " + rule.commencementNote().orElseThrow());
                                assertThat(report.comingLaw()).extracting(RuleDescriptor::id).contains(rule.id());
                            }
                        }))));
        nodes.add(DynamicContainer.dynamicContainer("every rule applies from the day it comes into force and not the day before",
                loaded.rules().stream().filter(rule -> !rule.isComing()).map(rule -> DynamicTest.dynamicTest(rule.id() + " is not applicable on "
                        + rule.inForceFrom().minusDays(1) + " and applies on " + rule.inForceFrom(), () -> {
                            RuleCase firing = loaded.firingCase(rule);
                            assertThat(loaded.check(firing, rule.inForceFrom().minusDays(1)))
                                    .hasNoFinding(rule.id())
                                    .hasNotApplicable(rule.id(), "in force from " + rule.inForceFrom());
                            if (firing.asOf() == null) {
                                assertThat(loaded.check(firing, rule.inForceFrom())).hasFinding(rule.id());
                            }
                        }))));
        nodes.add(DynamicContainer.dynamicContainer("every rule that ceases applies on its last day and not the day after",
                loaded.rules().stream().filter(rule -> rule.inForceTo() != null).map(rule -> DynamicTest.dynamicTest(
                        rule.id() + " applies on " + rule.inForceTo() + " and is not applicable on " + rule.inForceTo().plusDays(1),
                        () -> {
                            RuleCase firing = loaded.firingCase(rule);
                            assertThat(loaded.check(firing, rule.inForceTo())).hasFinding(rule.id());
                            assertThat(loaded.check(firing, rule.inForceTo().plusDays(1)))
                                    .hasNoFinding(rule.id())
                                    .hasNotApplicable(rule.id(), "in force until " + rule.inForceTo());
                        }))));
        nodes.add(DynamicContainer.dynamicContainer("every rule runs over the kinds of document it governs and no other",
                loaded.rules().stream().map(rule -> DynamicTest.dynamicTest(
                        rule.id() + " runs over " + rule.documentKinds() + " and no other kind of document",
                        () -> runsOverItsKindsOnly(loaded, rule)))));
        nodes.add(DynamicTest.dynamicTest("every regime begins and ends on a day a rule of the pack begins or ends",
                () -> everyRegimeBeginsAndEndsOnARuleBoundary(loaded)));
        List<DocumentKind> kinds = new ArrayList<>(Arrays.asList(DocumentKind.values()));
        kinds.add(null);
        nodes.add(DynamicContainer.dynamicContainer(
                "no rule fails over a plan with no optional part, of each kind of document, on each day a rule begins or ends",
                kinds.stream().map(kind -> DynamicTest.dynamicTest(kind == null ? "a plan of no kind" : article(kind),
                        () -> noRuleFailsOverAPlanWithNoOptionalPart(loaded, kind)))));
        return nodes.stream();
    }

    private String folder() {
        return pack.rulePackage().replace('.', '/');
    }

    private static void checkCase(Loaded loaded, RuleCase ruleCase) {
        namesRulesOfThePack(loaded, ruleCase);
        ComplianceReport report = loaded.check(ruleCase, ruleCase.asOf());
        noRuleFailed(report, "case '" + ruleCase.name() + "'");
        ruleCase.fires().forEach(id -> assertThat(report).hasFinding(id));
        ruleCase.passes().forEach(id -> assertThat(report).hasNoFinding(id).hasPassed(id));
        // A rule the case shows met names the plan elements that show it, so that a report can give its evidence.
        ruleCase.passes().stream()
                .filter(id -> report.outcomeOf(id).orElse(null) == RuleOutcome.MET)
                .forEach(id -> assertThat(report).hasEvidence(id));
        ruleCase.notYetDue().forEach(id -> assertThat(report).hasOutcome(id, RuleOutcome.NOT_YET_DUE));
        ruleCase.nothingToCheck().forEach(id -> assertThat(report).hasOutcome(id, RuleOutcome.NOTHING_TO_CHECK));
        ruleCase.notMet().forEach(id -> assertThat(report).hasOutcome(id, RuleOutcome.NOT_MET));
        ruleCase.notEvidenced().forEach(id -> assertThat(report).hasOutcome(id, RuleOutcome.NOT_EVIDENCED));
        ruleCase.notApplicable().forEach(id -> {
            assertThat(report).hasNoFinding(id);
            assertThat(report.notApplicable()).as("rules not applicable in case '%s'", ruleCase.name())
                    .filteredOn(rule -> rule.rule().id().equals(id))
                    .singleElement()
                    .satisfies(rule -> assertThat(rule.reason()).startsWith("governs ").contains("; this document is "));
        });
    }

    /**
     * Fails naming the case's file, the case and each rule id it names that no rule of the pack has, with the pack's
     * ids that begin as it does (a misspelt id would otherwise fail as a missing finding, or pass as no finding).
     */
    private static void namesRulesOfThePack(Loaded loaded, RuleCase ruleCase) {
        Set<String> ids = loaded.rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        for (String id : ruleCase.named()) {
            if (!ids.contains(id)) {
                String stem = id.contains("-") ? id.substring(0, id.lastIndexOf('-')) : id;
                List<String> near = ids.stream().filter(other -> other.startsWith(stem)).sorted().limit(5).toList();
                throw new AssertionError(ruleCase.file() + ", case '" + ruleCase.name() + "': " + id
                        + " is not a rule of the pack" + (near.isEmpty() ? "" : "; its rules that begin " + stem
                        + ": " + String.join(", ", near)));
            }
        }
    }

    /**
     * Fails naming each rule that threw while it was applied: a check reports such a rule as a {@link RuleError}, with
     * no verdict, and goes on with the other rules, so a case that looks at other rules would not see it.
     */
    private static void noRuleFailed(ComplianceReport report, String where) {
        assertThat(report.ruleErrors()).as("rules that failed and were not applied in %s", where)
                .extracting(RuleError::describe).isEmpty();
    }

    private void everyRuleHasAFiringAndAPassingCase(Loaded loaded) {
        Set<String> firing = new HashSet<>();
        Set<String> passing = new HashSet<>();
        loaded.cases().forEach(ruleCase -> {
            firing.addAll(ruleCase.firing());
            passing.addAll(ruleCase.passes());
        });
        List<String> ids = loaded.rules().stream().map(RuleDescriptor::id).toList();
        assertThat(ids).as("rules of pack %s without a case where they fire", pack.id())
                .allSatisfy(id -> assertThat(firing).contains(id));
        assertThat(ids).as("rules of pack %s without a case where they pass", pack.id())
                .allSatisfy(id -> assertThat(passing).contains(id));
        loaded.cases().forEach(ruleCase -> namesRulesOfThePack(loaded, ruleCase));
    }

    private static void runsOverItsKindsOnly(Loaded loaded, RuleDescriptor rule) {
        RuleCase firing = loaded.firingCase(rule);
        Plan base = loaded.plan(firing);
        for (DocumentKind kind : DocumentKind.values()) {
            ComplianceReport report = loaded.checker().check(PlanBuilder.from(base).withKind(kind), firing.asOf());
            if (rule.documentKinds().contains(kind)) {
                assertThat(report).as("%s over a %s", rule.id(), kind).hasFinding(rule.id());
            } else {
                assertThat(report).as("%s over a %s", rule.id(), kind).hasNoFinding(rule.id());
                assertThat(report.notApplicable()).as("%s over a %s", rule.id(), kind)
                        .filteredOn(notApplicable -> notApplicable.rule().id().equals(rule.id()))
                        .singleElement()
                        .satisfies(notApplicable -> assertThat(notApplicable.reason()).startsWith("governs ")
                                .endsWith("; this document is " + article(kind)));
            }
        }
        assertThat(loaded.checker().check(PlanBuilder.from(base).withKind(null), firing.asOf()))
                .as("%s over a plan of no kind", rule.id())
                .hasFinding(rule.id());
    }

    /** How a report names a document of {@code kind}; stated here independently of the checker that writes it. */
    private static String article(DocumentKind kind) {
        return switch (kind) {
            case CHILDRENS_SERVICES_PLAN -> "a children's services plan";
            case CHILDREN_AND_YOUNG_PEOPLES_PLAN -> "a Children and Young People's Plan";
            case PLAN_UPDATE -> "an update or review of a plan";
            case SERVICE_REDESIGN -> "a service redesign";
            case STRATEGY -> "a strategy";
            case AREA_PLAN -> "an area plan";
            case SAFEGUARDING_ARRANGEMENTS -> "safeguarding arrangements";
            case SAFEGUARDING_REPORT -> "a yearly report on safeguarding arrangements";
            case ANNUAL_SUFFICIENCY_PLAN -> "an annual sufficiency plan";
            case REVISED_PLAN -> "a revised plan";
        };
    }

    /**
     * Checks a plan that gives only what a plan must (id, title, area, jurisdiction, status and {@code kind}) on each day
     * a rule of the pack begins or ends, and fails naming each rule that throws (the check reports it as a
     * {@link RuleError}, or itself throws), so that a rule that reads an optional part (the period, the bodies, ...)
     * without asking whether the plan has it is found before a real plan finds it.
     */
    private void noRuleFailsOverAPlanWithNoOptionalPart(Loaded loaded, DocumentKind kind) {
        String yaml = "id: a-plan-with-no-optional-part\ntitle: A plan with no optional part\narea: Nowhere\n"
                + "jurisdiction: " + pack.jurisdiction().name() + "\nstatus: DRAFT\n"
                + (kind == null ? "" : "kind: " + kind.name() + "\n");
        Plan plan = PatchedPlans.patched("a plan with no optional part", yaml, null);
        Set<LocalDate> days = new java.util.TreeSet<>();
        loaded.rules().stream().filter(rule -> !rule.isComing()).forEach(rule -> {
            days.add(rule.inForceFrom());
            if (rule.inForceTo() != null) {
                days.add(rule.inForceTo());
            }
        });
        days.add(FAR_AHEAD);
        List<String> failures = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (LocalDate asOf : days) {
            ComplianceReport report;
            try {
                report = loaded.checker().check(plan, asOf);
            } catch (RuntimeException failure) {
                for (RuleDescriptor rule : loaded.rules()) {
                    try {
                        PlanChecker.builder().pack(pack).previewComingLawFrom(COMING_LAW_PREVIEWED_FROM)
                                .onlyRules(List.of(rule.id())).build().check(plan, asOf);
                    } catch (RuntimeException thrown) {
                        failures.add(rule.id() + " as of " + asOf + ": " + thrown);
                    }
                }
                if (failures.isEmpty()) {
                    failures.add("the check as of " + asOf + ": " + failure);
                }
                break;
            }
            // Each rule that threw, on the first day it did.
            report.ruleErrors().stream().filter(error -> failed.add(error.rule().id()))
                    .forEach(error -> failures.add(error.rule().id() + " as of " + asOf + ": " + error.message()));
        }
        assertThat(failures).as("rules of pack %s that throw over %s with no optional part:%n%s", pack.id(),
                kind == null ? "a plan of no kind" : article(kind), yaml).isEmpty();
    }

    private void everyRegimeBeginsAndEndsOnARuleBoundary(Loaded loaded) {
        Set<LocalDate> boundaries = new HashSet<>();
        loaded.rules().stream().filter(rule -> !rule.isComing()).forEach(rule -> {
            boundaries.add(rule.inForceFrom());
            if (rule.inForceTo() != null) {
                boundaries.add(rule.inForceTo().plusDays(1));
            }
        });
        List<Regime> regimes = RulePacks.regimes(pack);
        if (loaded.rules().stream().allMatch(RuleDescriptor::isLocalStandard)) {
            // A regime is law: a pack of local standards names none, so that no report shows its standards as law.
            assertThat(regimes).as("regimes of pack %s, whose rules are all local standards", pack.id()).isEmpty();
            return;
        }
        assertThat(regimes).as("regimes of pack %s", pack.id()).isNotEmpty().allSatisfy(regime -> {
            assertThat(boundaries).as("%s begins on a rule's first day", regime).contains(regime.inForceFrom());
            if (regime.inForceTo() != null) {
                assertThat(boundaries).as("%s ends on a rule's last day", regime).contains(regime.inForceTo().plusDays(1));
            }
        });
    }

    private Loaded load() {
        Map<String, String> files = CaseResources.yamlFilesIn(resources, folder());
        Map<String, String> bases = new LinkedHashMap<>();
        Map<String, List<RuleCase>> casesByFile = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            if (name.startsWith("compliant") && name.endsWith(".yaml") && !name.endsWith(CASES_SUFFIX)) {
                bases.put(name, text);
            }
        });
        files.forEach((name, text) -> {
            if (name.endsWith(CASES_SUFFIX)) {
                casesByFile.put(name, readCases(name, text, bases));
            }
        });
        // Coming law never runs; its cases are run as if it were in force, so that the day its commencement is made
        // the rule is already tested. Every other rule is unaffected by the preview.
        PlanChecker checker = PlanChecker.builder().pack(pack).previewComingLawFrom(COMING_LAW_PREVIEWED_FROM).build();
        return new Loaded(checker, RulePacks.catalogue(pack), bases, casesByFile);
    }

    private List<RuleCase> readCases(String file, String text, Map<String, String> bases) {
        String where = folder() + "/" + file;
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not well-formed YAML: " + e.getOriginalMessage(), e);
        }
        String fileBase = tree.path("base").asText(DEFAULT_BASE);
        List<RuleCase> cases = new ArrayList<>();
        int index = 0;
        for (JsonNode node : tree.path("cases")) {
            String at = where + " /cases/" + index++;
            String base = node.path("base").asText(fileBase);
            if (!bases.containsKey(base)) {
                throw new IllegalArgumentException(at + ": base plan " + base + " is not in " + folder()
                        + " (base plans there: " + bases.keySet() + ")");
            }
            LocalDate asOf = null;
            if (node.hasNonNull("asOf")) {
                try {
                    asOf = LocalDate.parse(node.get("asOf").asText());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(at + "/asOf: must be a date as YYYY-MM-DD but is '"
                            + node.get("asOf").asText() + "'", e);
                }
            }
            cases.add(new RuleCase(file, node.path("name").asText(at), base, asOf, node.get("patch"),
                    strings(node, "fires"), strings(node, "passes"), strings(node, "notApplicable"),
                    strings(node, "notYetDue"), strings(node, "nothingToCheck"), strings(node, "notMet"),
                    strings(node, "notEvidenced")));
        }
        return cases;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    private record RuleCase(String file, String name, String base, LocalDate asOf, JsonNode patch, List<String> fires,
            List<String> passes, List<String> notApplicable, List<String> notYetDue, List<String> nothingToCheck,
            List<String> notMet, List<String> notEvidenced) {

        /** The rules the case says are broken, whatever the outcome named. */
        List<String> firing() {
            List<String> ids = new ArrayList<>(fires);
            ids.addAll(notMet);
            ids.addAll(notEvidenced);
            return ids;
        }

        List<String> named() {
            List<String> ids = new ArrayList<>(firing());
            ids.addAll(passes);
            ids.addAll(notApplicable);
            ids.addAll(notYetDue);
            ids.addAll(nothingToCheck);
            return ids;
        }
    }

    private record Loaded(PlanChecker checker, List<RuleDescriptor> rules, Map<String, String> bases,
            Map<String, List<RuleCase>> casesByFile) {

        List<RuleCase> cases() {
            return casesByFile.values().stream().flatMap(List::stream).toList();
        }

        Plan plan(String base, JsonNode patch) {
            return PatchedPlans.patched(base, bases.get(base), patch);
        }

        Plan plan(RuleCase ruleCase) {
            return plan(ruleCase.base(), ruleCase.patch());
        }

        ComplianceReport check(RuleCase ruleCase, LocalDate asOf) {
            return checker.check(plan(ruleCase), asOf);
        }

        /** A case where {@code rule} fires, preferably one on the plan's own as-of date. */
        RuleCase firingCase(RuleDescriptor rule) {
            RuleCase dated = null;
            for (RuleCase ruleCase : cases()) {
                if (ruleCase.firing().contains(rule.id())) {
                    if (ruleCase.asOf() == null) {
                        return ruleCase;
                    }
                    if (dated == null) {
                        dated = ruleCase;
                    }
                }
            }
            if (dated == null) {
                throw new AssertionError("no case fires " + rule.id());
            }
            return dated;
        }
    }
}
