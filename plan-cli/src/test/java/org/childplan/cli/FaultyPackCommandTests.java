package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childplan.rules.TestPackFolders;
import org.childplan.rules.TestPackFolders.TestRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council's pack whose build left it unusable, given with {@code --pack}: every command that takes packs exits with
 * 5 naming the location, the pack and the reason, without a stack trace and before any plan is read.
 */
class FaultyPackCommandTests {

    @TempDir
    static Path folder;

    /** Each faulty pack's folder, with the reason the command must give for it. */
    private static final Map<Path, String> FAULTY = new LinkedHashMap<>();

    private static Path good;
    private static Path plan;

    @BeforeAll
    static void packs() throws IOException {
        FAULTY.put(TestPackFolders.pack("acme-nomodel").rule(TestRule.metOnPlan("ACME-ONE")).withoutModelIndex()
                .writeUnder(folder), "rule pack 'acme-nomodel': the executable model index "
                        + "META-INF/kie/acme/acme-nomodel/drools-model is not on the class path");
        FAULTY.put(TestPackFolders.pack("acme-nodrl").withoutModel().writeUnder(folder),
                "rule pack 'acme-nodrl': no executable model for package acme.acme_nodrl");
        FAULTY.put(TestPackFolders.pack("acme-empty").writeUnder(folder),
                "has no rules in package acme.acme_empty");
        FAULTY.put(TestPackFolders.pack("acme-package").rule(TestRule.metOnPlan("ACME-ONE"))
                .declaringRulePackage("acme.elsewhere").writeUnder(folder),
                "rule pack 'acme-package': no executable model for package acme.elsewhere");
        FAULTY.put(TestPackFolders.pack("acme-twice").rule(TestRule.metOnPlan("ACME-TWICE"))
                .rule(new TestRule("Another", TestPackFolders.metadata("ACME-TWICE"), "org.childplan.model.Plan", ""))
                .writeUnder(folder), "rule pack 'acme-twice': two rules have the id ACME-TWICE, rule \"Another\" and rule "
                + "\"Rule ACME-TWICE\"");
        for (String key : List.of("id", "severity", "instrument")) {
            Map<String, String> metadata = TestPackFolders.metadata("ACME-ONE");
            metadata.remove(key);
            FAULTY.put(TestPackFolders.pack("acme-no-" + key)
                    .rule(new TestRule("Unnamed", metadata, "org.childplan.model.Plan", "")).writeUnder(folder),
                    "rule \"Unnamed\": metadata @" + key + "(\"...\") is missing or empty");
        }
        good = TestPackFolders.pack("acme-good").rule(TestRule.metOnPlan("ACME-GOOD")).writeUnder(folder);
        plan = minimalPlan(folder);
    }

    /** A Scottish plan with only what every plan must hold, written into {@code folder}. */
    static Path minimalPlan(Path folder) throws IOException {
        return Files.writeString(folder.resolve("acme.yaml"), """
                id: acme
                title: Acme plan
                area: Acme
                jurisdiction: SCOTLAND
                status: DRAFT
                period: {start: 2024-04-01, end: 2027-03-31}
                """);
    }

    /** That {@code run} refused {@code pack} as unusable for {@code reason}, with no trace and no report. */
    static void assertRefused(CliRun run, Path pack, String reason) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_PACK.code());
        assertThat(run.err()).startsWith("--pack " + pack + ": ").contains(reason)
                .doesNotContain("\tat ", "Exception in thread", "internal error");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWellBuiltPackIsAppliedBesideTheLaw() {
        CliRun run = CliRun.of("check", "--pack", good.toString(), "--fail-on", "never", "--format", "json",
                plan.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASSED.code());
        assertThat(run.out()).contains("\"ACME-GOOD\"");
    }

    @Test
    void checkRefusesEachFaultyPackWithExitFiveNamingItsLocationAndReason() {
        FAULTY.forEach((pack, reason) -> assertRefused(
                CliRun.of("check", "--pack", pack.toString(), plan.toString()), pack, reason));
    }

    @Test
    void aJsonReportIsNotWrittenForAFaultyPack() {
        FAULTY.forEach((pack, reason) -> assertRefused(
                CliRun.of("check", "--pack", pack.toString(), "--format", "json", plan.toString()), pack, reason));
    }

    @Test
    void theFaultyPackIsRefusedBeforeAnyPlanIsRead() {
        Path pack = FAULTY.keySet().iterator().next();

        CliRun run = CliRun.of("check", "--pack", pack.toString(), folder.resolve("no-such-plan.yaml").toString());

        assertRefused(run, pack, FAULTY.get(pack));
        assertThat(run.err()).doesNotContain("no-such-plan");
    }

    @Test
    void rulesExplainAndScorecardRefuseAFaultyPackToo() {
        for (Map.Entry<Path, String> faulty : FAULTY.entrySet()) {
            String pack = faulty.getKey().toString();
            assertRefused(CliRun.of("rules", "--pack", pack), faulty.getKey(), faulty.getValue());
            assertRefused(CliRun.of("rules", "--pack", pack, "--format", "json"), faulty.getKey(), faulty.getValue());
            assertRefused(CliRun.of("explain", "--pack", pack, "ACME-ONE"), faulty.getKey(), faulty.getValue());
            assertRefused(CliRun.of("scorecard", "--pack", pack, plan.toString()), faulty.getKey(), faulty.getValue());
        }
    }
}
