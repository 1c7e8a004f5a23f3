package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.RuleBasis;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;

class PackMetadataTests {

    private static final String FOLDER = "org/childplan/rules/internal/metadata/";
    private static final String WHERE = "rule pack 'test', " + FOLDER + "metadata.yaml";
    private static final List<String> RULES = List.of(
            "A rule that states only what differs", "A rule that overrides its file", "ActRule", "A rule in no listed file");

    private static final String DEFAULTS = """
            defaults:
              basis: "LAW"
              instrument: "An Act 2014"
              url: "https://www.legislation.gov.uk/asp/2014/8"
              inForceFrom: "2017-04-01"
              inForceTo: ""
              documentKinds: "CHILDRENS_SERVICES_PLAN, PLAN_UPDATE"
            files:
              Guidance.drl:
                instrument: "Statutory Guidance (2020)"
                inForceFrom: "2020-04-01"
                inForceTo: "2024-03-31"
              Act.drl:
                documentKinds: "ANY"
            """;

    private static final RulePack PACK = new TestPack("org.childplan.rules.internal.metadata");

    private record TestPack(String rulePackage) implements RulePack {
        public String id() {
            return "test";
        }

        public String title() {
            return "A test pack";
        }

        public String version() {
            return "1";
        }

        public Jurisdiction jurisdiction() {
            return Jurisdiction.SCOTLAND;
        }

        public String executableModelIndex() {
            return "META-INF/kie/none";
        }
    }

    private static PackMetadata parse(String yaml) {
        return PackMetadata.parse(PACK, FOLDER, FOLDER + "metadata.yaml", yaml, RULES);
    }

    private static Map<String, Object> rule(String id, Object... more) {
        Map<String, Object> metadata = new HashMap<>(Map.of(
                "id", id, "title", "A test", "severity", "ERROR", "provision", "s1", "remedy", "Do it."));
        for (int i = 0; i < more.length; i += 2) {
            metadata.put((String) more[i], more[i + 1]);
        }
        return metadata;
    }

    private static RuleDescriptor describe(PackMetadata metadata, String ruleName, Map<String, Object> ruleMetadata) {
        return RuleMetadata.describe(PACK, ruleName, metadata.effective(ruleName, ruleMetadata));
    }

    @Test
    void aRuleInNoListedFileTakesThePacksDefaults() {
        RuleDescriptor rule = describe(parse(DEFAULTS), "A rule in no listed file", rule("TEST-1"));
        assertThat(rule.citation().instrument()).isEqualTo("An Act 2014");
        assertThat(rule.citation().url()).isEqualTo("https://www.legislation.gov.uk/asp/2014/8");
        assertThat(rule.inForceFrom()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(rule.inForceUntil()).isEmpty();
        assertThat(rule.documentKinds()).containsExactly(DocumentKind.CHILDRENS_SERVICES_PLAN, DocumentKind.PLAN_UPDATE);
    }

    @Test
    void aFilesDefaultWinsOverThePacksAndKeepsThePacksDefaultsItDoesNotName() {
        RuleDescriptor rule = describe(parse(DEFAULTS), "A rule that states only what differs", rule("TEST-GUIDANCE-1"));
        assertThat(rule.citation().instrument()).isEqualTo("Statutory Guidance (2020)");
        assertThat(rule.inForceFrom()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(rule.inForceTo()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(rule.citation().url()).isEqualTo("https://www.legislation.gov.uk/asp/2014/8");

        RuleDescriptor unquoted = describe(parse(DEFAULTS), "ActRule", rule("TEST-ACT-1"));
        assertThat(unquoted.governs(DocumentKind.AREA_PLAN)).isTrue();
        assertThat(unquoted.citation().instrument()).isEqualTo("An Act 2014");
    }

    @Test
    void whatARuleSaysWinsOverItsFileAndItsPackEvenWhenItSaysAnEmptyEndDate() {
        RuleDescriptor rule = describe(parse(DEFAULTS), "A rule that overrides its file",
                rule("TEST-GUIDANCE-2", "inForceTo", "", "url", "https://www.gov.scot/guidance"));
        assertThat(rule.inForceUntil()).isEmpty();
        assertThat(rule.citation().url()).isEqualTo("https://www.gov.scot/guidance");
        assertThat(rule.citation().instrument()).isEqualTo("Statutory Guidance (2020)");
    }

    @Test
    void aCatalogueEntryDeclaredForAFileNamesEachOfItsRulesUnlessARuleNamesItsOwn() {
        PackMetadata metadata = parse(DEFAULTS.replace("""
                  Guidance.drl:
                """, """
                  Guidance.drl:
                    catalogue: "guidance-2020-para4"
                """));
        assertThat(describe(metadata, "A rule that states only what differs", rule("TEST-GUIDANCE-1")).catalogueEntry())
                .contains("guidance-2020-para4");
        assertThat(describe(metadata, "A rule that overrides its file",
                rule("TEST-GUIDANCE-2", "catalogue", "guidance-2020-para9")).catalogueEntry())
                .contains("guidance-2020-para9");
        assertThat(describe(metadata, "A rule in no listed file", rule("TEST-1")).catalogueEntry()).isEmpty();
    }

    @Test
    void comingLawTakesNoFirstDayFromItsFileOrItsPack() {
        RuleDescriptor rule = describe(parse(DEFAULTS), "A rule that states only what differs",
                rule("TEST-COMING-1", "commencement", "on a day appointed by regulations"));
        assertThat(rule.isComing()).isTrue();
        assertThat(rule.inForceSince()).isEmpty();
        assertThat(rule.inForceUntil()).isEmpty();
        assertThat(rule.citation().instrument()).isEqualTo("Statutory Guidance (2020)");
    }

    @Test
    void aRulesEffectiveMetadataIsItsOwnOverItsFilesOverItsPacksWithoutTheDatesOfComingLaw() {
        Map<String, Object> coming = rule("TEST-COMING-1", "commencement", "on a day appointed by regulations");
        Map<String, Object> expected = new HashMap<>(coming);
        expected.put("instrument", "Statutory Guidance (2020)");
        expected.put("url", "https://www.legislation.gov.uk/asp/2014/8");
        expected.put("documentKinds", "CHILDRENS_SERVICES_PLAN, PLAN_UPDATE");
        expected.put("basis", "LAW");

        Map<String, Object> effective = parse(DEFAULTS).effective("A rule that states only what differs", coming);

        assertThat(effective).isEqualTo(expected).doesNotContainKeys("inForceFrom", "inForceTo");
        assertThat(effective.get("inForceFrom")).isNull();
        assertThat(parse(DEFAULTS).effective("ActRule", rule("TEST-ACT-1")))
                .containsEntry("inForceFrom", "2017-04-01")
                .containsEntry("inForceTo", "")
                .containsEntry("documentKinds", "ANY")
                .containsEntry("id", "TEST-ACT-1");
    }

    @Test
    void aRuleThatNamesItsCommencementAndItsFirstDayIsInForceFromThatDay() {
        RuleDescriptor rule = describe(parse(DEFAULTS), "A rule in no listed file",
                rule("TEST-COMMENCED-1", "commencement", "SSI 2016/254", "inForceFrom", "2018-01-01"));
        assertThat(rule.isComing()).isFalse();
        assertThat(rule.inForceFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
    }

    @Test
    void aBasisDeclaredOnceForThePackIsEveryRulesUnlessTheRuleSaysOtherwise() {
        PackMetadata local = parse(DEFAULTS.replace("basis: \"LAW\"", "basis: \"LOCAL_STANDARD\""));

        assertThat(describe(local, "A rule in no listed file", rule("TEST-1")).basis()).isEqualTo(RuleBasis.LOCAL_STANDARD);
        assertThat(describe(local, "ActRule", rule("TEST-ACT-1", "basis", "LAW")).basis()).isEqualTo(RuleBasis.LAW);
    }

    @Test
    void aRuleOfAPackThatDeclaresNoBasisAnywhereIsRefusedNamingWhereToDeclareIt() {
        PackMetadata silent = parse(DEFAULTS.replace("  basis: \"LAW\"\n", ""));

        assertThatThrownBy(() -> describe(silent, "A rule in no listed file", rule("TEST-1")))
                .hasMessageStartingWith("rule pack 'test', rule \"A rule in no listed file\": metadata @basis is missing")
                .hasMessageContaining("once for the pack (defaults) or a DRL file (files) in its metadata.yaml");
    }

    @Test
    void thePacksMetadataIsReadFromTheFileBesideItsDrlFiles() {
        PackMetadata metadata = PackMetadata.of(PACK, RULES);
        assertThat(describe(metadata, "ActRule", rule("TEST-ACT-1")).citation().instrument()).isEqualTo("An Act 2014");
        RuleDescriptor guidance = describe(metadata, "A rule that states only what differs", rule("TEST-GUIDANCE-1"));
        assertThat(guidance.citation().instrument()).isEqualTo("Statutory Guidance (2020)");
        assertThat(guidance.inForceFrom()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(guidance.inForceUntil()).isEmpty();
    }

    @Test
    void aPackWithoutMetadataTakesEachRulesMetadataAsItIs() {
        Map<String, Object> metadata = rule("TEST-1");
        assertThat(PackMetadata.of(new TestPack("org.childplan.rules.internal"), RULES)).isSameAs(PackMetadata.none());
        assertThat(PackMetadata.none().effective("A rule in no listed file", metadata)).isSameAs(metadata);
        assertThat(parse("").effective("A rule in no listed file", metadata)).isSameAs(metadata);
        assertThatThrownBy(() -> describe(PackMetadata.none(), "A rule in no listed file", metadata))
                .hasMessage("rule pack 'test', rule \"A rule in no listed file\": metadata @instrument(\"...\") is missing"
                        + " or empty, on the rule and in the pack's metadata.yaml");
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLineAndTheKeysThatMayBeDeclared() {
        assertThatThrownBy(() -> parse("defaults:\n  instrument: \"An Act\"\n  instrumnet: \"An Act\"\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(WHERE + " line 3: defaults has unknown key 'instrumnet'; a pack or a file may declare"
                        + " instrument, url, catalogue, inForceFrom, inForceTo, documentKinds, basis, and each rule states its own"
                        + " id, title, severity, provision and remedy");
        assertThatThrownBy(() -> parse("files:\n  Act.drl:\n    severity: \"ERROR\"\n"))
                .hasMessageStartingWith(WHERE + " line 3: files.Act.drl has unknown key 'severity'");
        assertThatThrownBy(() -> parse("default:\n  instrument: \"An Act\"\n"))
                .hasMessage(WHERE + " line 1: unknown key 'default'; the keys are defaults (for every rule of the pack)"
                        + " and files (by DRL file name)");
    }

    @Test
    void aFileThePackDoesNotHoldIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("defaults:\n  instrument: \"An Act\"\nfiles:\n  Gudiance.drl:\n    url: \"https://x\"\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(WHERE + " line 4: files names 'Gudiance.drl', which is not a DRL file of the pack ("
                        + FOLDER + "Gudiance.drl is not on its class path); is the name right, and is the pack built"
                        + " with the kie-maven-plugin's generateModel YES_WITHDRL, which keeps the DRL files in the jar?");
    }

    @Test
    void aDrlFileWhoseRulesTheModelDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> PackMetadata.parse(PACK, FOLDER, FOLDER + "metadata.yaml",
                "files:\n  Act.drl:\n    url: \"https://x\"\n", List.of("Another rule")))
                .hasMessage(WHERE + " line 2: Act.drl declares rule \"ActRule\", which the pack's executable model does"
                        + " not hold; is the jar built from these DRL files?");
    }

    @Test
    void aValueThatDoesNotReadIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("defaults:\n  inForceFrom: \"1 April 2017\"\n"))
                .hasMessage(WHERE + " line 2: defaults.inForceFrom must be a date as YYYY-MM-DD but is '1 April 2017'");
        assertThatThrownBy(() -> parse("defaults:\n  documentKinds: \"COMMITTEE_REPORT\"\n"))
                .hasMessageStartingWith(WHERE + " line 2: defaults.documentKinds: @documentKinds must be ANY or a");
        assertThatThrownBy(() -> parse("defaults:\n  basis: \"WHIM\"\n"))
                .hasMessage(WHERE + " line 2: defaults.basis: @basis must be [LAW, LOCAL_STANDARD] but is 'WHIM'");
        assertThatThrownBy(() -> parse("defaults:\n  url: 12\n"))
                .hasMessage(WHERE + " line 2: defaults.url must be a string but is '12'");
        assertThatThrownBy(() -> parse("defaults:\n  url:\n"))
                .hasMessage(WHERE + " line 2: defaults.url must be a string but is nothing");
        assertThatThrownBy(() -> parse("- defaults\n"))
                .hasMessage(WHERE + " line 1: expected a mapping with the keys defaults and files but found a list");
        assertThatThrownBy(() -> parse("defaults: [\n"))
                .hasMessageStartingWith(WHERE + " line ");
    }

    @Test
    void aPackBuiltWithItsRuleFileIndexTakesEachFilesRulesFromTheIndexWithoutReadingTheDrlFiles() {
        // The folder holds no DRL file: only the index can say which rules Guidance.drl declares.
        RulePack indexed = new TestPack("org.childplan.rules.internal.indexed");
        assertThat(indexed.classLoader().getResource("org/childplan/rules/internal/indexed/Guidance.drl")).isNull();

        PackMetadata metadata = PackMetadata.of(indexed, RULES);

        RuleDescriptor guidance = RuleMetadata.describe(indexed, "A rule that states only what differs",
                metadata.effective("A rule that states only what differs", rule("TEST-GUIDANCE-1")));
        assertThat(guidance.citation().instrument()).isEqualTo("Statutory Guidance (2020)");
        assertThat(guidance.inForceFrom()).isEqualTo(LocalDate.of(2020, 4, 1));
        RuleDescriptor act = RuleMetadata.describe(indexed, "ActRule", metadata.effective("ActRule", rule("TEST-ACT-1")));
        assertThat(act.citation().instrument()).isEqualTo("An Act 2014");
        assertThat(act.inForceFrom()).isEqualTo(LocalDate.of(2017, 4, 1));
    }

    @Test
    void aRuleFileIndexThatMissesARuleOfTheModelIsRefused() {
        RulePack indexed = new TestPack("org.childplan.rules.internal.indexed");
        List<String> modelRules = new ArrayList<>(RULES);
        modelRules.add("A rule added since");

        assertThatThrownBy(() -> PackMetadata.of(indexed, modelRules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule pack 'test', org/childplan/rules/internal/indexed/rule-files.tsv: lists no DRL file for"
                        + " rule \"A rule added since\" of the pack's executable model; the index is out of date: rebuild"
                        + " the pack, whose build writes it from the DRL files");
    }

    @Test
    void aRuleFileIndexThatMissesADrlFileThePackHoldsIsRefused() {
        RulePack stale = new TestPack("org.childplan.rules.internal.stale");

        assertThatThrownBy(() -> PackMetadata.of(stale, RULES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule pack 'test', org/childplan/rules/internal/stale/rule-files.tsv: lists no rule of"
                        + " Guidance.drl, which the pack holds; the index is out of date: rebuild the pack, whose build"
                        + " writes it from the DRL files");
    }

    @Test
    void aFileNeitherTheIndexNorThePackHoldsIsRefusedAsWithoutAnIndex() {
        RulePack indexed = new TestPack("org.childplan.rules.internal.indexed");
        String folder = "org/childplan/rules/internal/indexed/";

        assertThatThrownBy(() -> PackMetadata.parse(indexed, folder, folder + "metadata.yaml",
                "files:\n  Gudiance.drl:\n    url: \"https://x\"\n", RULES))
                .hasMessage("rule pack 'test', " + folder + "metadata.yaml line 2: files names 'Gudiance.drl', which is"
                        + " not a DRL file of the pack (" + folder + "Gudiance.drl is not on its class path); is the name"
                        + " right, and is the pack built with the kie-maven-plugin's generateModel YES_WITHDRL, which"
                        + " keeps the DRL files in the jar?");
    }

    @Test
    void aDrlFilesRulesAreReadByNameSkippingComments() {
        assertThat(PackMetadata.ruleNames("""
                // rule "In a line comment"
                /* rule "In a block comment" */
                rule "Quoted"
                  rule 'Single quoted'
                rule Unquoted when then end
                /*
                rule "In a longer block comment"
                */
                ruleflow "Not a rule"
                """)).containsExactly("Quoted", "Single quoted", "Unquoted");
    }
}
