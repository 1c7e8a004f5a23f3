package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.io.PlanSchema;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the binary distribution as a user does, into a folder of its own, and runs {@code bin/childplan} with a
 * plain Java runtime and nothing else on the PATH: no Maven, no source tree.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIntegrationTests {

    /** The commands {@code bin/childplan} uses besides {@code java}; each gets a link of its own on the PATH. */
    private static final List<String> TOOLS =
            List.of("dirname", "ls", "cksum", "cut", "find", "head", "mkdir", "mv", "rm", "grep", "locale");

    private static final Pattern JAR = Pattern.compile("(.+?)-(\\d.*)\\.jar");

    @TempDir
    static Path temp;

    private static String version;
    private static Path home;
    private static Path zipHome;
    private static Path path;

    @BeforeAll
    static void unpackTheDistribution() throws Exception {
        String base = System.getProperty("childplan.distribution");
        // Failsafe sets it after the package phase; a run by surefire (mvn test -Dtest=...) or an IDE skips.
        assumeTrue(base != null, "system property childplan.distribution is set by failsafe at integration-test");
        version = System.getProperty("childplan.version");
        Path tarball = Path.of(base + ".tar.gz");
        Path zip = Path.of(base + ".zip");
        assertThat(tarball).isRegularFile();
        assertThat(zip).isRegularFile();

        Path tarInstall = Files.createDirectories(temp.resolve("from tar"));
        Result untar = run(List.of("tar", "-xzf", tarball.toString()), tarInstall, Map.of("PATH", "/usr/bin:/bin"));
        assertThat(untar.exitCode()).as(untar.err()).isZero();
        home = tarInstall.resolve("childplan-" + version);
        zipHome = unzip(zip, Files.createDirectories(temp.resolve("from zip"))).resolve("childplan-" + version);

        path = Files.createDirectories(temp.resolve("path"));
        Files.createSymbolicLink(path.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(path.resolve(tool), systemCommand(tool));
        }
    }

    @Test
    void theArchiveHoldsTheLaunchersTheLibrariesTheExamplesThePlanSchemaAndTheLicences() throws IOException {
        assertThat(home.resolve("bin/childplan")).isExecutable();
        assertThat(home.resolve("bin/childplan.bat")).isRegularFile();
        assertThat(home.resolve("lib/plan-cli-" + version + ".jar")).isRegularFile();
        assertThat(home.resolve("lib/cds/training-plan.yaml")).as("the training run's plan, the Glenardoch example")
                .hasContent(ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        assertThat(home.resolve("examples/moray-csp-2017-2020.yaml")).isRegularFile();
        try (InputStream schema = PlanSchema.open()) {
            assertThat(home.resolve("schema/childplan-plan.schema.json")).as("the plan schema for editors")
                    .hasBinaryContent(schema.readAllBytes());
        }
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004",
                "END OF TERMS AND CONDITIONS");
        assertThat(Files.readString(home.resolve("NOTICE"))).startsWith("childplan\nCopyright 2026 the childplan authors");
        assertThat(home.resolve("licenses")).isDirectoryContaining("glob:**/slf4j-MIT.txt");
        assertThat(Files.readString(home.resolve("bin/childplan.bat"))).contains("\r\n");
        assertThat(Files.readString(home.resolve("bin/childplan"))).doesNotContain("\r").doesNotContain("mvn");
        assertThat(files(zipHome)).as("the zip holds what the tarball holds").isEqualTo(files(home));
    }

    @Test
    void theNoticeNamesEveryBundledLibraryAtItsVersion() throws IOException {
        String notice = Files.readString(home.resolve("NOTICE"));
        List<String> bundled = new ArrayList<>();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            jars.map(jar -> jar.getFileName().toString()).filter(name -> name.endsWith(".jar"))
                    .filter(name -> !name.startsWith("plan-")).forEach(bundled::add);
        }

        assertThat(bundled).hasSizeGreaterThan(20).allSatisfy(name -> {
            Matcher jar = JAR.matcher(name);
            assertThat(jar.matches()).as(name).isTrue();
            assertThat(notice).as("NOTICE lists " + name).contains(":" + jar.group(1) + ":" + jar.group(2) + " ");
        });
    }

    @Test
    void binChildplanChecksAnExampleWithOnlyJavaOnThePathAndPrintsNothingOnStandardError() throws Exception {
        Result failing = childplan("check", "--require-evidence", "examples/moray-csp-2017-2020.yaml");
        Result passing = childplan("check", "examples/glenardoch-csp-2023-2026.yaml");

        assertThat(failing.exitCode()).as(failing.err()).isEqualTo(1);
        assertThat(failing.out()).contains("Moray", morayErrors(), "FAILED (fail level: error)");
        assertThat(failing.err()).isEmpty();
        assertThat(passing.exitCode()).as(passing.out()).isZero();
        assertThat(passing.out()).contains("PASSED (fail level: error)");
        assertThat(passing.err()).isEmpty();
        assertThat(home.resolve("lib/childplan.jsa")).as("the class-data-sharing archive of the first run").isRegularFile();
    }

    @Test
    void onJava25OrNewerTheFirstRunRecordsAnAheadOfTimeCacheAndTheReportIsTheSame() throws Exception {
        Optional<Path> java25 = javaHomeOfVersionAtLeast(25);
        assumeTrue(java25.isPresent(), "no JDK 25 or newer in /usr/lib/jvm");
        Path home25 = freshInstall("for java 25");
        // One locale for both JVMs: before Java 18 the default charset follows it, since then it is UTF-8.
        Map<String, String> environment = Map.of("PATH", path.toString(), "HOME", temp.toString(),
                "JAVA_HOME", java25.get().toString(), "LC_ALL", "C.UTF-8");
        List<String> check = List.of("bin/childplan", "check", "--require-evidence", "examples/moray-csp-2017-2020.yaml");

        Result first = run(check, home25, environment);
        Result second = run(check, home25, environment);
        Result onJava17 = run(check.stream().map(word -> word.equals("bin/childplan")
                ? home.resolve(word).toString() : word).toList(), home,
                Map.of("PATH", path.toString(), "HOME", temp.toString(), "LC_ALL", "C.UTF-8"));

        assertThat(home25.resolve("lib/childplan.aot")).as("the ahead-of-time cache of the first run").isRegularFile();
        assertThat(home25.resolve("lib/childplan.jsa")).doesNotExist();
        for (Result result : List.of(first, second)) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            assertThat(result.err()).isEmpty();
            assertThat(result.out()).isEqualTo(onJava17.out()).contains(morayErrors());
        }
    }

    @Test
    void anArchiveRecordedByOneJvmIsRecordedAgainWhenAnotherJvmRunsTheDistribution() throws Exception {
        Optional<Path> java25 = javaHomeOfVersionAtLeast(25);
        assumeTrue(java25.isPresent(), "no JDK 25 or newer in /usr/lib/jvm");
        Path twoJvms = freshInstall("two jvms");
        List<String> check = List.of("bin/childplan", "check", "examples/moray-csp-2017-2020.yaml");
        Map<String, String> onThisJvm = Map.of("PATH", path.toString(), "HOME", temp.toString(), "LC_ALL", "C.UTF-8");

        Result first = run(check, twoJvms, onThisJvm);
        String recordedFirst = Files.readString(twoJvms.resolve("lib/childplan.jvm"));
        // The JDK 25 installed before the archive was recorded: its files are older, yet the archive is not its own.
        Result onJava25 = run(check, twoJvms, Map.of("PATH", path.toString(), "HOME", temp.toString(),
                "JAVA_HOME", java25.get().toString(), "LC_ALL", "C.UTF-8"));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(onJava25.exitCode()).as(onJava25.err()).isZero();
        assertThat(onJava25.out()).isEqualTo(first.out());
        assertThat(recordedFirst).contains(System.getProperty("java.version"));
        assertThat(twoJvms.resolve("lib/childplan.aot")).as("recorded again, by Java 25").isRegularFile();
        assertThat(twoJvms.resolve("lib/childplan.jsa")).doesNotExist();
        assertThat(Files.readString(twoJvms.resolve("lib/childplan.jvm"))).isNotEqualTo(recordedFirst)
                .startsWith(java25.get().toString());
    }

    /** The distribution unpacked from its tar.gz into a folder {@code name} of its own, with no archive recorded yet. */
    private static Path freshInstall(String name) throws Exception {
        Path install = Files.createDirectories(temp.resolve(name));
        Result untar = run(List.of("tar", "-xzf", Path.of(System.getProperty("childplan.distribution") + ".tar.gz")
                .toString()), install, Map.of("PATH", "/usr/bin:/bin"));
        assertThat(untar.exitCode()).as(untar.err()).isZero();
        return install.resolve("childplan-" + version);
    }

    /** A JDK in /usr/lib/jvm whose release file names a feature version of at least {@code feature}. */
    private static Optional<Path> javaHomeOfVersionAtLeast(int feature) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        Pattern releaseVersion = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> {
                        try {
                            Matcher matcher = releaseVersion.matcher(Files.readString(home.resolve("release")));
                            return matcher.find() && Integer.parseInt(matcher.group(1)) >= feature;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .sorted()
                    .findFirst();
        }
    }

    @Test
    void verboseShowsTheLibrariesLogLinesOnStandardErrorAndLeavesTheReportAsItWas() throws Exception {
        Result quiet = childplan("check", "examples/glenardoch-csp-2023-2026.yaml");
        Result verbose = childplan("check", "--verbose", "examples/glenardoch-csp-2023-2026.yaml");
        Result verboseFirst = childplan("--verbose", "validate", "examples/glenardoch-csp-2023-2026.yaml");

        assertThat(verbose.exitCode()).isZero();
        assertThat(verbose.out()).isEqualTo(quiet.out());
        assertThat(verbose.err()).contains("INFO", "HV000001: Hibernate Validator");
        assertThat(verboseFirst.exitCode()).isZero();
        assertThat(verboseFirst.err()).contains("HV000001: Hibernate Validator");
    }

    @Test
    void binChildplanReportsBadInputWithExitTwoAndTakesItsVersionFromTheJar() throws Exception {
        Result missing = childplan("check", "no-such-plan.yaml");
        Result versionRun = childplan("--version");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-plan.yaml: no such file").doesNotContain("\tat ");
        assertThat(versionRun.out()).startsWith("childplan " + version + "\n");
    }

    @Test
    void binChildplanRunsThroughASymbolicLinkFromAnotherFolder() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(elsewhere.resolve("childplan"), home.resolve("bin/childplan"));

        Result result = run(List.of(elsewhere.resolve("childplan").toString(), "rules", "--jurisdiction", "scotland"),
                elsewhere, environment());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("SCO-CYPSA-");
    }

    @Test
    void aDistributionInAFolderNamedOutsideAsciiRunsWithoutAUtf8Locale() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this JVM must name a folder outside ASCII to create one");
        Path accented = Files.createDirectories(temp.resolve("dossier \u00e9t\u00e9"));
        Result copy = run(List.of("cp", "-R", home.toString(), accented.toString()), temp,
                Map.of("PATH", "/usr/bin:/bin"));
        assertThat(copy.exitCode()).as(copy.err()).isZero();
        Path copied = accented.resolve(home.getFileName());

        Result result = run(List.of(copied.resolve("bin/childplan").toString(), "check", "examples/glenardoch-csp-2023-2026.yaml"),
                copied, Map.of("PATH", path.toString(), "HOME", temp.toString(), "CHILDPLAN_CDS", "off"));

        assertThat(result.err()).doesNotContain("Could not find or load main class");
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        assertThat(result.out()).contains("Glenardoch");
    }

    @Test
    void withoutJavaItSaysWhatItNeedsAndExitsTwo() throws Exception {
        Path noJava = Files.createDirectories(temp.resolve("no java"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(noJava.resolve(tool), systemCommand(tool));
        }

        Result result = run(List.of(home.resolve("bin/childplan").toString(), "--version"), home,
                Map.of("PATH", noJava.toString(), "HOME", temp.toString()));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("childplan: needs Java 17 or newer on the PATH, or JAVA_HOME\n");
    }

    /** {@code 7 errors}: the errors the library finds in the Moray example, as the text report counts them. */
    private static String morayErrors() throws Exception {
        int errors = PlanChecker.forAllJurisdictions().check(ExamplePlans.MORAY_CSP_2017_2020.read()).count(Severity.ERROR);
        return errors + (errors == 1 ? " error," : " errors,");
    }

    private static Result childplan(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/childplan").toString()));
        command.addAll(List.of(args));
        return run(command, home, environment());
    }

    private static Map<String, String> environment() {
        return Map.of("PATH", path.toString(), "HOME", temp.toString());
    }

    private static Result run(List<String> command, Path directory, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish within 180 s: " + command);
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    /** Unpacks {@code zip} into {@code into}, refusing an entry outside it; returns {@code into}. */
    static Path unzip(Path zip, Path into) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : archive.stream().toList()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target).as("entry inside the folder").startsWithRaw(into);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        return into;
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".jsa")
                    && !file.getFileName().toString().endsWith(".aot"))
                    .map(file -> root.relativize(file).toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static Path systemCommand(String name) {
        return Stream.of("/usr/bin", "/bin").map(directory -> Path.of(directory, name)).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in /usr/bin or /bin"));
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int exitCode, String out, String err) {
    }
}
