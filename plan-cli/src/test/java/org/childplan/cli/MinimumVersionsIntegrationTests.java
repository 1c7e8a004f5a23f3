package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command, in fresh JVMs, with the distribution's {@code lib/} and again with the same libraries but the oldest
 * Jackson, SnakeYAML and commons-lang3 that childplan supports (README, "Minimum versions"; the root pom's
 * {@code minimum.*.version}, fetched into {@code target/minimum-versions} by the build) in place of the built ones, and
 * finds the same output, byte for byte, and the same exit code.
 */
class MinimumVersionsIntegrationTests {

    /** The libraries the minimum versions replace: every Jackson module, SnakeYAML and commons-lang3. */
    private static final Pattern REPLACED = Pattern.compile("jackson-.*|snakeyaml|commons-lang3");

    private static final Pattern JAR = Pattern.compile("(.+?)-(\\d.*)\\.jar");

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "markdown", "html", "github",
            "gitlab");

    @TempDir
    static Path temp;

    private static Path minimumVersions;
    /** The distribution's lib/ jars by artifact id. */
    private static Map<String, Path> builtJars;
    /** The minimum versions' jars by artifact id: one for each jar of the distribution that they replace. */
    private static Map<String, Path> replacements;
    /** The same, with the minimum versions in place of the built ones. */
    private static Map<String, Path> minimumJars;
    private static List<String> examples;

    @BeforeAll
    static void unpackTheDistributionAndPutTheMinimumVersionsInPlace() throws Exception {
        String base = System.getProperty("childplan.distribution");
        // Failsafe sets them after the package phase; a run by surefire (mvn test -Dtest=...) or an IDE skips.
        assumeTrue(base != null, "system property childplan.distribution is set by failsafe at integration-test");
        minimumVersions = Path.of(System.getProperty("childplan.minimumVersions"));
        Path home = DistributionIntegrationTests.unzip(Path.of(base + ".zip"), Files.createDirectories(temp.resolve("distribution")))
                .resolve("childplan-" + System.getProperty("childplan.version"));

        builtJars = jarsByArtifact(home.resolve("lib"));
        replacements = new TreeMap<>();
        for (String artifact : builtJars.keySet()) {
            if (REPLACED.matcher(artifact).matches()) {
                replacements.put(artifact, minimumVersions.resolve(artifact + "-" + minimumVersion(artifact) + ".jar"));
            }
        }
        minimumJars = new TreeMap<>(builtJars);
        minimumJars.putAll(replacements);

        // Each kind of run works in a folder of its own laid out alike, so that the reports name the same files.
        for (String classpath : List.of("built", "minimum")) {
            Path work = Files.createDirectories(temp.resolve(classpath));
            copyFolder(home.resolve("examples"), work.resolve("examples"));
            copyFolder(CliRun.plan("meets-duties.yaml").getParent(), work.resolve("plans"));
        }
        try (Stream<Path> files = Files.list(home.resolve("examples"))) {
            examples = files.map(file -> "examples/" + file.getFileName()).sorted().toList();
        }
        assertThat(examples).as("the bundled examples").hasSizeGreaterThan(5);
    }

    @Test
    void theMinimumVersionsReplaceEveryJacksonModuleSnakeYamlAndCommonsLang3InTheDistribution() {
        assertThat(replacements.keySet()).as("the libraries of the distribution's lib/ that the minimum versions replace")
                .contains("jackson-annotations", "jackson-core", "jackson-databind", "jackson-dataformat-yaml",
                        "jackson-datatype-jsr310", "snakeyaml", "commons-lang3");
        assertThat(replacements).allSatisfy((artifact, jar) -> {
            assertThat(jar).as("%s, which the build's copy-minimum-versions fetches", jar).isRegularFile();
            assertThat(jar.getFileName()).as("the minimum version of %s differs from the built one", artifact)
                    .isNotEqualTo(builtJars.get(artifact).getFileName());
        });
        assertThat(minimumJars.keySet()).isEqualTo(builtJars.keySet());
    }

    @Test
    void anEmbedderReadsAndWritesEveryPlanAlikeAndTheLibrariesLoadedAreTheMinimumVersions() throws Exception {
        List<String> plans = new ArrayList<>(examples);
        plans.addAll(List.of("plans/broken-yaml.yaml", "plans/unknown-field.yaml", "plans/dangling-reference.yaml",
                "plans/no-period.yaml"));
        Path testClasses = Path.of(EmbeddingProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        Pair runs = both(EmbeddingProbe.class.getName(), testClasses, plans);
        Result built = runs.built();
        Result minimum = runs.minimum();

        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(minimum.exitCode()).as(minimum.err()).isZero();
        assertThat(libraries(minimum.out())).as("the libraries an embedder loads with the minimum versions")
                .isEqualTo(Map.of(
                        "jackson-annotations", "- " + minimumJar("jackson-annotations"),
                        "jackson-core", property("childplan.minimum.jackson") + " " + minimumJar("jackson-core"),
                        "jackson-databind", property("childplan.minimum.jackson") + " " + minimumJar("jackson-databind"),
                        "jackson-dataformat-yaml", property("childplan.minimum.jackson") + " "
                                + minimumJar("jackson-dataformat-yaml"),
                        "jackson-datatype-jsr310", property("childplan.minimum.jackson") + " "
                                + minimumJar("jackson-datatype-jsr310"),
                        "snakeyaml", "- " + minimumJar("snakeyaml"),
                        "commons-lang3", "- " + minimumJar("commons-lang3")));
        assertThat(libraries(built.out()).get("jackson-databind")).as("the built run loads the built Jackson")
                .endsWith(builtJars.get("jackson-databind").toString());

        assertThat(plansRead(minimum.out())).as("every plan read and written back, or its located error")
                .contains("== examples/moray-csp-2017-2020.yaml\n{", "unknown property 'colour'")
                .isEqualTo(plansRead(built.out()));
    }

    @Test
    void validateGivesTheSameLinesAndExitCodeForTheExamplesAndForBadPlans() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(examples);
        args.add("plans");

        Pair runs = command(args);

        assertThat(runs.built().exitCode()).as("a bad plan among them").isEqualTo(2);
        assertThat(runs.built().out()).contains("examples/moray-csp-2017-2020.yaml: well formed",
                "plans/unknown-field.yaml:7:1: /colour: unknown property 'colour'",
                "plans/broken-yaml.yaml:6:13: /period/end: malformed YAML");
        runs.assertSame();
    }

    @Test
    void checkWritesTheSameReportsOfEveryExampleInEveryFormatAndLoadsTheMinimumVersions() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", String.join(",", FORMATS), "-o", "reports"));
        args.addAll(examples);

        Pair runs = command(args);

        runs.assertSame();
        Map<String, String> builtReports = reports(temp.resolve("built/reports"));
        assertThat(builtReports).as("a report in each format").hasSize(FORMATS.size());
        assertThat(reports(temp.resolve("minimum/reports"))).as("the reports written with the minimum versions")
                .isEqualTo(builtReports);
        assertThat(runs.built().out()).contains("Moray", "Reports written: reports/childplan.txt");
        assertThat(runs.minimum().loadedFrom()).as("the jars the command loaded classes from")
                .containsAll(replacements.values())
                .doesNotContainAnyElementsOf(replacedBuiltJars());
        assertThat(runs.built().loadedFrom()).containsAll(replacedBuiltJars());
    }

    @Test
    void theReadmeNamesTheMinimumVersionsTheBuildChecks() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("### Minimum versions"));
        section = section.substring(0, section.indexOf("\n#", 1));

        assertThat(section).contains("Jackson " + property("childplan.minimum.jackson"),
                "SnakeYAML " + property("childplan.minimum.snakeyaml"),
                "commons-lang3 " + property("childplan.minimum.commons-lang3"),
                MinimumVersionsIntegrationTests.class.getSimpleName());
    }

    private static Path minimumJar(String artifact) {
        return replacements.get(artifact);
    }

    private static List<Path> replacedBuiltJars() {
        return builtJars.entrySet().stream().filter(jar -> REPLACED.matcher(jar.getKey()).matches())
                .map(Map.Entry::getValue).toList();
    }

    /** The root pom's {@code minimum.*.version} of {@code artifact}, which failsafe passes on. */
    private static String minimumVersion(String artifact) {
        return property(artifact.startsWith("jackson-") ? "childplan.minimum.jackson" : "childplan.minimum." + artifact);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s, set by failsafe", name).isNotBlank();
        return value;
    }

    /** The probe's library lines: name to "version jar". */
    private static Map<String, String> libraries(String probeOutput) {
        Map<String, String> libraries = new LinkedHashMap<>();
        probeOutput.lines().filter(line -> line.startsWith("library ")).forEach(line -> {
            String[] words = line.split(" ", 3);
            libraries.put(words[1], words[2]);
        });
        return libraries;
    }

    private static String plansRead(String probeOutput) {
        return probeOutput.substring(probeOutput.indexOf("== "));
    }

    private Pair command(List<String> args) throws Exception {
        return both(Main.class.getName(), null, args);
    }

    /**
     * Runs {@code mainClass} in two fresh JVMs side by side, one on each class path, each in its own folder, logging
     * where each class came from.
     */
    private static Pair both(String mainClass, Path extra, List<String> args) throws Exception {
        Started built = start(builtJars, extra, "built", mainClass, args);
        Started minimum = start(minimumJars, extra, "minimum", mainClass, args);
        return new Pair(built.finish(), minimum.finish());
    }

    private static Started start(Map<String, Path> jars, Path extra, String work, String mainClass, List<String> args)
            throws IOException {
        List<String> classpath = new ArrayList<>(jars.values().stream().map(Path::toString).toList());
        if (extra != null) {
            classpath.add(extra.toString());
        }
        Path logs = Files.createTempDirectory(temp, work + "-run");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + logs.resolve("class-loading.log"),
                "-cp", String.join(File.pathSeparator, classpath), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.resolve(work).toFile())
                .redirectOutput(logs.resolve("out").toFile())
                .redirectError(logs.resolve("err").toFile());
        // One locale for every run: the reports must not differ by the machine's.
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        process.getOutputStream().close();
        return new Started(command, process, logs);
    }

    /** A JVM started with its standard output, standard error and class loading log going to files in {@code logs}. */
    private record Started(List<String> command, Process process, Path logs) {

        Result finish() throws Exception {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not finish within 180 s: " + command);
            }
            return new Result(process.exitValue(), read(logs.resolve("out")), read(logs.resolve("err")),
                    loadedFrom(logs.resolve("class-loading.log")));
        }
    }

    /** The jars named as the source of a loaded class in a {@code -Xlog:class+load} file. */
    private static Set<Path> loadedFrom(Path classLoading) throws IOException {
        Pattern source = Pattern.compile(" source: (?:jar:)?file:(\\S+?\\.jar)");
        Set<Path> jars = new TreeSet<>();
        for (String line : Files.readAllLines(classLoading, StandardCharsets.UTF_8)) {
            Matcher matcher = source.matcher(line);
            if (matcher.find()) {
                jars.add(Path.of(matcher.group(1)));
            }
        }
        return jars;
    }

    private static Map<String, Path> jarsByArtifact(Path folder) throws IOException {
        Map<String, Path> jars = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(file -> file.getFileName().toString().endsWith(".jar")).toList()) {
                Matcher name = JAR.matcher(jar.getFileName().toString());
                assertThat(name.matches()).as("artifact-version.jar: %s", jar).isTrue();
                assertThat(jars.put(name.group(1), jar)).as("a second %s in %s", name.group(1), folder).isNull();
            }
        }
        return jars;
    }

    /** The files in {@code folder} by name. */
    private static Map<String, String> reports(Path folder) throws IOException {
        Map<String, String> reports = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                reports.put(file.getFileName().toString(), read(file));
            }
        }
        return reports;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }

    /** Decoded as ISO 8859-1, one char a byte, so that equal strings are equal bytes. */
    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }

    /** What a fresh JVM printed and returned, and the jars it loaded classes from. */
    private record Result(int exitCode, String out, String err, Set<Path> loadedFrom) {
    }

    /** The same run with the built versions and with the minimum versions. */
    private record Pair(Result built, Result minimum) {

        void assertSame() {
            assertThat(minimum.exitCode()).as("exit code with the minimum versions").isEqualTo(built.exitCode());
            assertThat(minimum.err()).as("standard error with the minimum versions").isEqualTo(built.err());
            assertThat(minimum.out()).as("standard output with the minimum versions").isEqualTo(built.out());
        }
    }
}
