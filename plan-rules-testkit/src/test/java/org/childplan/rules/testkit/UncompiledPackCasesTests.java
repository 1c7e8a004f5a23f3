package org.childplan.rules.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.childplan.model.Jurisdiction;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

/**
 * A pack whose build compiled no rules (the {@code kie-maven-plugin} wrote no executable model, as it does silently
 * without {@code drools-model-compiler}) fails its test run loudly, naming what is missing, instead of passing with no
 * rule checked.
 */
class UncompiledPackCasesTests {

    /** A pack whose jar carries its DRL but no executable model. */
    static final class UncompiledPack implements RulePack {

        @Override
        public String id() {
            return "uncompiled";
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
            return "org.acme.rules";
        }

        @Override
        public String executableModelIndex() {
            return "META-INF/kie/org.acme/acme-rules/drools-model";
        }
    }

    @Test
    void thePackTestsOfAPackWhoseBuildCompiledNoRulesFailNamingTheMissingModel() {
        assertThatThrownBy(() -> RuleCases.forPack(new UncompiledPack()).tests())
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageEndingWith("rule pack 'uncompiled': the executable model index "
                        + "META-INF/kie/org.acme/acme-rules/drools-model is not on the class path");
    }
}
