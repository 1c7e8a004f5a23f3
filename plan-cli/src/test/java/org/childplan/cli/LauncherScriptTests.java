package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the repository's {@code childplan} launcher script in a throwaway copy of the project, with fake {@code mvn} and
 * {@code java} commands that log their arguments, to check when it builds, when it trains the class-data-sharing
 * archive, and what it hands to the JVM.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTests {

    /**
     * The commands the launcher and the fakes need, and nothing more, each in a directory of its own on the PATH: on
     * many machines java and mvn sit in /usr/bin too, so /usr/bin itself cannot go on the PATH.
     */
    private static final List<String> TOOLS = List.of("find", "head", "mktemp", "cat", "rm", "dirname", "mkdir", "touch", "ls");

    private static final FileTime SOURCES_WRITTEN = time("2024-03-01T09:00:00Z");
    private static final FileTime JAR_BUILT = time("2024-03-01T10:00:00Z");
    private static final FileTime ARCHIVE_TRAINED = time("2024-03-01T11:00:00Z");
    private static final FileTime EDITED_LATER = time("2024-03-01T12:00:00Z");

    private static final List<String> BUILD = List.of("-q", "-B", "-DskipTests", "-pl", "plan-cli", "-am", "package");
    private static final List<String> USER_ARGUMENTS =
            List.of("check", "our plan.yaml", "", "*", "--fail-level=warning", "two  spaces");

    private static final String FAKE_MVN = """
            #!/bin/sh
            printf '[%s]' "$@" >>"$LAUNCHER_TEST_LOGS/mvn.log"; echo >>"$LAUNCHER_TEST_LOGS/mvn.log"
            pwd >>"$LAUNCHER_TEST_LOGS/mvn-directories.log"
            echo "[INFO] output of the fake build"
            if [ -z "${FAKE_BUILD_LEAVES_JAR:-}" ]; then
              mkdir -p plan-cli/target && : >plan-cli/target/childplan.jar
            fi
            """;

    private static final String FAILING_MVN = """
            #!/bin/sh
            printf '[%s]' "$@" >>"$LAUNCHER_TEST_LOGS/mvn.log"; echo >>"$LAUNCHER_TEST_LOGS/mvn.log"
            echo "[ERROR] Duty.java:[3,1] class, interface, enum, or record expected"
            echo "build said this on stderr" >&2
            exit 1
            """;

    /**
     * A JVM that logs its calls. It knows {@code -XX:AOTCacheOutput} (as Java 25 and newer do) only when
     * {@code FAKE_JAVA_AOT} is set; otherwise it refuses the option at once, as Java 17 does, and logs the refused
     * call apart from the runs that did something.
     */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            for arg in "$@"; do
              case "$arg" in
                -XX:AOTCacheOutput=*|-XX:AOTCache=*)
                  if [ -z "${FAKE_JAVA_AOT:-}" ]; then
                    printf '[%s]' "$@" >>"$LAUNCHER_TEST_LOGS/java-refused.log"
                    echo >>"$LAUNCHER_TEST_LOGS/java-refused.log"
                    echo "Unrecognized VM option '${arg#-XX:}'" >&2
                    exit 1
                  fi;;
              esac
            done
            printf '[%s]' "$@" >>"$LAUNCHER_TEST_LOGS/java.log"; echo >>"$LAUNCHER_TEST_LOGS/java.log"
            echo $$ >>"$LAUNCHER_TEST_LOGS/java-processes.log"
            for arg in "$@"; do
              case "$arg" in
                -XX:AOTCacheOutput=*)
                  echo "training run output"; echo "training run warning" >&2
                  [ -z "${FAKE_TRAINING_FAILS:-}" ] || exit 1
                  : >"${arg#-XX:AOTCacheOutput=}"
                  exit 0;;
                -XX:ArchiveClassesAtExit=*)
                  echo "training run output"; echo "training run warning" >&2
                  [ -z "${FAKE_TRAINING_FAILS:-}" ] || exit 1
                  : >"${arg#-XX:ArchiveClassesAtExit=}"
                  exit 0;;
              esac
            done
            echo "report of the check"
            echo "warning from the check" >&2
            exit "${FAKE_JAVA_EXIT:-0}"
            """;

    @TempDir
    Path temp;

    private Path root;
    private Path bin;
    private Path tools;
    private Path logs;
    private Path tmp;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void aCheckoutOfTheProjectWithFakeMavenAndJava() throws IOException {
        root = temp.resolve("child plan");
        Files.createDirectories(root);
        Files.copy(launcher(), root.resolve("childplan"));
        for (String file : List.of(
                "pom.xml",
                "README.md",
                "plan-model/pom.xml",
                "plan-model/src/main/java/org/childplan/model/Plan.java",
                "plan-model/src/test/java/org/childplan/model/PlanTests.java",
                "plan-model/target/classes/org/childplan/model/Plan.class",
                "plan-rules/pom.xml",
                "plan-rules/src/main/resources/org/childplan/rules/scotland/Duty.drl",
                "plan-rules/src/test/java/org/childplan/rules/DutyTests.java",
                "plan-reports/pom.xml",
                "plan-reports/src/main/java/org/childplan/reports/Report.java",
                "plan-cli/pom.xml",
                "plan-cli/src/main/java/org/childplan/cli/Main.java",
                "plan-cli/src/test/java/org/childplan/cli/MainTests.java",
                "plan-cli/src/test/resources/plans/meets-duties.yaml",
                "plan-cli/target/cds/training-plan.yaml",
                "plan-cli/target/lib/plan-rules-0.1.0-SNAPSHOT.jar",
                "plan-examples/src/main/java/org/childplan/examples/Example.java")) {
            write(file, SOURCES_WRITTEN);
        }

        bin = Files.createDirectories(temp.resolve("bin"));
        script(bin.resolve("mvn"), FAKE_MVN);
        script(bin.resolve("java"), FAKE_JAVA);
        tools = Files.createDirectories(temp.resolve("tools"));
        for (String tool : TOOLS) {
            script(tools.resolve(tool), "#!/bin/sh\nexec " + systemCommand(tool) + " \"$@\"\n");
        }
        logs = Files.createDirectories(temp.resolve("logs"));
        tmp = Files.createDirectories(temp.resolve("tmp"));
        environment.put("PATH", bin + ":" + tools);
        environment.put("TMPDIR", tmp.toString());
        environment.put("LAUNCHER_TEST_LOGS", logs.toString());
    }

    @Test
    void onFirstUseItBuildsTrainsTheArchiveThenRunsTheJarWithTheArgumentsUnchanged() throws Exception {
        environment.put("FAKE_JAVA_EXIT", "5");

        Run run = launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).containsExactly(BUILD);
        assertThat(lines(logs.resolve("mvn-directories.log"))).containsExactly(root.toRealPath().toString());
        assertThat(refusedJavaCalls()).as("Java 17 refuses the ahead-of-time cache's option").hasSize(1);
        assertThat(refusedJavaCalls().get(0)).endsWith("-jar", jar(), "check", trainingPlan())
                .contains("-XX:AOTCacheOutput=" + aotCache());
        assertThat(javaCalls()).hasSize(2);
        assertThat(javaCalls().get(0)).as("training run").endsWith("-jar", jar(), "check", trainingPlan())
                .contains("-XX:ArchiveClassesAtExit=" + archive());
        List<String> check = new ArrayList<>(List.of("-jar", jar()));
        check.addAll(USER_ARGUMENTS);
        assertThat(javaCalls().get(1)).as("the user's run").endsWith(check.toArray(String[]::new))
                .contains("-XX:SharedArchiveFile=" + archive());
        assertThat(run.exitCode()).as("the jar's exit code").isEqualTo(5);
        assertThat(run.out()).isEqualTo("report of the check\n");
        assertThat(run.err()).contains("building").contains("warning from the check")
                .doesNotContain("output of the fake build").doesNotContain("training run");
        assertThat(root.resolve("plan-cli/target/childplan.jsa")).isRegularFile();
        assertThat(tmp).as("the build log is removed").isEmptyDirectory();
    }

    @Test
    void theTrainingRunUsesTheSameJvmOptionsAsTheUsersRunSoTheArchiveCanBeUsed() throws Exception {
        launch(USER_ARGUMENTS);

        List<String> training = jvmOptions(javaCalls().get(0));
        List<String> check = jvmOptions(javaCalls().get(1));
        training.remove("-XX:ArchiveClassesAtExit=" + archive());
        check.remove("-XX:SharedArchiveFile=" + archive());
        assertThat(training).isEqualTo(check);
    }

    @Test
    void onJava25ItTrainsAnAheadOfTimeCacheInsteadOfAClassDataSharingArchiveAndRunsWithIt() throws Exception {
        environment.put("FAKE_JAVA_AOT", "yes");

        Run run = launch(USER_ARGUMENTS);

        assertThat(refusedJavaCalls()).isEmpty();
        assertThat(javaCalls()).hasSize(2);
        assertThat(javaCalls().get(0)).as("training run").endsWith("-jar", jar(), "check", trainingPlan())
                .contains("-XX:AOTCacheOutput=" + aotCache())
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(javaCalls().get(1)).as("the user's run").endsWith(USER_ARGUMENTS.toArray(String[]::new))
                .contains("-XX:+IgnoreUnrecognizedVMOptions", "-XX:AOTCache=" + aotCache())
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        assertThat(root.resolve("plan-cli/target/childplan.aot")).isRegularFile();
        assertThat(root.resolve("plan-cli/target/childplan.jsa")).doesNotExist();
        assertThat(run.out()).isEqualTo("report of the check\n");

        List<String> training = jvmOptions(javaCalls().get(0));
        List<String> check = jvmOptions(javaCalls().get(1));
        training.remove("-XX:AOTCacheOutput=" + aotCache());
        check.removeAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:AOTCache=" + aotCache()));
        assertThat(training).as("the same options, so that the cache can be used").isEqualTo(check);
    }

    @Test
    void anAheadOfTimeCacheNewerThanTheJarIsUsedWithoutTraining() throws Exception {
        environment.put("FAKE_JAVA_AOT", "yes");
        write("plan-cli/target/childplan.jar", JAR_BUILT);
        write("plan-cli/target/childplan.aot", ARCHIVE_TRAINED);

        launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).isEmpty();
        assertThat(javaCalls()).hasSize(1);
        assertThat(javaCalls().get(0)).contains("-XX:AOTCache=" + aotCache());
    }

    @Test
    void aJarNewerThanEverySourceAndAnArchiveNewerThanTheJarNeitherBuildNorTrain() throws Exception {
        builtAndTrained();

        Run run = launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).isEmpty();
        assertThat(javaCalls()).hasSize(1);
        assertThat(javaCalls().get(0)).contains("-XX:SharedArchiveFile=" + archive())
                .endsWith(USER_ARGUMENTS.toArray(String[]::new));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("warning from the check\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "pom.xml",
            "plan-model/pom.xml",
            "plan-model/src/main/java/org/childplan/model/Plan.java",
            "plan-rules/src/main/resources/org/childplan/rules/scotland/Duty.drl",
            "plan-rules/src/main/java/org/childplan/rules/scotland/NewDuty.java",
            "plan-reports/src/main/java/org/childplan/reports/Report.java",
            "plan-cli/pom.xml",
            "plan-cli/src/main/java/org/childplan/cli/Main.java"})
    void aBuildInputNewerThanTheJarRebuildsAndRetrains(String changed) throws Exception {
        builtAndTrained();
        write(changed, EDITED_LATER);

        Run run = launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).containsExactly(BUILD);
        assertThat(javaCalls()).hasSize(2);
        assertThat(javaCalls().get(0)).contains("-XX:ArchiveClassesAtExit=" + archive());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("building");
    }

    @Test
    void aBuildThatLeavesTheJarAsItWasStillRetrainsTheArchive() throws Exception {
        builtAndTrained();
        write("pom.xml", EDITED_LATER);
        environment.put("FAKE_BUILD_LEAVES_JAR", "yes");

        launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).containsExactly(BUILD);
        assertThat(javaCalls()).hasSize(2);
        assertThat(javaCalls().get(0)).contains("-XX:ArchiveClassesAtExit=" + archive());
    }

    @Test
    void aBuildThatLeavesTheJarAsItWasIsNotRepeatedOnTheNextLaunch() throws Exception {
        builtAndTrained();
        write("pom.xml", EDITED_LATER);
        environment.put("FAKE_BUILD_LEAVES_JAR", "yes");

        launch(USER_ARGUMENTS);
        launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).containsExactly(BUILD);
    }

    @Test
    void theLauncherBecomesTheJvmSoThatSignalsReachIt() throws Exception {
        builtAndTrained();

        Run run = launch(USER_ARGUMENTS);

        assertThat(lines(logs.resolve("java-processes.log"))).containsExactly(Long.toString(run.pid()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "plan-rules/src/test/java/org/childplan/rules/DutyTests.java",
            "plan-cli/src/test/resources/plans/meets-duties.yaml",
            "plan-model/target/classes/org/childplan/model/Plan.class",
            "plan-cli/target/lib/plan-rules-0.1.0-SNAPSHOT.jar",
            "plan-cli/target/cds/training-plan.yaml",
            "plan-examples/src/main/java/org/childplan/examples/Example.java",
            "README.md"})
    void testsBuildOutputAndModulesTheCliDoesNotUseNewerThanTheJarDoNotRebuild(String changed) throws Exception {
        builtAndTrained();
        write(changed, EDITED_LATER);

        Run run = launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).isEmpty();
        assertThat(javaCalls()).hasSize(1);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aMissingArchiveIsTrainedWithoutABuild() throws Exception {
        builtAndTrained();
        Files.delete(root.resolve("plan-cli/target/childplan.jsa"));

        Run run = launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).isEmpty();
        assertThat(javaCalls()).hasSize(2);
        assertThat(javaCalls().get(0)).contains("-XX:ArchiveClassesAtExit=" + archive());
        assertThat(root.resolve("plan-cli/target/childplan.jsa")).isRegularFile();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void anArchiveOlderThanTheJarIsRetrainedWithoutABuild() throws Exception {
        builtAndTrained();
        Files.setLastModifiedTime(root.resolve("plan-cli/target/childplan.jsa"), SOURCES_WRITTEN);

        launch(USER_ARGUMENTS);

        assertThat(mvnCalls()).isEmpty();
        assertThat(javaCalls()).hasSize(2);
        assertThat(javaCalls().get(0)).contains("-XX:ArchiveClassesAtExit=" + archive());
        assertThat(Files.getLastModifiedTime(root.resolve("plan-cli/target/childplan.jsa"))).isGreaterThan(JAR_BUILT);
    }

    @Test
    void aFailedTrainingRunStillRunsTheUsersCheckAndHidesItsOutput() throws Exception {
        environment.put("FAKE_TRAINING_FAILS", "yes");

        Run run = launch(USER_ARGUMENTS);

        assertThat(javaCalls()).hasSize(2);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("report of the check\n");
        assertThat(run.err()).doesNotContain("training run");
    }

    @Test
    void withoutMavenAndWithoutAJarItExitsTwoAndSaysItNeedsMaven() throws Exception {
        Files.delete(bin.resolve("mvn"));

        Run run = launch(USER_ARGUMENTS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Maven");
        assertThat(run.out()).isEmpty();
        assertThat(javaCalls()).isEmpty();
    }

    @Test
    void withoutMavenAnUpToDateJarStillRuns() throws Exception {
        builtAndTrained();
        Files.delete(bin.resolve("mvn"));

        Run run = launch(USER_ARGUMENTS);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("report of the check\n");
    }

    @Test
    void aFailedBuildExitsTwoShowsTheBuildsOutputAndNeverRunsJava() throws Exception {
        script(bin.resolve("mvn"), FAILING_MVN);

        Run run = launch(USER_ARGUMENTS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(
                "[ERROR] Duty.java:[3,1] class, interface, enum, or record expected",
                "build said this on stderr",
                "the build failed");
        assertThat(run.out()).isEmpty();
        assertThat(mvnCalls()).containsExactly(BUILD);
        assertThat(javaCalls()).isEmpty();
        assertThat(tmp).as("the build log is removed").isEmptyDirectory();
    }

    @Test
    void withoutJavaItExitsTwoAndSaysItNeedsJava17BeforeBuilding() throws Exception {
        Files.delete(bin.resolve("java"));

        Run run = launch(USER_ARGUMENTS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Java 17");
        assertThat(run.out()).isEmpty();
        assertThat(mvnCalls()).isEmpty();
    }

    private record Run(long pid, int exitCode, String out, String err) {
    }

    private Run launch(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(systemCommand("sh").toString(), "childplan"));
        command.addAll(arguments);
        Path out = temp.resolve("stdout");
        Path err = temp.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish within 60 seconds; stderr: " + Files.readString(err));
        }
        return new Run(process.pid(), process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Sources written first, then the jar built from them, then the archive trained on the jar. */
    private void builtAndTrained() throws IOException {
        write("plan-cli/target/childplan.jar", JAR_BUILT);
        write("plan-cli/target/childplan.jsa", ARCHIVE_TRAINED);
    }

    private List<List<String>> mvnCalls() throws IOException {
        return calls(logs.resolve("mvn.log"));
    }

    private List<List<String>> javaCalls() throws IOException {
        return calls(logs.resolve("java.log"));
    }

    private List<List<String>> refusedJavaCalls() throws IOException {
        return calls(logs.resolve("java-refused.log"));
    }

    /** One call a line, each argument in brackets: {@code [-jar][x.jar][check]}. */
    private static List<List<String>> calls(Path log) throws IOException {
        Pattern argument = Pattern.compile("\\[(.*?)]");
        List<List<String>> calls = new ArrayList<>();
        for (String line : lines(log)) {
            List<String> arguments = new ArrayList<>();
            Matcher matcher = argument.matcher(line);
            while (matcher.find()) {
                arguments.add(matcher.group(1));
            }
            calls.add(arguments);
        }
        return calls;
    }

    private static List<String> lines(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    private static List<String> jvmOptions(List<String> call) {
        return new ArrayList<>(call.subList(0, call.indexOf("-jar")));
    }

    private String jar() throws IOException {
        return root.toRealPath().resolve("plan-cli/target/childplan.jar").toString();
    }

    private String aotCache() throws IOException {
        return root.toRealPath().resolve("plan-cli/target/childplan.aot").toString();
    }

    private String archive() throws IOException {
        return root.toRealPath().resolve("plan-cli/target/childplan.jsa").toString();
    }

    private String trainingPlan() throws IOException {
        return root.toRealPath().resolve("plan-cli/target/cds/training-plan.yaml").toString();
    }

    private void write(String relative, FileTime modified) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative + "\n");
        Files.setLastModifiedTime(file, modified);
    }

    private static void script(Path file, String content) throws IOException {
        Files.writeString(file, content);
        if (!file.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + file + " executable");
        }
    }

    /** The launcher at the repository root; surefire runs in the module's directory and names it in basedir. */
    private static Path launcher() {
        Path script = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent().resolve("childplan");
        assertThat(script).as("the launcher script at the repository root").isRegularFile();
        return script;
    }

    private static Path systemCommand(String name) {
        return Stream.of("/usr/bin", "/bin").map(directory -> Path.of(directory, name)).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in /usr/bin or /bin"));
    }

    private static FileTime time(String instant) {
        return FileTime.from(Instant.parse(instant));
    }
}
