package org.childplan.rules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.rules.testkit.ComplianceReportAssert.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.childplan.model.DocumentKind;
import org.childplan.model.io.PlanDocuments;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.RulePacks;
import org.childplan.rules.Severity;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new rule of a built-in pack is its DRL and its cases, as "Writing a rule pack" shows: the DRL and the cases are
 * taken from the page, the DRL is compiled at test time with the Scotland pack's DRL files into one executable model
 * as the pack's build compiles them, the cases lie beside the other Scottish cases, and the harness runs them with
 * every Scottish rule's cases. No other file names the new rule: no Java, no pinned count, not the pack's
 * {@code metadata.yaml}. The same machinery shows that the harness fails a rule that is wrong.
 */
class NewRuleOfABuiltInPackTests {

    private static final Path PAGE = Path.of("../docs/writing-a-rule-pack.md");
    private static final Path EXAMPLES = Path.of("../plan-examples/src/main/resources/org/childplan/examples");
    private static final String RULE = "SCO-PRACTICE-TITLE-NAMES-YEAR";
    private static final String DRL_FILE = "PlanTitle.drl";
    private static final String CASES_FILE = "PlanTitle.cases.yaml";
    /** The condition of the page's rule: the title names the first year of the period. */
    private static final String CONDITION = "if ($plan.title().contains(Integer.toString($period.start().getYear())))";

    @TempDir
    static Path folders;

    private static String drl;
    private static String cases;
    private static ScotlandPackWithARule pack;

    @BeforeAll
    static void compileThePagesRuleWithTheScotlandPack() throws IOException {
        drl = pageBlock("package org.childplan.rules.scotland;");
        cases = pageBlock("cases:");
        pack = ScotlandPackWithARule.compile(DRL_FILE, drl, cases, folders.resolve("page"));
    }

    @TestFactory
    Stream<DynamicNode> theNewRuleAndEveryScottishRulePassTheirCasesAndTheHarnesssOwn() {
        return RuleCases.forPack(pack).readWith(pack.classLoader()).tests();
    }

    @Test
    void thePackHasTheNewRuleBesideEveryBuiltInScottishRuleWithTheMetadataItStatesAndThePacksDefaults() {
        // Without the page's rule, should the pack itself have it.
        List<RuleDescriptor> builtIn = RulePacks.catalogue(new ScotlandRulePack()).stream()
                .filter(rule -> !rule.id().equals(RULE)).toList();
        List<RuleDescriptor> withNewRule = RulePacks.catalogue(pack);

        assertThat(withNewRule).extracting(RuleDescriptor::id)
                .containsAll(builtIn.stream().map(RuleDescriptor::id).toList())
                .contains(RULE)
                .hasSize(builtIn.size() + 1);
        assertThat(withNewRule).filteredOn(rule -> !rule.id().equals(RULE)).containsExactlyInAnyOrderElementsOf(builtIn);
        RuleDescriptor rule = withNewRule.stream().filter(described -> described.id().equals(RULE)).findFirst().orElseThrow();
        assertThat(rule.severity()).isEqualTo(Severity.INFO);
        assertThat(rule.catalogueEntry()).contains("cypsa-2014-s8-1");
        assertThat(rule.documentKinds()).containsExactlyInAnyOrder(DocumentKind.CHILDRENS_SERVICES_PLAN,
                DocumentKind.CHILDREN_AND_YOUNG_PEOPLES_PLAN);
        // From the pack's metadata.yaml, which names no new file.
        assertThat(rule.citation().instrument()).isEqualTo("Children and Young People (Scotland) Act 2014");
        assertThat(rule.inForceFrom()).isEqualTo(LocalDate.of(2017, 4, 1));
    }

    @Test
    void theHarnessRunsThePagesCasesAndItsOwnChecksOfTheNewRule() {
        List<String> names = new ArrayList<>();
        RuleCases.forPack(pack).readWith(pack.classLoader()).tests().forEach(node -> collectNames(node, "", names));

        assertThat(names).filteredOn(name -> name.startsWith(CASES_FILE + " > ")).containsExactly(
                CASES_FILE + " > A plan whose title names the first year of its period meets the practice",
                CASES_FILE + " > A plan whose title names no year does not");
        assertThat(names).anyMatch(name -> name.contains(RULE + " is not applicable on 2017-03-31 and applies on 2017-04-01"))
                .anyMatch(name -> name.contains(RULE + " runs over ") && name.endsWith(" and no other kind of document"))
                .anyMatch(name -> name.startsWith("no rule fails over a plan with no optional part"));
    }

    @Test
    void aBundledExamplePlanWhoseTitleNamesNoYearIsReportedAndOneWhoseTitleNamesItMeetsTheRule() throws Exception {
        PlanChecker checker = PlanChecker.builder().pack(pack).build();

        ComplianceReport moray = checker.check(PlanDocuments.read(EXAMPLES.resolve("moray-csp-2017-2020.yaml")));
        assertThat(moray).hasFindingAt(RULE, "/title").hasOutcome(RULE, RuleOutcome.NOT_MET);
        assertThat(moray.findings()).filteredOn(finding -> finding.ruleId().equals(RULE)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).isEqualTo("The title 'Moray children's services plan'"
                        + " does not name 2017, the first year of the plan's period"));

        ComplianceReport glenardoch = checker.check(PlanDocuments.read(EXAMPLES.resolve("glenardoch-csp-2023-2026.yaml")));
        assertThat(glenardoch).hasNoFinding(RULE).hasPassed(RULE).hasOutcome(RULE, RuleOutcome.MET).hasEvidence(RULE);
    }

    @Test
    void theHarnessFailsTheCasesOfTheNewRuleWhenItsConditionIsInverted() throws IOException {
        assertThat(drl).contains(CONDITION);
        String inverted = drl.replace(CONDITION, CONDITION.replace("if (", "if (!"));
        ScotlandPackWithARule broken = ScotlandPackWithARule.compile(DRL_FILE, inverted, cases, folders.resolve("inverted"));

        String basePlans = "every base plan meets every rule in force at the start of its period";

        Map<String, Throwable> failures = failures(RuleCases.forPack(broken).readWith(broken.classLoader()).tests()
                .filter(node -> node.getDisplayName().equals(CASES_FILE) || node.getDisplayName().equals(basePlans)));

        assertThat(failures).containsOnlyKeys(
                CASES_FILE + " > A plan whose title names the first year of its period meets the practice",
                CASES_FILE + " > A plan whose title names no year does not",
                basePlans + " > compliant-2023.yaml", basePlans + " > compliant-plan.yaml");
        assertThat(failures.keySet()).allSatisfy(name -> assertThat(failures.get(name)).as(name).hasMessageContaining(RULE));
    }

    @Test
    void theHarnessFailsNamingTheRuleWhenTheRuleReadsThePeriodOfAPlanThatHasNone() throws IOException {
        String unguarded = drl.replaceAll("(?m)^\\s*\\$period : Period\\(\\).*\\n", "")
                .replace("$period.start()", "$plan.period().start()")
                .replace("findings.met(kcontext, $period)", "findings.met(kcontext, $plan.period())");
        assertThat(unguarded).doesNotContain("$period");
        ScotlandPackWithARule reading = ScotlandPackWithARule.compile(DRL_FILE, unguarded, cases, folders.resolve("unguarded"));
        String container = "no rule fails over a plan with no optional part, of each kind of document, on each day a"
                + " rule begins or ends";

        Map<String, Throwable> failures = failures(RuleCases.forPack(reading).readWith(reading.classLoader()).tests()
                .filter(node -> node.getDisplayName().equals(container)));

        assertThat(failures).containsOnlyKeys(container + " > a children's services plan",
                container + " > a Children and Young People's Plan", container + " > a plan of no kind");
        assertThat(failures.values()).allSatisfy(failure -> assertThat(failure)
                .hasMessageContaining("rules of pack scotland that throw over")
                .hasMessageContaining(RULE + " as of 2017-04-01: ")
                .hasMessageContaining("NullPointerException"));
    }

    @Test
    void aCaseThatNamesNoRuleOfThePackFailsNamingItsFileItsCaseAndTheIdsThatBeginAsItDoes() throws IOException {
        String misspelt = RULE.replace("YEAR", "YAER");
        String casesWithMisspelling = cases.replace("fires: [" + RULE + "]", "fires: [" + misspelt + "]");
        assertThat(casesWithMisspelling).contains(misspelt);
        ScotlandPackWithARule misspelling = ScotlandPackWithARule.compile(DRL_FILE, drl, casesWithMisspelling,
                folders.resolve("misspelt"));

        Map<String, Throwable> failures = failures(RuleCases.forPack(misspelling).readWith(misspelling.classLoader())
                .tests().filter(node -> node.getDisplayName().equals(CASES_FILE)
                        || node.getDisplayName().equals("every rule has a case where it fires and a case where it passes")));

        String said = CASES_FILE + ", case 'A plan whose title names no year does not': " + misspelt
                + " is not a rule of the pack; its rules that begin SCO-PRACTICE-TITLE-NAMES: " + RULE;
        assertThat(failures.get(CASES_FILE + " > A plan whose title names no year does not")).hasMessage(said);
        assertThat(failures.get("every rule has a case where it fires and a case where it passes"))
                .hasMessageContaining(RULE);
    }

    /** The fenced block of the page's section on a new rule of a built-in pack that starts with {@code start}. */
    private static String pageBlock(String start) throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String section = page.substring(page.indexOf("### A new rule of a built-in pack"));
        Matcher blocks = Pattern.compile("(?s)```[a-z]*\n(.*?)```").matcher(section);
        while (blocks.find()) {
            if (blocks.group(1).startsWith(start) && blocks.group(1).contains(RULE)) {
                return blocks.group(1);
            }
        }
        throw new AssertionError(PAGE + " shows no fenced block starting '" + start + "' that names " + RULE);
    }

    private static void collectNames(DynamicNode node, String prefix, List<String> names) {
        String name = prefix + node.getDisplayName();
        if (node instanceof DynamicContainer container) {
            container.getChildren().forEach(child -> collectNames(child, name + " > ", names));
        } else {
            names.add(name);
        }
    }

    /** Runs every test of {@code nodes}; the failures by the test's path of display names. */
    private static Map<String, Throwable> failures(Stream<? extends DynamicNode> nodes) {
        Map<String, Throwable> failures = new LinkedHashMap<>();
        nodes.forEach(node -> run(node, "", failures));
        return failures;
    }

    private static void run(DynamicNode node, String prefix, Map<String, Throwable> failures) {
        String name = prefix + node.getDisplayName();
        if (node instanceof DynamicContainer container) {
            container.getChildren().forEach(child -> run(child, name + " > ", failures));
        } else {
            try {
                ((DynamicTest) node).getExecutable().execute();
            } catch (Throwable failure) {
                failures.put(name, failure);
            }
        }
    }
}
