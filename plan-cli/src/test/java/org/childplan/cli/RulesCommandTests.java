package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
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
            assertThat(line).contains(" " + rule.severity() + " ", "in force " + rule.inForceFrom() + " to ",
                    rule.citation().toString());
            assertThat(lines.get(lines.indexOf(line) + 1).strip()).isEqualTo(rule.title());
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
    void anUnknownJurisdictionIsAUsageError() {
        CliRun run = CliRun.of("rules", "--jurisdiction", "atlantis");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("atlantis", "SCOTLAND");
    }
}
