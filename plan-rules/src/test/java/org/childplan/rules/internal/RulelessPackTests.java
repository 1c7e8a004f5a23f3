package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.childplan.model.Jurisdiction;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

class RulelessPackTests {

    /** A pack whose build compiled its DRL package to a model without a single rule. */
    static final class RulelessPack implements RulePack {

        @Override
        public String id() {
            return "ruleless";
        }

        @Override
        public String title() {
            return "A pack whose rules were not compiled";
        }

        @Override
        public String version() {
            return "0.1.0";
        }

        @Override
        public Jurisdiction jurisdiction() {
            return Jurisdiction.SCOTLAND;
        }

        @Override
        public String rulePackage() {
            return "org.childplan.rules.empty";
        }

        @Override
        public String executableModelIndex() {
            return "META-INF/kie/org.childplan.test/empty-pack/drools-model";
        }
    }

    @Test
    void aPackWhoseModelHasNoRulesFailsToLoadAndSaysWhereToLook() {
        assertThatThrownBy(() -> PlanChecker.builder().pack(new RulelessPack()).build())
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageEndingWith("rule pack 'ruleless': the executable model listed in "
                        + "META-INF/kie/org.childplan.test/empty-pack/drools-model has no rules in package "
                        + "org.childplan.rules.empty; do the pack's DRL files declare that package, and does the build "
                        + "compile them?");
    }

    @Test
    void aPackWhoseModelHasNoRulesHasNoCatalogueEither() {
        assertThatThrownBy(() -> LoadedPack.catalogue(new RulelessPack()))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("has no rules in package org.childplan.rules.empty");
    }
}
