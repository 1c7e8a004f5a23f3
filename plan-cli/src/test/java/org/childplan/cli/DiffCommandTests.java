package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTests {

    @TempDir
    Path folder;

    private static final String MEETS = CliRun.planArg("meets-duties.yaml");
    private static final String MISSES = CliRun.planArg("misses-duties.yaml");

    @Test
    void theTextDiffNamesTheChangedElementsByPointerAndLineAndTheFindingsThatAppeared() {
        CliRun run = CliRun.of("diff", MEETS, MISSES);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Changes from " + CliRun.shown(MEETS) + " (glenardoch-csp-2023-2026, law as of"
                + " 2023-04-01) to " + CliRun.shown(MISSES));
        assertThat(run.out()).contains("  changed  " + CliRun.shown(MISSES) + ":7 /period/updateCycle: \"NONE\" ->"
                + " \"ANNUAL\"");
        assertThat(run.out()).contains("  removed  " + CliRun.shown(MEETS) + ":12 /bodies/2: {\"id\":\"glenardoch-housing\"");
        assertThat(run.out()).containsPattern("\\n  appeared " + java.util.regex.Pattern.quote(CliRun.shown(MISSES))
                + ":\\d+ ERROR SCO-CYPSA-S8-CHILDRENS-SERVICES ");
        assertThat(run.out()).contains("Findings: 20 appeared, 4 went, 5 changed\n", "  went     "
                + CliRun.shown(MEETS) + ":28 INFO SCO-PRACTICE-MEASURE-BASELINE-TARGET (not evidenced) /measures/0: ");
    }

    @Test
    void theReverseDiffShowsTheSameFindingsGone() {
        CliRun forward = CliRun.of("diff", MEETS, MISSES);
        CliRun back = CliRun.of("diff", MISSES, MEETS);

        assertThat(back.exitCode()).isZero();
        assertThat(forward.out()).contains("Findings: 20 appeared, 4 went, 5 changed");
        assertThat(back.out()).contains("Findings: 4 appeared, 20 went, 5 changed");
        assertThat(back.out()).contains("  added    " + CliRun.shown(MEETS) + ":12 /bodies/2: ");
    }

    @Test
    void theJsonDiffCarriesItsVersionAndEveryChange() throws IOException {
        CliRun run = CliRun.of("diff", MEETS, MISSES, "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("diffVersion").asText()).isEqualTo("1");
        assertThat(json.at("/old/source").asText()).isEqualTo(CliRun.shown(MEETS));
        assertThat(json.at("/new/source").asText()).isEqualTo(CliRun.shown(MISSES));
        assertThat(json.get("elements").size()).isEqualTo(json.at("/summary/added").asInt()
                + json.at("/summary/removed").asInt() + json.at("/summary/changed").asInt());
        assertThat(json.get("findings").size()).isPositive();
        assertThat(json.at("/summary/findingsAppeared").asInt()).isEqualTo(20);
        assertThat(json.at("/summary/findingsWent").asInt()).isEqualTo(4);
        assertThat(json.at("/findings/0/change").asText()).isEqualTo("WENT");
        assertThat(json.at("/findings/0/old/location/source").asText()).isEqualTo(CliRun.shown(MEETS));
        assertThat(json.at("/findings/0/new").isMissingNode()).isTrue();
        assertThat(json.at("/findings/4/change").asText()).isEqualTo("APPEARED");
        assertThat(json.at("/findings/4/new/location/source").asText()).isEqualTo(CliRun.shown(MISSES));
    }

    @Test
    void theMarkdownDiffHasATableOfElementsAndOneOfFindings() {
        CliRun run = CliRun.of("diff", MEETS, MISSES, "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Changes to Glenardoch Children's Services Plan 2023-2026")
                .contains("|Change|Where|Element|Before|Now|", "|Change|Rule|Severity|Where|Finding|Before|",
                        "|changed|" + CliRun.shown(MISSES) + ":7|`/period/updateCycle`|`\"NONE\"`|`\"ANNUAL\"`|");
    }

    @Test
    void aPlanComparedWithItselfHasNoChange() {
        CliRun run = CliRun.of("diff", MEETS, MEETS);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Elements: 0 added, 0 removed, 0 changed\nFindings: 0 appeared, 0 went, 0"
                + " changed\n");
    }

    @Test
    void aMissingFileExitsTwoNamingItWithoutAStackTrace() {
        String missing = folder.resolve("missing.yaml").toString();

        CliRun run = CliRun.of("diff", MEETS, missing);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(missing + ": ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aPlanThatIsNotWellFormedIsALocatedErrorThatExitsTwo() {
        String unknownField = CliRun.planArg("unknown-field.yaml");

        CliRun run = CliRun.of("diff", unknownField, MEETS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(CliRun.shown(unknownField) + ":7:").contains("colour")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aPlanThatLacksARequiredFieldIsALocatedErrorThatExitsTwo() throws IOException {
        Path plan = folder.resolve("no-title.yaml");
        Files.writeString(plan, Files.readString(Path.of(MEETS)).replaceFirst("(?m)^title: .*\\n", ""),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", MEETS, plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(CliRun.shown(plan.toString()) + ":3:1: /title: ")
                .doesNotContain("Exception");
    }

    @Test
    void aPlanWithADanglingReferenceIsLocatedAndNamedNotCompared() {
        String dangling = CliRun.planArg("dangling-reference.yaml");

        CliRun run = CliRun.of("diff", MEETS, dangling);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(CliRun.shown(dangling) + ":14:5: /actions/0/lead: ")
                .contains(CliRun.shown(dangling) + ": not compared: the plan is not well formed")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void brokenYamlInBothFilesIsReportedForEach() {
        String broken = CliRun.planArg("broken-yaml.yaml");

        CliRun run = CliRun.of("diff", broken, broken);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err().lines().filter(line -> line.startsWith(CliRun.shown(broken) + ":"))).hasSize(2);
    }

    @Test
    void aPlanWithoutAPeriodCannotBeDatedAndIsNotCompared() {
        String noPeriod = CliRun.planArg("no-period.yaml");

        CliRun run = CliRun.of("diff", MEETS, noPeriod);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(CliRun.shown(noPeriod) + ": not compared: ");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("diff", MEETS, MISSES, "--format", "html");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("unknown format 'html': expected text, json or markdown");
    }

    @Test
    void oneFileIsAUsageError() {
        CliRun run = CliRun.of("diff", MEETS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("Missing required parameter: 'NEW'");
    }

    @Test
    void outputWritesTheDiffIntoAFileAsStandardOutputWouldShowIt() throws IOException {
        Path file = folder.resolve("reviews/o");

        CliRun run = CliRun.of("diff", "--output", file.toString(), "--format", "markdown", MEETS, MISSES);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Diff written: " + file + System.lineSeparator());
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(CliRun.of("diff", "--format", "markdown", MEETS, MISSES).out());
    }

    @Test
    void outputNeverReplacesAPlanItCompares() throws IOException {
        Path newer = Files.copy(Path.of(MISSES), folder.resolve("new.yaml"));
        String before = Files.readString(newer);

        CliRun run = CliRun.of("diff", "-o", newer.toString(), MEETS, newer.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("a plan this diff compares; childplan does not replace a plan with a diff");
        assertThat(Files.readString(newer)).isEqualTo(before);
    }

    @Test
    void outputNamingALinkIsBadInputAndTheLinkAndItsTargetAreLeftAsTheyWere() throws IOException {
        Path target = Files.writeString(folder.resolve("target.txt"), "kept");
        Path link = Files.createSymbolicLink(folder.resolve("diff.txt"), target);

        CliRun run = CliRun.of("diff", "-o", link.toString(), MEETS, MISSES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(link + ": is a symbolic link, not a regular file")
                .contains("remove it or give another --output file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("kept");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void outputNamingANamedPipeIsBadInputAndStaysAPipe() throws Exception {
        Path fifo = folder.resolve("diff.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        CliRun run = CliRun.of("diff", "--output", fifo.toString(), MEETS, MISSES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(fifo + ": is a named pipe (FIFO), not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void outputNamingAFolderIsBadInput() {
        CliRun run = CliRun.of("diff", "--output", folder.toString(), MEETS, MISSES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(folder + ": is a folder; diff writes one file: give --output FILE");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFindingOfAPartialRecordIsLabelledAsCheckLabelsIt() throws IOException {
        Path partial = Files.writeString(folder.resolve("partial.yaml"),
                Files.readString(Path.of(MISSES)) + "completeRecord: false\n");
        CliRun check = CliRun.of("check", partial.toString());
        assertThat(check.out()).contains("ERROR (not shown in the source) SCO-CYPSA-S8-CHILDRENS-SERVICES");

        CliRun text = CliRun.of("diff", MEETS, partial.toString());
        CliRun markdown = CliRun.of("diff", "--format", "markdown", MEETS, partial.toString());

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("\\n  appeared \\S+:\\d+ ERROR SCO-CYPSA-S8-CHILDRENS-SERVICES \\(not shown in"
                + " the source\\) ").doesNotContainPattern("\\n  appeared [^\\n]*\\(not evidenced\\)");
        // The findings that went are of the complete record, the old version: there, not evidenced is not met.
        assertThat(text.out()).containsPattern("\\n  went     [^\\n]*meets-duties.yaml:\\d+ INFO"
                + " SCO-PRACTICE-MEASURE-BASELINE-TARGET \\(not evidenced\\) ");
        assertThat(markdown.out()).contains("|ERROR (not shown in the source)|")
                .doesNotContainPattern("\\|appeared\\|[^\\n]*\\(not evidenced\\)");
    }
}
