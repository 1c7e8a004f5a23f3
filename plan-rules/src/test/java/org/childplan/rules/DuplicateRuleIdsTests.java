package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.childplan.model.Jurisdiction;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

/**
 * A pack applied beside another may not reuse its rule ids: a report and {@code explain} know a rule by its id, so a
 * council's standard with the id of a duty of the law would be shown as that duty, or the duty as the standard.
 */
class DuplicateRuleIdsTests {

    /** A pack of its own id whose rules are the Scotland pack's, so that every one of its rule ids is taken. */
    private static final class CopyingPack implements RulePack {
        private final RulePack scotland = new ScotlandRulePack();

        public String id() {
            return "acme";
        }

        public String title() {
            return "Acme Council Performance Framework 2024";
        }

        public String version() {
            return "2024.1";
        }

        public Jurisdiction jurisdiction() {
            return Jurisdiction.SCOTLAND;
        }

        public String rulePackage() {
            return scotland.rulePackage();
        }

        public String executableModelIndex() {
            return scotland.executableModelIndex();
        }
    }

    @Test
    void aCheckerOfTwoPacksThatGiveOneRuleIdToTwoRulesIsRefusedNamingTheIdAndBothPacks() {
        PlanChecker.Builder builder = PlanChecker.builder().pack(new ScotlandRulePack()).pack(new CopyingPack());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the rule pack 'scotland' has a rule with the id SCO-")
                .hasMessageContaining("which the rule pack 'acme' already uses")
                .hasMessageContaining("a rule id must be unique among the packs applied together");
    }

    @Test
    void aCheckerForOneJurisdictionRefusesTheDuplicateToo() {
        PlanChecker.Builder builder = PlanChecker.builder().jurisdiction(Jurisdiction.SCOTLAND)
                .pack(new CopyingPack()).pack(new ScotlandRulePack());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'acme'").hasMessageContaining("'scotland'");
    }
}
