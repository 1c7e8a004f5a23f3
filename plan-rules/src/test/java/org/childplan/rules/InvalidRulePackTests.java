package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childplan.rules.TestPackFolders.TestRule;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council's pack whose build left it unusable is refused by {@link RulePacks#load} with an
 * {@link InvalidRulePackException} that names its location, the pack and the reason, before any plan is read.
 */
class InvalidRulePackTests {

    @TempDir
    Path folder;

    private static Map<String, String> without(String key) {
        Map<String, String> metadata = TestPackFolders.metadata("ACME-ONE");
        metadata.remove(key);
        return metadata;
    }

    private InvalidRulePackException refused(TestPackFolders pack) throws IOException {
        Path location = pack.writeUnder(folder);
        InvalidRulePackException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> RulePacks.load(List.of(location)), InvalidRulePackException.class);
        assertThat(refused).as("refused by RulePacks.load").isNotNull();
        assertThat(refused.location()).contains(location.toString());
        assertThat(refused.getMessage()).startsWith(location + ": ");
        return refused;
    }

    @Test
    void aPackThatIsWellBuiltIsLoadedAndChecksAPlan() throws IOException {
        Path location = TestPackFolders.pack("acme-good").rule(TestRule.metOnPlan("ACME-GOOD")).writeUnder(folder);

        List<RulePack> packs = RulePacks.load(List.of(location));

        assertThat(packs).extracting(RulePack::id).containsExactly("acme-good");
        ComplianceReport report = PlanChecker.builder().pack(packs.get(0)).build().check(TestPlans.compliant());
        assertThat(report.met()).extracting(met -> met.rule().id()).containsExactly("ACME-GOOD");
    }

    @Test
    void aPackWhoseBuildWroteNoExecutableModelIsRefusedNamingTheIndex() throws IOException {
        InvalidRulePackException refused = refused(TestPackFolders.pack("acme-nomodel")
                .rule(TestRule.metOnPlan("ACME-ONE")).withoutModelIndex());

        assertThat(refused.packId()).contains("acme-nomodel");
        assertThat(refused.reason()).isEqualTo("rule pack 'acme-nomodel': the executable model index "
                + "META-INF/kie/acme/acme-nomodel/drools-model is not on the class path");
    }

    @Test
    void aPackWithNoDrlFileIsRefused() throws IOException {
        InvalidRulePackException refused = refused(TestPackFolders.pack("acme-nodrl").withoutModel());

        assertThat(refused.reason()).startsWith("rule pack 'acme-nodrl': no executable model for package acme.acme_nodrl");
    }

    @Test
    void aPackWhoseModelHasNoRulesIsRefused() throws IOException {
        InvalidRulePackException refused = refused(TestPackFolders.pack("acme-empty"));

        assertThat(refused.reason()).contains("has no rules in package acme.acme_empty");
    }

    @Test
    void aPackThatDeclaresAnotherRulePackageThanItsRulesIsRefused() throws IOException {
        InvalidRulePackException refused = refused(TestPackFolders.pack("acme-package")
                .rule(TestRule.metOnPlan("ACME-ONE")).declaringRulePackage("acme.elsewhere"));

        assertThat(refused.reason()).startsWith("rule pack 'acme-package': no executable model for package acme.elsewhere");
    }

    @Test
    void aPackWithTwoRulesOfOneIdIsRefusedNamingTheId() throws IOException {
        InvalidRulePackException refused = refused(TestPackFolders.pack("acme-twice")
                .rule(TestRule.metOnPlan("ACME-TWICE"))
                .rule(new TestRule("Another rule", TestPackFolders.metadata("ACME-TWICE"), "org.childplan.model.Plan", "")));

        assertThat(refused.reason()).isEqualTo("rule pack 'acme-twice': two rules have the id ACME-TWICE, rule \"Another rule\""
                + " and rule \"Rule ACME-TWICE\"");
    }

    @Test
    void aRuleWithoutItsIdSeverityOrInstrumentIsRefusedNamingTheRuleAndTheKey() throws IOException {
        for (String key : List.of("id", "severity", "instrument")) {
            InvalidRulePackException refused = refused(TestPackFolders.pack("acme-no-" + key)
                    .rule(new TestRule("Unnamed", without(key), "org.childplan.model.Plan", "")));

            assertThat(refused.reason()).as(key).startsWith("rule pack 'acme-no-" + key + "', rule \"Unnamed\": metadata @"
                    + key + "(\"...\") is missing or empty");
        }
    }

    @Test
    void aCheckerBuiltWithAnUnusablePackRefusesItWithTheSameException() throws IOException {
        Path location = TestPackFolders.pack("acme-builder").withoutModel().writeUnder(folder);
        RulePack pack = instantiate(location);

        assertThatThrownBy(() -> PlanChecker.builder().pack(pack).build())
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("rule pack 'acme-builder': no executable model for package acme.acme_builder")
                .satisfies(thrown -> assertThat(((InvalidRulePackException) thrown).location())
                        .hasValueSatisfying(where -> assertThat(Path.of(where)).isEqualTo(location)));
    }

    private RulePack instantiate(Path location) {
        try {
            return new java.net.URLClassLoader(new java.net.URL[] {location.toUri().toURL()}, getClass().getClassLoader())
                    .loadClass("acme.acme_builder.AcmePack").asSubclass(RulePack.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
