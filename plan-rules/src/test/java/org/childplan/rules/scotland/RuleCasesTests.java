package org.childplan.rules.scotland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.rules.ComplianceReportAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.TestPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule cases beside each DRL ({@code <Duty>.cases.yaml}): each case patches the compliant plan and names the
 * rules that must fire and those that must pass. The harness also fails when a rule has no firing case, no passing
 * case, or reports the same finding twice, and checks every rule on both sides of its in-force dates.
 */
class RuleCasesTests {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static PlanChecker checker;
    private static List<RuleCase> cases;

    record RuleCase(String file, String name, LocalDate asOf, JsonNode patch, List<String> fires, List<String> passes) {

        Plan plan() {
            return patch == null ? TestPlans.compliant() : TestPlans.patched(patch);
        }
    }

    @BeforeAll
    static void loadCases() throws IOException, URISyntaxException {
        checker = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
        Path folder = Path.of(RuleCasesTests.class.getResource("/org/childplan/rules/scotland").toURI());
        cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".cases.yaml")).sorted().toList()) {
                for (JsonNode node : YAML.readTree(file.toFile()).path("cases")) {
                    cases.add(new RuleCase(
                            file.getFileName().toString(),
                            node.path("name").asText(),
                            node.hasNonNull("asOf") ? LocalDate.parse(node.get("asOf").asText()) : null,
                            node.get("patch"),
                            strings(node.path("fires")),
                            strings(node.path("passes"))));
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
        return checker.check(ruleCase.plan(), ruleCase.asOf());
    }

    @TestFactory
    Stream<DynamicNode> eachCaseFiresAndPassesTheRulesItNames() {
        Map<String, List<RuleCase>> byFile = new java.util.TreeMap<>();
        cases.forEach(ruleCase -> byFile.computeIfAbsent(ruleCase.file(), file -> new ArrayList<>()).add(ruleCase));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(ruleCase -> DynamicTest.dynamicTest(ruleCase.name(), () -> {
                    ComplianceReport report = check(ruleCase);
                    ruleCase.fires().forEach(id -> assertThat(report).hasFinding(id));
                    ruleCase.passes().forEach(id -> assertThat(report).hasNoFinding(id).hasPassed(id));
                }))));
    }

    @Test
    void theCompliantPlanMeetsEveryRuleInForceAtTheStartOfItsPeriod() {
        assertThat(checker.check(TestPlans.compliant())).hasNoFindings();
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndACaseWhereItPasses() {
        Set<String> firing = new HashSet<>();
        Set<String> passing = new HashSet<>();
        cases.forEach(ruleCase -> {
            firing.addAll(ruleCase.fires());
            passing.addAll(ruleCase.passes());
        });
        List<String> ids = checker.rules().stream().map(RuleDescriptor::id).toList();
        assertThat(ids).as("rules without a case where they fire").allSatisfy(id -> assertThat(firing).contains(id));
        assertThat(ids).as("rules without a case where they pass").allSatisfy(id -> assertThat(passing).contains(id));
        assertThat(ids).as("rule ids named by the cases").containsAll(firing).containsAll(passing);
    }

    @Test
    void noRuleReportsTheSameFindingTwice() {
        for (RuleCase ruleCase : cases) {
            List<Finding> findings = check(ruleCase).findings();
            assertThat(findings).as("findings of case '%s'", ruleCase.name()).doesNotHaveDuplicates();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleAppliesFromTheDayItComesIntoForceAndNotTheDayBefore() {
        return checker.rules().stream().map(rule -> DynamicTest.dynamicTest(
                rule.id() + " is not applicable on " + rule.inForceFrom().minusDays(1) + " and applies on " + rule.inForceFrom(),
                () -> {
                    RuleCase firing = firingCase(rule);
                    assertThat(checker.check(firing.plan(), rule.inForceFrom().minusDays(1)))
                            .hasNoFinding(rule.id())
                            .hasNotApplicable(rule.id(), "in force from " + rule.inForceFrom());
                    if (firing.asOf() == null) {
                        assertThat(checker.check(firing.plan(), rule.inForceFrom())).hasFinding(rule.id());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleThatCeasesAppliesOnItsLastDayAndNotTheDayAfter() {
        return checker.rules().stream().filter(rule -> rule.inForceTo() != null).map(rule -> DynamicTest.dynamicTest(
                rule.id() + " applies on " + rule.inForceTo() + " and is not applicable on " + rule.inForceTo().plusDays(1),
                () -> {
                    RuleCase firing = firingCase(rule);
                    assertThat(checker.check(firing.plan(), rule.inForceTo())).hasFinding(rule.id());
                    assertThat(checker.check(firing.plan(), rule.inForceTo().plusDays(1)))
                            .hasNoFinding(rule.id())
                            .hasNotApplicable(rule.id(), "in force until " + rule.inForceTo());
                }));
    }

    private static RuleCase firingCase(RuleDescriptor rule) {
        Map<Boolean, RuleCase> preferred = new HashMap<>();
        for (RuleCase ruleCase : cases) {
            if (ruleCase.fires().contains(rule.id())) {
                preferred.putIfAbsent(ruleCase.asOf() == null, ruleCase);
            }
        }
        RuleCase found = preferred.getOrDefault(true, preferred.get(false));
        if (found == null) {
            throw new UncheckedIOException(new IOException("no case fires " + rule.id()));
        }
        return found;
    }
}
