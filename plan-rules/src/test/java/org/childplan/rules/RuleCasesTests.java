package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.rules.ComplianceReportAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.childplan.model.DocumentKind;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule cases beside each pack's DRLs ({@code <Duty>.cases.yaml} in the folder of the pack's rule package), for
 * every available pack.
 *
 * <p>Each case patches a base plan of its folder (the file's or the case's {@code base}, by default
 * {@code compliant-plan.yaml}) and names the rules that must fire, those that must pass and those that must not
 * apply because they do not govern the case's kind of document ({@code notApplicable}). The harness also fails when
 * a rule has no firing case, no passing case, or reports the same finding twice; checks every rule on both sides of
 * its in-force dates, and with every kind of document it does and does not govern; checks that every base plan meets
 * every rule in force at the start of its period; and that a rule resting on an unverified source is never more than
 * INFO.
 */
class RuleCasesTests {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String DEFAULT_BASE = "compliant-plan.yaml";
    private static final Map<String, PlanChecker> CHECKERS = new TreeMap<>();
    private static final List<RuleCase> CASES = new ArrayList<>();
    private static final Map<String, List<String>> BASES = new TreeMap<>();

    record RuleCase(String pack, String file, String name, String base, LocalDate asOf, JsonNode patch,
            List<String> fires, List<String> passes, List<String> notApplicable, List<String> notYetDue,
            List<String> nothingToCheck, List<String> notMet, List<String> notEvidenced) {

        Plan plan() {
            return TestPlans.patched(base, patch);
        }

        PlanChecker checker() {
            return CHECKERS.get(pack);
        }
    }

    @BeforeAll
    static void loadCases() throws IOException, URISyntaxException {
        for (RulePack pack : RulePacks.available()) {
            CHECKERS.put(pack.id(), PlanChecker.builder().pack(pack).build());
            String folderName = "/" + pack.rulePackage().replace('.', '/');
            URL url = RuleCasesTests.class.getResource(folderName);
            if (url == null) {
                BASES.put(pack.id(), List.of());
                continue;
            }
            Path folder = Path.of(url.toURI());
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> all = files.sorted().toList();
                BASES.put(pack.id(), all.stream().map(path -> path.getFileName().toString())
                        .filter(name -> name.startsWith("compliant") && name.endsWith(".yaml"))
                        .map(name -> folderName + "/" + name).toList());
                for (Path file : all.stream().filter(path -> path.toString().endsWith(".cases.yaml")).toList()) {
                    JsonNode tree = YAML.readTree(file.toFile());
                    String fileBase = tree.path("base").asText(DEFAULT_BASE);
                    for (JsonNode node : tree.path("cases")) {
                        CASES.add(new RuleCase(
                                pack.id(),
                                file.getFileName().toString(),
                                node.path("name").asText(),
                                folderName + "/" + node.path("base").asText(fileBase),
                                node.hasNonNull("asOf") ? LocalDate.parse(node.get("asOf").asText()) : null,
                                node.get("patch"),
                                strings(node.path("fires")),
                                strings(node.path("passes")),
                                strings(node.path("notApplicable")),
                                strings(node.path("notYetDue")),
                                strings(node.path("nothingToCheck")),
                                strings(node.path("notMet")),
                                strings(node.path("notEvidenced"))));
                    }
                }
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static ComplianceReport check(RuleCase ruleCase) {
        return ruleCase.checker().check(ruleCase.plan(), ruleCase.asOf());
    }

    private static Stream<RuleDescriptor> rules() {
        return CHECKERS.values().stream().flatMap(checker -> checker.rules().stream());
    }

    @TestFactory
    Stream<DynamicNode> eachCaseFiresAndPassesTheRulesItNames() {
        Map<String, List<RuleCase>> byFile = new TreeMap<>();
        CASES.forEach(ruleCase -> byFile.computeIfAbsent(ruleCase.pack() + "/" + ruleCase.file(), file -> new ArrayList<>())
                .add(ruleCase));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(ruleCase -> DynamicTest.dynamicTest(ruleCase.name(), () -> {
                    ComplianceReport report = check(ruleCase);
                    ruleCase.fires().forEach(id -> assertThat(report).hasFinding(id));
                    ruleCase.passes().forEach(id -> assertThat(report).hasNoFinding(id).hasPassed(id));
                    ruleCase.notYetDue().forEach(id -> assertThat(report).hasOutcome(id, RuleOutcome.NOT_YET_DUE));
                    ruleCase.nothingToCheck().forEach(id ->
                            assertThat(report).hasOutcome(id, RuleOutcome.NOTHING_TO_CHECK));
                    ruleCase.notMet().forEach(id -> assertThat(report).hasOutcome(id, RuleOutcome.NOT_MET));
                    ruleCase.notEvidenced().forEach(id ->
                            assertThat(report).hasOutcome(id, RuleOutcome.NOT_EVIDENCED));
                    ruleCase.notApplicable().forEach(id -> {
                        assertThat(report).hasNoFinding(id);
                        assertThat(report.notApplicable()).as("rules not applicable in case '%s'", ruleCase.name())
                                .filteredOn(rule -> rule.rule().id().equals(id))
                                .singleElement()
                                .satisfies(rule -> assertThat(rule.reason()).startsWith("governs ")
                                        .contains("; this document is "));
                    });
                }))));
    }

    @Test
    void everyRuleMetInAPassingCaseNamesItsEvidence() {
        List<String> withoutEvidence = new ArrayList<>();
        for (RuleCase ruleCase : CASES) {
            ComplianceReport report = check(ruleCase);
            ruleCase.passes().stream()
                    .filter(id -> report.outcomeOf(id).orElse(null) == RuleOutcome.MET)
                    .filter(id -> report.met().stream()
                            .noneMatch(rule -> rule.rule().id().equals(id) && !rule.evidence().isEmpty()))
                    .forEach(id -> withoutEvidence.add(id + " in " + ruleCase.pack() + "/" + ruleCase.file() + ": "
                            + ruleCase.name()));
        }
        assertThat(withoutEvidence).as("rules met in a passing case without naming their evidence").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyBasePlanMeetsEveryRuleInForceAtTheStartOfItsPeriod() {
        return BASES.entrySet().stream().flatMap(pack -> pack.getValue().stream().map(base -> DynamicTest.dynamicTest(
                pack.getKey() + ": " + base, () -> assertThat(CHECKERS.get(pack.getKey()).check(TestPlans.plan(base)))
                        .hasNoFindings())));
    }

    @Test
    void everyPackHasABasePlanAndCases() {
        assertThat(BASES).allSatisfy((pack, bases) -> assertThat(bases).as("base plans of pack %s", pack).isNotEmpty());
        assertThat(CASES).extracting(RuleCase::pack).containsAll(CHECKERS.keySet());
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndACaseWhereItPasses() {
        Set<String> firing = new HashSet<>();
        Set<String> passing = new HashSet<>();
        Set<String> notApplicable = new HashSet<>();
        CASES.forEach(ruleCase -> {
            firing.addAll(ruleCase.fires());
            firing.addAll(ruleCase.notMet());
            firing.addAll(ruleCase.notEvidenced());
            passing.addAll(ruleCase.passes());
            notApplicable.addAll(ruleCase.notApplicable());
        });
        List<String> ids = rules().map(RuleDescriptor::id).toList();
        assertThat(ids).as("rules without a case where they fire").allSatisfy(id -> assertThat(firing).contains(id));
        assertThat(ids).as("rules without a case where they pass").allSatisfy(id -> assertThat(passing).contains(id));
        assertThat(ids).as("rule ids named by the cases").containsAll(firing).containsAll(passing)
                .containsAll(notApplicable);
    }

    @Test
    void noRuleReportsTheSameFindingTwice() {
        for (RuleCase ruleCase : CASES) {
            List<Finding> findings = check(ruleCase).findings();
            assertThat(findings).as("findings of case '%s'", ruleCase.name()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aRuleThatRestsOnAnUnverifiedSourceIsNeverMoreThanInfoAndSaysSo() {
        assertThat(rules().filter(rule -> rule.citation().provision().contains("UNVERIFIED")))
                .allSatisfy(rule -> {
                    assertThat(rule.severity()).as(rule.id()).isEqualTo(Severity.INFO);
                    assertThat(rule.remedy()).as(rule.id()).contains("unverified");
                });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleAppliesFromTheDayItComesIntoForceAndNotTheDayBefore() {
        return rules().map(rule -> DynamicTest.dynamicTest(
                rule.id() + " is not applicable on " + rule.inForceFrom().minusDays(1) + " and applies on " + rule.inForceFrom(),
                () -> {
                    RuleCase firing = firingCase(rule);
                    assertThat(firing.checker().check(firing.plan(), rule.inForceFrom().minusDays(1)))
                            .hasNoFinding(rule.id())
                            .hasNotApplicable(rule.id(), "in force from " + rule.inForceFrom());
                    if (firing.asOf() == null) {
                        assertThat(firing.checker().check(firing.plan(), rule.inForceFrom())).hasFinding(rule.id());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleThatCeasesAppliesOnItsLastDayAndNotTheDayAfter() {
        return rules().filter(rule -> rule.inForceTo() != null).map(rule -> DynamicTest.dynamicTest(
                rule.id() + " applies on " + rule.inForceTo() + " and is not applicable on " + rule.inForceTo().plusDays(1),
                () -> {
                    RuleCase firing = firingCase(rule);
                    assertThat(firing.checker().check(firing.plan(), rule.inForceTo())).hasFinding(rule.id());
                    assertThat(firing.checker().check(firing.plan(), rule.inForceTo().plusDays(1)))
                            .hasNoFinding(rule.id())
                            .hasNotApplicable(rule.id(), "in force until " + rule.inForceTo());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleRunsOverTheKindsOfDocumentItGovernsAndNoOther() {
        return rules().map(rule -> DynamicTest.dynamicTest(
                rule.id() + " runs over " + rule.documentKinds() + " and no other kind of document",
                () -> {
                    RuleCase firing = firingCase(rule);
                    for (DocumentKind kind : DocumentKind.values()) {
                        Plan plan = PlanBuilder.from(firing.plan()).withKind(kind);
                        ComplianceReport report = firing.checker().check(plan, firing.asOf());
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
                    Plan noKind = PlanBuilder.from(firing.plan()).withKind(null);
                    assertThat(firing.checker().check(noKind, firing.asOf())).as("%s over a plan of no kind", rule.id())
                            .hasFinding(rule.id());
                }));
    }

    private static String article(DocumentKind kind) {
        return switch (kind) {
            case CHILDRENS_SERVICES_PLAN -> "a children's services plan";
            case CHILDREN_AND_YOUNG_PEOPLES_PLAN -> "a Children and Young People's Plan";
            case PLAN_UPDATE -> "an update of a plan";
            case SERVICE_REDESIGN -> "a service redesign";
            case STRATEGY -> "a strategy";
            case AREA_PLAN -> "an area plan";
        };
    }

    @Test
    void everyRegimeBeginsAndEndsOnADayARuleOfItsPackBeginsOrEnds() {
        for (RulePack pack : RulePacks.available()) {
            List<RuleDescriptor> rules = RulePacks.catalogue(pack);
            Set<LocalDate> boundaries = new HashSet<>();
            rules.forEach(rule -> {
                boundaries.add(rule.inForceFrom());
                if (rule.inForceTo() != null) {
                    boundaries.add(rule.inForceTo().plusDays(1));
                }
            });
            assertThat(RulePacks.regimes(pack)).as("regimes of pack %s", pack.id()).isNotEmpty().allSatisfy(regime -> {
                assertThat(boundaries).as("%s begins on a rule's first day", regime).contains(regime.inForceFrom());
                if (regime.inForceTo() != null) {
                    assertThat(boundaries).as("%s ends on a rule's last day", regime).contains(regime.inForceTo().plusDays(1));
                }
            });
        }
    }

    private static RuleCase firingCase(RuleDescriptor rule) {
        Map<Boolean, RuleCase> preferred = new HashMap<>();
        for (RuleCase ruleCase : CASES) {
            if (ruleCase.fires().contains(rule.id()) || ruleCase.notMet().contains(rule.id())
                    || ruleCase.notEvidenced().contains(rule.id())) {
                preferred.putIfAbsent(ruleCase.asOf() == null, ruleCase);
            }
        }
        RuleCase found = preferred.getOrDefault(true, preferred.get(false));
        if (found == null) {
            throw new IllegalStateException("no case fires " + rule.id());
        }
        return found;
    }
}
