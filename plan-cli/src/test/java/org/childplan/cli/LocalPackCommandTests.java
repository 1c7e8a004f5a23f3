package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pack JAR_OR_DIR}: a council's own pack (the example module {@code plan-examples-local-pack}, kept off the
 * tests' class path) applied beside the law by {@code check}, {@code rules}, {@code explain} and {@code scorecard}.
 */
class LocalPackCommandTests {

    private static final String RULE = "GLENMORE-PRIORITY-MEASURED";
    private static final String PACK_TITLE = "Glenmore Council Children's Services Performance Framework 2024";

    /** The example pack's compiled classes and executable model, as its build leaves them. */
    private static final Path CLASSES = Path.of(System.getProperty("childplan.localPack",
            "../plan-examples-local-pack/target/classes"));

    @TempDir
    static Path folder;

    private static Path jar;
    private static Path plan;

    @BeforeAll
    static void packAndPlan() throws IOException {
        assertThat(CLASSES.resolve("META-INF/services/org.childplan.rules.spi.RulePack"))
                .as("the example pack is built before the command's tests").exists();
        jar = folder.resolve("glenmore-pack.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(CLASSES.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        plan = folder.resolve("glenmore-draft.yaml");
        Files.writeString(plan, """
                id: glenmore-draft
                title: Glenmore draft plan
                area: Glenmore
                jurisdiction: SCOTLAND
                status: DRAFT
                period: {start: 2024-04-01, end: 2027-03-31}
                priorities:
                  - {id: P1, title: Children grow up safe}
                """);
    }

    @Test
    void withoutPackTheCouncilsStandardIsNotApplied() {
        CliRun run = CliRun.of("check", plan.toString());

        assertThat(run.out()).doesNotContain(RULE).doesNotContain("Local standards of");
    }

    @Test
    void checkWithAPackFolderReportsTheCouncilsStandardInItsOwnSectionApartFromTheLaw() {
        CliRun run = CliRun.of("check", "--pack", CLASSES.toString(), plan.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS.code());
        String out = run.out();
        int section = out.indexOf("Local standards of " + PACK_TITLE + " (1)");
        assertThat(section).as(out).isPositive();
        assertThat(out.substring(0, section)).as("the duties of the law, before the section")
                .contains("Errors: duties the law says a plan must meet").doesNotContain(RULE);
        String local = out.substring(section, out.indexOf("\n\n", section) < 0 ? out.length()
                : out.indexOf("\n\n", section));
        assertThat(local).contains(RULE).contains("glenmore-draft.yaml:8:5").contains("not duties the law places on the plan")
                .doesNotContain("SCO-");
    }

    @Test
    void checkWithAPackJarWritesTheStandardAsALocalStandardInTheJsonReport() throws Exception {
        CliRun run = CliRun.of("check", "--pack", jar.toString(), "--format", "json", plan.toString());

        assertThat(run.err()).isEmpty();
        JsonNode findings = new ObjectMapper().readTree(run.out()).at("/reports/0/findings");
        List<JsonNode> local = findings.findParents("ruleId").stream()
                .filter(finding -> finding.get("ruleId").asText().equals(RULE)).toList();
        assertThat(local).singleElement().satisfies(finding -> {
            assertThat(finding.get("basis").asText()).isEqualTo("LOCAL_STANDARD");
            assertThat(finding.get("pack").asText()).isEqualTo("glenmore");
        });
        assertThat(findings.findParents("ruleId")).filteredOn(finding -> !finding.get("ruleId").asText().equals(RULE))
                .isNotEmpty().allSatisfy(finding -> assertThat(finding.get("basis").asText()).isEqualTo("LAW"));
    }

    @Test
    void theRuleSelectionAndTheCatalogueKnowThePacksRules() {
        CliRun check = CliRun.of("check", "--pack", CLASSES.toString(), "--rule", RULE, "--fail-on", "warning",
                plan.toString());
        CliRun rules = CliRun.of("rules", "--pack", jar.toString(), "--jurisdiction", "SCOTLAND");
        CliRun explain = CliRun.of("explain", "--pack", jar.toString(), RULE.toLowerCase(java.util.Locale.ROOT));

        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(check.out()).contains(RULE).contains("0 errors, 1 warning, 0 info");
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).contains(PACK_TITLE + " (glenmore 2024.1, SCOTLAND): 1 rules").contains(RULE)
                .contains("A local standard the area has set itself, not a duty of the law");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("Basis:        a local standard of " + PACK_TITLE)
                .contains("Source:       Glenmore Council").doesNotContain("Legal source");
    }

    @Test
    void scorecardTakesPacksToo() {
        CliRun run = CliRun.of("scorecard", "--pack", jar.toString(), plan.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.PASSED.code(), ExitCode.FINDINGS.code());
        assertThat(run.out()).contains("glenmore-draft");
    }

    @Test
    void aMissingPackExitsFiveNamingItWithoutAStackTrace() {
        Path missing = folder.resolve("no-such-pack.jar");

        CliRun run = CliRun.of("check", "--pack", missing.toString(), plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_PACK.code()).isEqualTo(5);
        assertThat(run.err()).startsWith("--pack " + missing + ": no such jar or folder").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotAJarAndAFolderWithoutAPackExitFive() throws IOException {
        Path text = Files.writeString(folder.resolve("pack.txt"), "not a pack");
        Path empty = Files.createDirectories(folder.resolve("empty-folder"));
        Path broken = Files.writeString(folder.resolve("broken.jar"), "not a zip");

        CliRun notAJar = CliRun.of("rules", "--pack", text.toString());
        CliRun noPack = CliRun.of("explain", "--pack", empty.toString(), RULE);
        CliRun brokenJar = CliRun.of("check", "--pack", broken.toString(), plan.toString());

        assertThat(notAJar.exitCode()).isEqualTo(ExitCode.BAD_PACK.code());
        assertThat(notAJar.err()).contains(text + ": not a jar");
        assertThat(noPack.exitCode()).isEqualTo(ExitCode.BAD_PACK.code());
        assertThat(noPack.err()).contains(empty + ": lists no rule pack of its own");
        assertThat(brokenJar.exitCode()).isEqualTo(ExitCode.BAD_PACK.code());
        assertThat(brokenJar.err()).contains(broken + ": not a readable jar").doesNotContain("\tat ");
    }

    @Test
    void theHelpOfEachCommandThatAppliesPacksListsPackAndTheExitCode() {
        for (String command : List.of("check", "rules", "explain", "scorecard")) {
            CliRun run = CliRun.of(command, "--help");

            assertThat(run.out()).as(command).contains("--pack=JAR_OR_DIR").contains("5   Bad rule pack");
        }
    }
}
