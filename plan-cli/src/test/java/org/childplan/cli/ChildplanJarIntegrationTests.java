package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the packaged {@code childplan.jar}, with its {@code lib/} beside it, as a user does: in a child process. */
class ChildplanJarIntegrationTests {

    private static Path jar;

    @BeforeAll
    static void findThePackagedJar() {
        String property = System.getProperty("childplan.jar");
        // Failsafe sets it after the package phase; a run by surefire (mvn test -Dtest=...) or an IDE skips.
        assumeTrue(property != null, "system property childplan.jar is set by failsafe at integration-test");
        jar = Path.of(property);
        assertThat(jar).as("the packaged jar").isRegularFile();
        assertThat(jar.resolveSibling("lib")).as("its dependencies").isDirectory();
    }

    @Test
    void theJarChecksAPlanThatMeetsItsDutiesAndExitsZero() throws Exception {
        Result result = run("check", CliRun.planArg("meets-duties.yaml"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Glenardoch Children's Services Plan 2023-2026", "PASSED (fail level: error)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theJarExitsOneForAFailingPlanAndWritesNoEscapeCodesToAPipe() throws Exception {
        Result result = run("check", CliRun.planArg("misses-duties.yaml"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(" ERROR (not evidenced) SCO-CYPSA-").doesNotContain("\u001B[");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theJarWritesParseableJsonAndNothingElseOnStandardOutput() throws Exception {
        Result result = run("check", "--format", "json", CliRun.planArg("misses-duties.yaml"));

        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("reports").get(0).path("findings").size()).isPositive();
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void theJarReportsBadInputWithExitTwoAndNoStackTrace() throws Exception {
        Result result = run("validate", CliRun.planArg("unknown-field.yaml"), "no-such-plan.yaml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("unknown-field.yaml:7:1: /colour: ");
        assertThat(result.err()).isEqualToIgnoringNewLines("no-such-plan.yaml: no such file");
    }

    @Test
    void theJarWritesASkeletonOnceAndExitsFiveRatherThanOverwriteIt(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path plan = folder.resolve("plan.yaml");

        Result first = run("init", "--jurisdiction", "scotland", "--kind", "childrens_services_plan", "-o",
                plan.toString());
        String written = java.nio.file.Files.readString(plan);
        Result second = run("init", "--jurisdiction", "wales", "--kind", "area_plan", "-o", plan.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(written).contains("jurisdiction: SCOTLAND");
        assertThat(second.exitCode()).isEqualTo(6);
        assertThat(second.err()).contains("exists already").doesNotContain("Exception");
        assertThat(java.nio.file.Files.readString(plan)).isEqualTo(written);
    }

    @Test
    void theJarDiffsTwoVersionsAndExitsTwoWithoutAStackTraceForABrokenOne() throws Exception {
        Result diff = run("diff", "--format", "json", CliRun.planArg("meets-duties.yaml"),
                CliRun.planArg("misses-duties.yaml"));
        Result broken = run("diff", CliRun.planArg("meets-duties.yaml"), CliRun.planArg("broken-yaml.yaml"));

        assertThat(diff.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(diff.out()).path("diffVersion").asText()).isEqualTo("1");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("broken-yaml.yaml:").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(broken.out()).isEmpty();
    }

    @Test
    void withoutAUtf8LocaleTheVerdictIsSeparatedByAHyphenNotAQuestionMark() throws Exception {
        Result ascii = run(java.util.Map.of(), "check", CliRun.planArg("meets-duties.yaml"));
        Result utf8 = run(java.util.Map.of("LANG", "C.UTF-8"), "check", CliRun.planArg("meets-duties.yaml"));

        assertThat(ascii.exitCode()).isZero();
        assertThat(ascii.out()).contains(" info - PASSED (fail level: error)").doesNotContain("?");
        assertThat(utf8.out()).contains(" info \u2014 PASSED (fail level: error)");
    }

    @Test
    void theJarTakesItsVersionFromItsManifest() throws Exception {
        Result result = run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("childplan " + System.getProperty("childplan.version") + System.lineSeparator());
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(null, args);
    }

    /** Runs the jar with only {@code environment} (none but the JVM's own when empty), or the test's when null. */
    private static Result run(java.util.Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (environment != null) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("childplan did not finish within 60 s: " + command);
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Result(int exitCode, String out, String err) {
    }
}
