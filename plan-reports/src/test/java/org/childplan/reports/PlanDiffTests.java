package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.reports.PlanDiff.ChangeKind;
import org.childplan.reports.PlanDiff.ElementChange;
import org.childplan.reports.PlanDiff.FindingChange;
import org.childplan.reports.PlanDiff.FindingChangeKind;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

class PlanDiffTests {

    private static final String GLENARDOCH = ExamplePlans.GLENARDOCH_CSP_2023_2026.content();

    private static PlanDiff diff(String oldText, String newText) {
        PlanDocument before = read(oldText, "old.yaml");
        PlanDocument after = read(newText, "new.yaml");
        return PlanDiff.between(before, check(before), after, check(after));
    }

    private static PlanDocument read(String text, String name) {
        try {
            return PlanDocuments.read(text, name);
        } catch (PlanReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static ComplianceReport check(PlanDocument document) {
        return PlanChecker.forJurisdiction(document.plan().jurisdiction()).check(document);
    }

    /** What a priority of the Glenardoch plan is checked for one by one, besides its title. */
    private static final String COMPLETE_PRIORITY = "    aims: [WELLBEING]\n    nationalOutcomes: [HEALTH]\n"
            + "    rationale: [f-poverty]\n    timescale: {due: 2026-03-31}\n";
    /** The priorities of Glenardoch's first action (and first outcome), which has a measure. */
    private static final String SERVES_BEST_START = "    priorities: [best-start]\n";

    private static String edited(String from, String to) {
        assertThat(GLENARDOCH).contains(from);
        return GLENARDOCH.replace(from, to);
    }

    private static int lineOf(String text, String content) {
        int index = text.indexOf(content);
        assertThat(index).as("where %s is", content).isNotNegative();
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void twoVersionsThatDifferOnlyInCommentsAndLayoutHaveNoChange() {
        String relaid = "# A comment that is no change.\n" + GLENARDOCH.replace("edition: version 1.0",
                "edition: \"version 1.0\"   # quoted now");

        PlanDiff diff = diff(GLENARDOCH, relaid);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.toText()).contains("Elements: 0 added, 0 removed, 0 changed")
                .contains("Findings: 0 appeared, 0 went, 0 changed");
    }

    @Test
    void aChangedValueIsNamedByPointerWithBothValuesAndTheLineOfTheNewVersion() {
        String newText = "# version 1.1\n" + edited("edition: version 1.0", "edition: version 1.1");

        PlanDiff diff = diff(GLENARDOCH, newText);

        assertThat(diff.elements()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
            assertThat(change.pointer()).isEqualTo("/edition");
            assertThat(change.oldValue()).isEqualTo("\"version 1.0\"");
            assertThat(change.newValue()).isEqualTo("\"version 1.1\"");
            assertThat(change.oldLocation().line()).isEqualTo(lineOf(GLENARDOCH, "edition:"));
            assertThat(change.location()).hasValueSatisfying(location -> {
                assertThat(location.source()).isEqualTo("new.yaml");
                assertThat(location.line()).isEqualTo(lineOf(newText, "edition:"));
            });
        });
        assertThat(diff.findings()).isEmpty();
    }

    @Test
    void amountsAreComparedAndShownAsTheExactDecimalsThePlanHolds() {
        String amount = "amount: 48200000,";
        String huge = edited(amount, "amount: 1e400,");
        String hugeDoubled = edited(amount, "amount: 2e400,");
        String fine = edited(amount, "amount: 48200000.0000000001,");
        String sameAmount = edited(amount, "amount: 48200000.00,");

        assertThat(diff(huge, hugeDoubled).elements()).singleElement().satisfies(change -> {
            assertThat(change.oldValue()).isEqualTo("1E+400");
            assertThat(change.newValue()).isEqualTo("2E+400");
        });
        assertThat(diff(GLENARDOCH, fine).elements()).singleElement()
                .satisfies(change -> assertThat(change.newValue()).isEqualTo("48200000.0000000001"));
        assertThat(diff(GLENARDOCH, sameAmount).isEmpty()).as("48200000 and 48200000.00 are one amount").isTrue();
    }

    @Test
    void aPriorityInsertedBeforeOthersIsOneAdditionAndTheOthersAreNotChanged() {
        String newText = edited("  - id: keeping-children-safe\n",
                "  - id: new-priority\n    title: A new priority\n    aims: [WELLBEING]\n"
                        + "  - id: keeping-children-safe\n");

        PlanDiff diff = diff(GLENARDOCH, newText);

        assertThat(diff.elements()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(change.newPointer()).isEqualTo("/priorities/1");
            assertThat(change.oldPointer()).isNull();
            assertThat(change.newValue()).contains("\"id\":\"new-priority\"");
            assertThat(change.location()).hasValueSatisfying(location ->
                    assertThat(location.line()).isEqualTo(lineOf(newText, "- id: new-priority") ));
        });
    }

    @Test
    void aRemovedElementIsNamedByItsPointerAndLineInTheOldVersion() {
        String newText = edited("    groups: [THIRD_SECTOR, SERVICE_PROVIDERS, SOCIAL_LANDLORDS]\n",
                "    groups: [THIRD_SECTOR, SERVICE_PROVIDERS]\n");

        PlanDiff diff = diff(GLENARDOCH, newText);

        assertThat(diff.elements()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REMOVED);
            assertThat(change.pointer()).isEqualTo("/consultations/2/groups/2");
            assertThat(change.newPointer()).isNull();
            assertThat(change.oldValue()).isEqualTo("\"SOCIAL_LANDLORDS\"");
            assertThat(change.location()).hasValueSatisfying(location -> {
                assertThat(location.source()).isEqualTo("old.yaml");
                assertThat(location.line()).isEqualTo(lineOf(GLENARDOCH, "SOCIAL_LANDLORDS]"));
            });
        });
    }

    @Test
    void aFindingThatTheNewVersionBringsAppearsWithItsRuleAndPlace() {
        PlanDiff diff = diff(GLENARDOCH, edited("    groups: [THIRD_SECTOR, SERVICE_PROVIDERS, SOCIAL_LANDLORDS]\n",
                "    groups: [THIRD_SECTOR, SERVICE_PROVIDERS]\n"));

        assertThat(diff.findings()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(FindingChangeKind.APPEARED);
            assertThat(change.ruleId()).isEqualTo("SCO-CYPSA-S10-SOCIAL-LANDLORDS");
            assertThat(change.oldFinding()).isNull();
            assertThat(change.newFinding().location()).hasValueSatisfying(location ->
                    assertThat(location.source()).isEqualTo("new.yaml"));
        });
        assertThat(diff.newReport().findingsOf("SCO-CYPSA-S10-SOCIAL-LANDLORDS")).hasSize(1);
    }

    @Test
    void aFindingThatTheNewVersionPutsRightWent() {
        String broken = edited("    groups: [THIRD_SECTOR, SERVICE_PROVIDERS, SOCIAL_LANDLORDS]\n",
                "    groups: [THIRD_SECTOR, SERVICE_PROVIDERS]\n");

        PlanDiff diff = diff(broken, GLENARDOCH);

        assertThat(diff.findings()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(FindingChangeKind.WENT);
            assertThat(change.ruleId()).isEqualTo("SCO-CYPSA-S10-SOCIAL-LANDLORDS");
            assertThat(change.newFinding()).isNull();
        });
        assertThat(diff.elements()).extracting(ElementChange::kind).containsExactly(ChangeKind.ADDED);
    }

    @Test
    void aFindingOfTheSameRuleOnTheSameElementWithAnotherMessageChanged() {
        // Six priorities, then seven: the same rule finds too many on /priorities, and says how many. Each added
        // priority has all that a priority is checked for one by one, and the first action serves it.
        String six = edited("  - id: keeping-children-safe\n", "  - id: sixth\n    title: A sixth priority\n"
                + COMPLETE_PRIORITY + "  - id: keeping-children-safe\n").replace(SERVES_BEST_START,
                "    priorities: [best-start, sixth]\n");
        String seven = six.replace("  - id: keeping-children-safe\n", "  - id: seventh\n    title: A seventh priority\n"
                + COMPLETE_PRIORITY + "  - id: keeping-children-safe\n").replace("    priorities: [best-start, sixth]\n",
                "    priorities: [best-start, sixth, seventh]\n");

        PlanDiff diff = diff(six, seven);

        assertThat(diff.findings()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(FindingChangeKind.CHANGED);
            assertThat(change.ruleId()).isEqualTo("SCO-SG2020-APPB-FEW-PRIORITIES");
            assertThat(change.oldFinding().message()).contains("6 priorities");
            assertThat(change.newFinding().message()).contains("7 priorities");
        });
        assertThat(diff.toText()).contains("changed", "SCO-SG2020-APPB-FEW-PRIORITIES", "7 priorities",
                "(was INFO not met: The plan has 6 priorities");
    }

    @Test
    void aFindingWhoseElementMovedIsTheSameFinding() {
        String broken = edited("    groups: [THIRD_SECTOR, SERVICE_PROVIDERS, SOCIAL_LANDLORDS]\n",
                "    groups: [THIRD_SECTOR, SERVICE_PROVIDERS]\n");
        String moved = broken.replace("edition: version 1.0", "edition: version 1.1");

        PlanDiff diff = diff(broken, moved);

        assertThat(diff.findings()).isEmpty();
        assertThat(diff.oldReport().findings()).isNotEmpty();
    }

    @Test
    void theJsonFormCarriesItsVersionBothSourcesTheCountsAndEveryChange() throws Exception {
        PlanDiff diff = diff(GLENARDOCH, edited("    groups: [THIRD_SECTOR, SERVICE_PROVIDERS, SOCIAL_LANDLORDS]\n",
                "    groups: [THIRD_SECTOR, SERVICE_PROVIDERS]\n"));

        JsonNode json = new ObjectMapper().readTree(diff.toJson());

        assertThat(json.get("diffVersion").asText()).isEqualTo(PlanDiff.DIFF_VERSION).isEqualTo("1");
        assertThat(json.at("/old/source").asText()).isEqualTo("old.yaml");
        assertThat(json.at("/new/source").asText()).isEqualTo("new.yaml");
        assertThat(json.at("/new/counts/ERROR").asInt()).isEqualTo(diff.newReport().counts().get(
                org.childplan.rules.Severity.ERROR));
        assertThat(json.at("/summary/removed").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/findingsAppeared").asInt()).isEqualTo(1);
        assertThat(json.at("/elements/0/change").asText()).isEqualTo("REMOVED");
        assertThat(json.at("/elements/0/oldPointer").asText()).isEqualTo("/consultations/2/groups/2");
        assertThat(json.at("/elements/0/oldValue").asText()).isEqualTo("SOCIAL_LANDLORDS");
        assertThat(json.at("/elements/0/newPointer").isMissingNode()).isTrue();
        assertThat(json.at("/findings/0/change").asText()).isEqualTo("APPEARED");
        assertThat(json.at("/findings/0/new/outcome").asText()).isEqualTo(RuleOutcome.NOT_EVIDENCED.name());
        assertThat(json.at("/findings/0/old").isMissingNode()).isTrue();
    }

    @Test
    void theMarkdownFormKeepsPlanTextFromBecomingMarkupOrBreakingATableRow() {
        PlanDiff diff = diff(GLENARDOCH, edited("edition: version 1.0", "edition: \"v1 | **bold**\\nnext\""));

        String markdown = diff.toMarkdown();

        java.util.List<org.commonmark.Extension> tables = java.util.List.of(
                org.commonmark.ext.gfm.tables.TablesExtension.create());
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(tables).build()
                .render(org.commonmark.parser.Parser.builder().extensions(tables).build().parse(markdown));
        String row = html.substring(html.indexOf("<td>changed</td>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(html).doesNotContain("<strong>");
        assertThat(row.split("<td>", -1)).hasSize(6);
        assertThat(row).contains("<code>&quot;v1 | **bold**\\nnext&quot;</code>");
        assertThat(markdown).startsWith("# Changes to Glenardoch Children's Services Plan 2023-2026")
                .contains("## Elements: 0 added, 0 removed, 1 changed");
    }

    @Test
    void aLongValueIsCutShortInTextButWholeInJson() {
        String longTitle = "A new priority " + "with many words ".repeat(20);
        PlanDiff diff = diff(GLENARDOCH, edited("  - id: keeping-children-safe\n", "  - id: new-priority\n    title: "
                + longTitle + "\n" + COMPLETE_PRIORITY + "  - id: keeping-children-safe\n")
                .replace(SERVES_BEST_START, "    priorities: [best-start, new-priority]\n"));

        assertThat(diff.toText()).contains("\u2026").doesNotContain(longTitle.strip());
        assertThat(diff.toJson()).contains(longTitle.strip());
    }

    @Test
    void aChangeThatContradictsItsKindIsRefused() {
        assertThatThrownBy(() -> new ElementChange(ChangeKind.ADDED, "/a", "/a", null, null, "1", "2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ElementChange(ChangeKind.REMOVED, "/a", "/a", null, null, "1", "2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FindingChange(FindingChangeKind.APPEARED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
