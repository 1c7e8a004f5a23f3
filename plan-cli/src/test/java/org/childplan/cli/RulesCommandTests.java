package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

class RulesCommandTests {

    @Test
    void everyRuleOfTheCatalogueIsListedWithItsSeverityDatesCitationAndTitle() {
        CliRun run = CliRun.of("rules");

        assertThat(run.exitCode()).isZero();
        List<RuleDescriptor> catalogue = RulePacks.catalogue();
        assertThat(catalogue).isNotEmpty();
        List<String> lines = run.out().lines().toList();
        for (RuleDescriptor rule : catalogue) {
            String line = lines.stream().filter(l -> l.startsWith(rule.id() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(rule.id() + " is not listed"));
            assertThat(line).contains(" " + rule.severity() + " ", rule.isComing() ? rule.inForceInWords()
                    : "in force " + rule.inForceFrom() + " to ", rule.citation().toString());
            assertThat(lines.get(lines.indexOf(line) + 1).strip()).isEqualTo(rule.title());
            assertThat(lines.get(lines.indexOf(line) + 2).strip()).startsWith("governs ")
                    .contains(rule.documentKinds().size() == DocumentKind.values().length
                            ? "any document" : rule.documentKinds().iterator().next().name());
        }
    }

    @Test
    void theRulesOfAJurisdictionAreHeadedByTheirPack() {
        CliRun run = CliRun.of("rules", "--jurisdiction", "scotland");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(RulePacks.forJurisdiction(Jurisdiction.SCOTLAND).get(0).title())
                .contains(RulePacks.catalogue(RulePacks.forJurisdiction(Jurisdiction.SCOTLAND).get(0)).size() + " rules")
                .contains("SCO-CYPSA-S8-JOINT-PREPARATION");
    }

    @Test
    void everyPackIsListedWithItsRegimesAndTheirDates() {
        CliRun run = CliRun.of("rules");

        for (RulePack pack : RulePacks.available()) {
            assertThat(run.out()).contains(pack.title() + " (" + pack.id() + " ");
            assertThat(RulePacks.regimes(pack)).isNotEmpty();
            for (Regime regime : RulePacks.regimes(pack)) {
                assertThat(run.out()).contains("  Regime: " + regime.name() + " (" + regime.instrument()
                        + "), in force " + regime.inForceFrom() + " to "
                        + (regime.inForceTo() == null ? "date" : regime.inForceTo().toString()));
            }
        }
    }

    @Test
    void anUnknownJurisdictionIsAUsageError() {
        CliRun run = CliRun.of("rules", "--jurisdiction", "atlantis");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("atlantis", "SCOTLAND");
    }

    @Test
    void theJsonCatalogueHasEveryRuleWithItsIdTitleSeverityCitationDatesKindsAndPack() throws Exception {
        CliRun run = CliRun.of("rules", "--format", "json");

        assertThat(run.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out());
        List<RuleDescriptor> catalogue = RulePacks.catalogue();
        assertThat(json.size()).isEqualTo(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            RuleDescriptor rule = catalogue.get(i);
            com.fasterxml.jackson.databind.JsonNode node = json.get(i);
            assertThat(node.path("id").asText()).isEqualTo(rule.id());
            assertThat(node.path("title").asText()).isEqualTo(rule.title());
            assertThat(node.path("severity").asText()).isEqualTo(rule.severity().name());
            assertThat(node.at("/citation/provision").asText()).isEqualTo(rule.citation().provision());
            assertThat(node.at("/citation/url").asText()).isEqualTo(rule.citation().url());
            assertThat(node.path("inForceFrom").asText()).isEqualTo(rule.inForceSince().map(Object::toString).orElse(""));
            assertThat(node.path("commencement").asText()).isEqualTo(rule.commencementNote().orElse(""));
            assertThat(node.has("inForceTo")).isEqualTo(rule.inForceUntil().isPresent());
            assertThat(node.path("documentKinds").size()).isEqualTo(rule.documentKinds().size());
            assertThat(node.path("pack").asText()).isEqualTo(rule.pack());
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("rules", "--format", "yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("unknown format 'yaml': expected text or json");
    }

    @Test
    void comingLawIsListedAloneWithHowItWillComeIntoForce() {
        CliRun run = CliRun.of("rules", "--coming");

        assertThat(run.exitCode()).isZero();
        List<RuleDescriptor> coming = RulePacks.catalogue().stream().filter(RuleDescriptor::isComing).toList();
        assertThat(coming).extracting(RuleDescriptor::id).contains("SCO-CCCESPSA2026-S60-INTEGRATION-JOINT-BOARD");
        for (RuleDescriptor rule : coming) {
            assertThat(run.out()).contains(rule.id() + " ").contains(rule.inForceInWords());
        }
        assertThat(run.out()).doesNotContain("SCO-CYPSA-S8-JOINT-PREPARATION").contains("rules of coming law");
    }

    @Test
    void comingLawInJsonHasACommencementAndNoFirstDay() throws Exception {
        CliRun run = CliRun.of("rules", "--coming", "--format", "json");

        assertThat(run.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode rules = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.has("inForceFrom")).as(rule.path("id").asText()).isFalse();
            assertThat(rule.path("commencement").asText()).as(rule.path("id").asText()).isNotBlank();
        });
    }
}
