package org.childplan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleOfTests {

    @Test
    void aModuleIsNamedByTheRootOfItsPackages() {
        assertThat(ModuleRulesTests.moduleOf("org.childplan.rules.internal")).isEqualTo("rules");
        assertThat(ModuleRulesTests.moduleOf("org.childplan.reports")).isEqualTo("reports");
        assertThat(ModuleRulesTests.moduleOf("org.childplan.rules.scotland")).isEqualTo("rules");
    }

    @Test
    void theTestkitIsAModuleOfItsOwnAlthoughItsPackagesLieUnderThoseOfTheRules() {
        assertThat(ModuleRulesTests.moduleOf("org.childplan.rules.testkit")).isEqualTo("rules.testkit");
        assertThat(ModuleRulesTests.moduleOf("org.childplan.rules.testkit.internal")).isEqualTo("rules.testkit");
        assertThat(ModuleRulesTests.moduleOf("org.childplan.rules.testkits")).isEqualTo("rules");
    }

    @Test
    void onlyAPackageNamedInternalOrUnderOneIsInternal() {
        assertThat(ModuleRulesTests.isInternal("org.childplan.reports.internal")).isTrue();
        assertThat(ModuleRulesTests.isInternal("org.childplan.model.internal.validation")).isTrue();
        assertThat(ModuleRulesTests.isInternal("org.childplan.internalaffairs")).isFalse();
    }
}
