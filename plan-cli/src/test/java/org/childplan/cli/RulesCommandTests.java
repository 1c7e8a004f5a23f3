package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.cli.internal.RuleCatalogue;
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
    void theLawThatIsComingInEveryJurisdictionIsListedWithHowItWillComeIntoForce() {
        CliRun run = CliRun.of("rules", "--coming");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("WAL-SSWBA2014-S75A-1-PUBLISHED-BEFORE-YEAR ", "WAL-SSWBA2014-S75A-3-E-STEPS ")
                .contains("ENG-CWSA2026-S2-CHILDCARE-EDUCATION-AGENCIES ", "ENG-CWSA2026-S3-CHILD-PROTECTION-TEAM ",
                        "ENG-CWSA2026-S3-TEAM-CORE-MEMBERS ")
                .contains("NI-ACANI2022-S123-CORPORATE-PARENTING ")
                .contains("on a day the Welsh Ministers appoint by order (s29(2))")
                .contains("on a day the Department appoints by order (s160(1))")
                // Law in force since 16 July 2024 is not coming law, though its rule names how it commenced.
                .doesNotContain("SCO-UNCRC2024-S18-RIGHTS-REPORT-LINK");
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

    @Test
    void theRulesWhoseCatalogueEntryWasReadBeforeADayAreListedOldestFirstWithTheDayRead() throws IOException {
        CliRun run = CliRun.of("rules", "--read-before", "2026-12-03");

        assertThat(run.exitCode()).isZero();
        Map<String, String> readById = readDatesOfTheCatalogue();
        List<RuleDescriptor> expected = RulePacks.catalogue().stream()
                .filter(rule -> rule.catalogueEntry().isPresent())
                .filter(rule -> {
                    String read = readById.get(rule.catalogueEntry().get());
                    return read.isEmpty() || LocalDate.parse(read).isBefore(LocalDate.of(2026, 12, 3));
                })
                .sorted(Comparator.comparing((RuleDescriptor rule) -> readById.get(rule.catalogueEntry().get()))
                        .thenComparing(RuleDescriptor::id))
                .toList();
        assertThat(expected).extracting(RuleDescriptor::id)
                .contains("SCO-CYPSA-S9-WELLBEING")
                .doesNotContain("SCO-UNCRC2024-S6-CHILDRENS-RIGHTS", "SCO-CYPSA-S9-EARLY-ACTION");
        List<String> lines = run.out().lines().skip(1).toList();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .isEqualTo("Rules whose catalogue entry was last read before 2026-12-03: " + expected.size() + ", oldest first");
        assertThat(lines).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            RuleDescriptor rule = expected.get(i);
            String read = readById.get(rule.catalogueEntry().get());
            assertThat(lines.get(i)).startsWith(read.isEmpty() ? "not recorded" : read)
                    .contains(" " + rule.id() + " ", " " + rule.severity() + " ", rule.catalogueEntry().get(),
                            rule.citation().toString());
        }
        assertThat(run.out()).containsPattern("(?m)^2026-12-02 +SCO-CYPSA-S9-WELLBEING +ERROR +cypsa-2014-s9-2-a-i ")
                .doesNotContain("not recorded");
    }

    @Test
    void aRuleWhoseEntryWasReadOnTheDayGivenIsNotListedButIsTheDayAfter() {
        assertThat(CliRun.of("rules", "--read-before", "2026-12-03").out())
                .doesNotContain("SCO-UNCRC2024-S6-CHILDRENS-RIGHTS");
        assertThat(CliRun.of("rules", "--read-before", "2026-12-04").out())
                .containsPattern("(?m)^2026-12-03 +SCO-UNCRC2024-S6-CHILDRENS-RIGHTS +WARNING +uncrc-scotland-2024-s6 ");
    }

    @Test
    void aDayBeforeEveryReadingListsNoRuleBecauseEveryBuiltInRulesEntryRecordsTheDayItWasRead() {
        CliRun run = CliRun.of("rules", "--read-before", "2000-01-01", "--jurisdiction", "scotland");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .isEqualTo("Rules whose catalogue entry was last read before 2000-01-01: 0, oldest first");
        assertThat(run.out().lines().skip(1).toList()).isEmpty();
    }

    @Test
    void aRuleWhoseEntryWasReadTheDayBeforeIsListedWithThatDay() {
        assertThat(CliRun.of("rules", "--read-before", "2026-12-04").out())
                .containsPattern("(?m)^2026-12-03 +SCO-CYPSA-S9-EARLY-ACTION +ERROR +cypsa-2014-s9-2-a-ii ")
                .containsPattern("(?m)^2026-12-03 +ENG-SI2010-591-R4-1A-NEEDS-ASSESSMENT +ERROR +si-2010-591-reg4 ");
    }

    @Test
    void theJsonOfTheRulesReadBeforeADayGivesEachRulesEntryAndTheDayItWasRead() throws Exception {
        CliRun run = CliRun.of("rules", "--read-before", "2026-12-04", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode rules = new ObjectMapper().readTree(run.out());
        JsonNode uncrc = null;
        for (JsonNode rule : rules) {
            assertThat(rule.path("catalogue").asText()).as(rule.path("id").asText()).isNotBlank();
            if (rule.path("id").asText().equals("SCO-UNCRC2024-S6-CHILDRENS-RIGHTS")) {
                uncrc = rule;
            }
        }
        assertThat(uncrc).isNotNull();
        assertThat(uncrc.path("catalogue").asText()).isEqualTo("uncrc-scotland-2024-s6");
        assertThat(uncrc.path("read").asText()).isEqualTo("2026-12-03");
    }

    @Test
    void aReadBeforeThatIsNotADayIsAUsageError() {
        CliRun run = CliRun.of("rules", "--read-before", "last year");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("'last year' is not a date; expected YYYY-MM-DD");
    }

    @Test
    void theShippedCatalogueIsTheOneInDocsLegal() throws IOException {
        try (InputStream shipped = RuleCatalogue.class.getResourceAsStream("catalogue.yaml")) {
            assertThat(shipped).as("the rule catalogue on the class path").isNotNull();
            assertThat(new String(shipped.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(CATALOGUE));
        }
    }

    private static final Path CATALOGUE = Path.of("../docs/legal/catalogue.yaml");

    /** The read.date of each entry of docs/legal/catalogue.yaml by id, empty where the entry records none. */
    private static Map<String, String> readDatesOfTheCatalogue() throws IOException {
        JsonNode catalogue = new ObjectMapper(new YAMLFactory()).readTree(CATALOGUE.toFile());
        Map<String, String> readById = new HashMap<>();
        for (String list : List.of("instruments", "provisions")) {
            for (JsonNode entry : catalogue.path(list)) {
                readById.put(entry.path("id").asText(), entry.path("read").path("date").asText(""));
            }
        }
        return readById;
    }
}
