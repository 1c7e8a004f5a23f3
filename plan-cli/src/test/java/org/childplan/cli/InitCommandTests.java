package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.childplan.cli.internal.Skeleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTests {

    @TempDir
    Path folder;

    @Test
    void aSkeletonIsWrittenToStandardOutputWithTheDatesOfItsStart() {
        CliRun run = CliRun.of("init", "--jurisdiction", "scotland", "--kind", "childrens_services_plan",
                "--start", "2026-04-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(
                Skeleton.SCOTLAND_CHILDRENS_SERVICES_PLAN.render(LocalDate.of(2026, 4, 1)));
        assertThat(run.out()).contains("  start: 2026-04-01\n  end: 2029-03-31\n", "jurisdiction: SCOTLAND",
                "#   Read by: SCO-CYPSA-S8-LATE-START, SCO-CYPSA-S8-THREE-YEAR-PERIOD");
    }

    @Test
    void theSkeletonWrittenToAFileIsValidatedAndCheckedWithoutAFinding() throws IOException {
        Path plan = folder.resolve("plan.yaml");

        CliRun run = CliRun.of("init", "--jurisdiction", "england", "--kind", "children_and_young_peoples_plan",
                "--output", plan.toString(), "--start", "2027-04-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Wrote " + CliRun.shown(plan.toString()) + ": a skeleton")
                .contains("childplan check");
        assertThat(Files.readString(plan)).contains("jurisdiction: ENGLAND", "kind: CHILDREN_AND_YOUNG_PEOPLES_PLAN");
        assertThat(CliRun.of("validate", plan.toString()).exitCode()).isZero();
        CliRun check = CliRun.of("check", plan.toString(), "--fail-on", "info");
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("0 errors, 0 warnings, 0 info");
    }

    @Test
    void everySkeletonTheHelpListsIsWritten() {
        String help = CliRun.of("init", "--help").out().replaceAll("\\s+", " ");
        for (Skeleton skeleton : Skeleton.values()) {
            String jurisdiction = skeleton.jurisdiction().name().toLowerCase(java.util.Locale.ROOT);
            String kind = skeleton.kind().name().toLowerCase(java.util.Locale.ROOT);
            assertThat(help).contains("--jurisdiction " + jurisdiction + " --kind " + kind);

            CliRun run = CliRun.of("init", "--jurisdiction", jurisdiction, "--kind", kind);

            assertThat(run.exitCode()).as(skeleton.name()).isZero();
            assertThat(run.out()).contains("kind: " + skeleton.kind().name());
        }
    }

    @Test
    void anExistingFileIsNotOverwrittenAndExitsFive() throws IOException {
        Path plan = folder.resolve("plan.yaml");
        Files.writeString(plan, "id: mine\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("init", "--jurisdiction", "wales", "--kind", "area_plan", "-o", plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FILE_EXISTS.code()).isEqualTo(6);
        assertThat(run.err()).startsWith(CliRun.shown(plan.toString()) + ": exists already; childplan init does not"
                + " overwrite a file");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(plan)).isEqualTo("id: mine\n");
    }

    @Test
    void theHelpListsExitCodeSix() {
        CliRun run = CliRun.of("init", "--help");

        assertThat(run.out()).contains("Exit codes:").containsPattern("\\n\\s+6\\s+Not written: the file");
    }

    @Test
    void anUnknownJurisdictionIsAUsageErrorNamingTheJurisdictions() {
        CliRun run = CliRun.of("init", "--jurisdiction", "mars", "--kind", "area_plan");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("'--jurisdiction'", "SCOTLAND, ENGLAND, WALES, NORTHERN_IRELAND", "'mars'")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aKindWithoutASkeletonIsAUsageErrorListingTheSkeletons() {
        CliRun run = CliRun.of("init", "--jurisdiction", "wales", "--kind", "strategy");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("init: no skeleton for --jurisdiction wales --kind strategy; there are: "
                + Skeleton.listed());
    }

    @Test
    void anUnknownKindIsAUsageError() {
        CliRun run = CliRun.of("init", "--jurisdiction", "wales", "--kind", "poem");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("'--kind'", "AREA_PLAN", "'poem'");
    }

    @Test
    void withoutAJurisdictionOrKindTheCommandSaysWhichIsMissing() {
        CliRun run = CliRun.of("init", "--kind", "area_plan");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("Missing required option: '--jurisdiction=J'");
    }

    @Test
    void anOutputThatIsNotYamlIsRefused() {
        Path plan = folder.resolve("plan.json");

        CliRun run = CliRun.of("init", "--jurisdiction", "wales", "--kind", "area_plan", "-o", plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("name the file .yaml or .yml");
        assertThat(plan).doesNotExist();
    }

    @Test
    void aStartTheReaderRefusesIsALocatedErrorAndNoFileIsWritten() {
        Path plan = folder.resolve("plan.yaml");

        CliRun run = CliRun.of("init", "--jurisdiction", "wales", "--kind", "area_plan", "--start", "1800-04-01",
                "-o", plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("cannot write the skeleton with these dates: skeleton.yaml:")
                .contains("/period/start", "1800-04-01").doesNotContain("Exception");
        assertThat(plan).doesNotExist();
    }

    @Test
    void aFolderThatDoesNotExistIsAFileNotWritten() {
        Path plan = folder.resolve("missing/plan.yaml");

        CliRun run = CliRun.of("init", "--jurisdiction", "wales", "--kind", "area_plan", "-o", plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.REPORT_NOT_WRITTEN.code());
        assertThat(run.err()).contains("cannot write the skeleton").doesNotContain("Exception");
    }
}
