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
                .contains("A local standard the area has set itself, not a duty of the law")
                .doesNotContain("Regime: " + PACK_TITLE);
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("Basis:        a local standard of " + PACK_TITLE)
                .contains("Source:       Glenmore Council").doesNotContain("Legal source");
    }

    /**
     * A plan whose period began before the council's framework did, checked as of a day the framework binds: every
     * format names the framework as a local standard, never as law applied, a regime, a legal source or a change in
     * the law.
     */
    @Test
    void noFormatPresentsTheCouncilsFrameworkAsLawOrItsFirstDayAsAChangeInTheLaw() throws Exception {
        Path earlier = Files.writeString(folder.resolve("glenmore-earlier.yaml"), """
                id: glenmore-earlier
                title: Glenmore plan begun before the framework
                area: Glenmore
                jurisdiction: SCOTLAND
                status: DRAFT
                period: {start: 2023-04-01, end: 2026-03-31}
                priorities:
                  - {id: P1, title: Children grow up safe}
                """);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String format : List.of("text", "json", "sarif", "junit", "markdown", "html", "github", "gitlab")) {
            CliRun run = CliRun.of("check", "--pack", jar.toString(), "--as-of", "2024-06-01", "--format", format,
                    earlier.toString());
            assertThat(run.exitCode()).as(format + ": " + run.err()).isEqualTo(ExitCode.FINDINGS.code());
            out.put(format, run.out());
        }

        assertThat(out.get("text")).doesNotContain("Regime: Glenmore")
                .contains("Local standard: standards of " + PACK_TITLE);
        assertThat(out.get("text").lines().filter(line -> line.contains("Law changed")))
                .noneMatch(line -> line.contains("Glenmore") || line.contains(RULE));
        assertThat(lawChanges(out.get("markdown"), "\n#")).doesNotContain("Glenmore").doesNotContain(RULE);
        assertThat(out.get("markdown"))
                .contains("**Local standards applied:** Standards of " + PACK_TITLE);
        assertThat(out.get("markdown").lines().filter(line -> line.startsWith("**Law applied:**")).toList())
                .singleElement().asString().doesNotContain("Glenmore");
        String html = out.get("html");
        String summary = html.substring(html.indexOf("<table class=\"summary\""), html.indexOf("</table>",
                html.indexOf("<table class=\"summary\"")));
        assertThat(summary).contains("Law applied").contains("Local standards");
        assertThat(summary.substring(summary.indexOf("Law applied"), summary.indexOf("Local standards")))
                .doesNotContain("Glenmore");
        assertThat(lawChanges(html, "<h3")).doesNotContain("Glenmore").doesNotContain(RULE);
        JsonNode json = new ObjectMapper().readTree(out.get("json")).at("/reports/0");
        assertThat(json.get("regimes").toString()).doesNotContain("Glenmore");
        assertThat(json.get("regimes")).isNotEmpty();
        assertThat(json.get("lawChanges").toString()).doesNotContain("Glenmore").doesNotContain(RULE);
        JsonNode sarifRule = new ObjectMapper().readTree(out.get("sarif")).at("/runs/0/tool/driver/rules")
                .findParents("id").stream().filter(rule -> rule.get("id").asText().equals(RULE)).findFirst()
                .orElseThrow();
        assertThat(sarifRule.at("/help/text").asText()).doesNotContain("Legal source")
                .contains("a local standard, not a statutory duty");
        assertThat(sarifRule.at("/fullDescription/text").asText()).contains("a target. Source");
        for (String format : List.of("github", "gitlab", "junit")) {
            assertThat(out.get(format)).as(format).doesNotContain("Legal source: Glenmore")
                    .doesNotContain("Law changed");
        }
    }

    /** The section on the changes in the law of {@code report}, up to the next heading; empty when it has none. */
    private static String lawChanges(String report, String nextHeading) {
        int start = report.indexOf("Changes in the law");
        if (start < 0) {
            return "";
        }
        int end = report.indexOf(nextHeading, start);
        return report.substring(start, end < 0 ? report.length() : end);
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

    /**
     * A council's pack whose rules take the ids of the built-in Scotland pack's (its rules are the Scotland pack's own,
     * under a pack id of its own), compiled here so that its class is on no class path but its own location's.
     */
    private static Path packReusingBuiltInRuleIds() throws Exception {
        Path source = folder.resolve("reusing-src/org/acme/rules/AcmeReusingPack.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package org.acme.rules;

                public final class AcmeReusingPack implements org.childplan.rules.spi.RulePack {
                    public String id() { return "acme"; }
                    public String title() { return "Acme Council Performance Framework 2024"; }
                    public String version() { return "2024.1"; }
                    public org.childplan.model.Jurisdiction jurisdiction() {
                        return org.childplan.model.Jurisdiction.SCOTLAND;
                    }
                    public String rulePackage() { return "org.childplan.rules.scotland"; }
                    public String executableModelIndex() { return "META-INF/kie/org.childplan/plan-rules/drools-model"; }
                }
                """);
        Path classes = folder.resolve("reusing-classes");
        List<String> entries = new java.util.ArrayList<>();
        for (Class<?> type : List.of(org.childplan.rules.spi.RulePack.class, org.childplan.model.Jurisdiction.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        String classPath = String.join(java.io.File.pathSeparator, entries);
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "-cp", classPath, source.toString());
        assertThat(compiled).as("the reusing pack compiles").isZero();
        Path services = classes.resolve("META-INF/services/org.childplan.rules.spi.RulePack");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "org.acme.rules.AcmeReusingPack\n");
        return classes;
    }

    @Test
    void aPackWithARuleIdABuiltInPackAlreadyUsesIsRefusedWithExitFiveNamingBothPacks() throws Exception {
        Path reusing = packReusingBuiltInRuleIds();

        for (List<String> args : List.of(List.of("explain", "--pack", reusing.toString(), "SCO-CYPSA-S10-PUBLICATION"),
                List.of("check", "--pack", reusing.toString(), "--format", "sarif", plan.toString()))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(args + ": " + run.err()).isEqualTo(ExitCode.BAD_PACK.code());
            assertThat(run.err()).as(args.get(0))
                    .startsWith("--pack " + reusing + ": the rule pack 'acme' has a rule with the id SCO-")
                    .contains("which the rule pack 'scotland' (on the class path) already uses")
                    .doesNotContain("\tat ");
            assertThat(run.out()).as(args.get(0)).isEmpty();
        }
    }

    @Test
    void theHelpOfEachCommandThatAppliesPacksListsPackAndTheExitCode() {
        for (String command : List.of("check", "rules", "explain", "scorecard")) {
            CliRun run = CliRun.of(command, "--help");

            assertThat(run.out()).as(command).contains("--pack=JAR_OR_DIR").contains("5   Bad rule pack");
        }
    }
}
