package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the GitHub Action's script ({@code .github/actions/childplan.sh}) takes childplan from: a release's
 * distribution checked against the checksum the release publishes, a distribution given by path, or a Maven build
 * of an unreleased ref; and that failing to get childplan never passes for a plan that fails. The releases are served
 * from folders laid out as GitHub serves them; {@code curl} and {@code mvn} are stand-ins that record their calls.
 */
@DisabledOnOs(OS.WINDOWS)
class ActionDistributionIntegrationTests {

    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    private static final String MORAY = "plan-examples/src/main/resources/org/childplan/examples/moray-csp-2017-2020.yaml";
    /** The exit code of the script when no childplan could be had. */
    private static final int NO_CHILDPLAN = 7;

    @TempDir
    Path temp;

    private String version;
    private Path zip;
    private Path bin;

    @BeforeEach
    void findTheDistribution() throws IOException {
        String base = System.getProperty("childplan.distribution");
        // Failsafe sets it after the package phase; a run by surefire or an IDE skips.
        assumeTrue(base != null, "system property childplan.distribution is set by failsafe at integration-test");
        version = System.getProperty("childplan.version");
        zip = Path.of(base + ".zip");
        assertThat(zip).isRegularFile();
        bin = Files.createDirectories(temp.resolve("bin"));
        // A Maven that records being called and fails, as on a runner where the build breaks.
        script("mvn", "echo \"$@\" >> '" + temp.resolve("mvn-calls.txt") + "'\necho '[ERROR] the build failed' >&2\nexit 1");
    }

    @Test
    void aReleasesDistributionIsDownloadedCheckedAgainstItsPublishedChecksumAndRunWithoutMaven() throws Exception {
        Path releases = publish(temp.resolve("releases"), sha256(zip));

        Run run = run(Map.of("CHILDPLAN_VERSION", version, "CHILDPLAN_RELEASES_URL", releases.toUri().toString()));

        CliRun direct = CliRun.of("check", ROOT.resolve(MORAY).toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(direct.exitCode());
        assertThat(run.err()).contains("using the distribution of release v" + version);
        assertThat(run.out()).contains("file=" + MORAY + ",line=");
        assertThat(temp.resolve("reports/childplan.md")).isRegularFile();
        assertThat(temp.resolve("mvn-calls.txt")).doesNotExist();
    }

    @Test
    void aDistributionThatDoesNotHaveThePublishedChecksumIsRefusedAndNothingIsChecked() throws Exception {
        Path releases = publish(temp.resolve("releases"), "0".repeat(64));

        Run run = run(Map.of("CHILDPLAN_VERSION", version, "CHILDPLAN_RELEASES_URL", releases.toUri().toString()));

        assertThat(run.exitCode()).isEqualTo(NO_CHILDPLAN);
        assertThat(run.err()).contains("does not have the SHA-256 its release publishes");
        assertThat(run.out()).isEmpty();
        assertThat(temp.resolve("reports")).doesNotExist();
    }

    @Test
    void anActionUsedAtAReleaseTagDownloadsThatReleaseFromItsOwnRepository() throws Exception {
        Path releases = publish(temp.resolve("served"), sha256(zip));
        // A curl that serves https://github.com/acme/childplan/releases/download/... from the folder, and nothing else.
        script("curl", """
                for argument; do url=$argument; done
                while [ $# -gt 0 ]; do [ "$1" = --output ] && output=$2; shift; done
                echo "$url" >> '%s'
                case "$url" in
                  https://github.com/acme/childplan/releases/download/*)
                    cp "%s/${url#https://github.com/acme/childplan/releases/download/}" "$output" ;;
                  *) exit 22 ;;
                esac""".formatted(temp.resolve("curl-calls.txt"), releases));
        // GitHub Actions checks an action used as acme/childplan@vX out at .../_actions/acme/childplan/vX.
        Path checkout = Files.createDirectories(temp.resolve("_actions/acme/childplan/v" + version));

        Run run = run(Map.of("CHILDPLAN_SOURCE", checkout.toString()));

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(Files.readAllLines(temp.resolve("curl-calls.txt"))).containsExactly(
                "https://github.com/acme/childplan/releases/download/v" + version + "/childplan-" + version + ".zip",
                "https://github.com/acme/childplan/releases/download/v" + version + "/childplan-" + version + ".zip.sha256");
        assertThat(temp.resolve("reports/childplan.md")).isRegularFile();
    }

    @Test
    void aDistributionGivenByItsPathIsUsedAndItsChecksumCheckedWhenGiven() throws Exception {
        Run run = run(Map.of("CHILDPLAN_DISTRIBUTION", zip.toString(), "CHILDPLAN_DISTRIBUTION_SHA256", sha256(zip)));
        Run tampered = run(Map.of("CHILDPLAN_DISTRIBUTION", zip.toString(), "CHILDPLAN_DISTRIBUTION_SHA256", "0".repeat(64)));

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.out()).contains("file=" + MORAY + ",line=");
        assertThat(tampered.exitCode()).isEqualTo(NO_CHILDPLAN);
        assertThat(tampered.err()).contains("does not have the SHA-256 given");
    }

    @Test
    void aRefThatIsNotAReleaseIsBuiltWithMavenAndAFailedBuildIsNotTakenForAFailingPlan() throws Exception {
        Path checkout = Files.createDirectories(temp.resolve("_actions/acme/childplan/main"));

        Run run = run(Map.of("CHILDPLAN_SOURCE", checkout.toString()));

        assertThat(run.exitCode()).as("1 would say a plan failed").isEqualTo(NO_CHILDPLAN);
        assertThat(run.err()).contains("building the distribution with Maven", "the Maven build of the distribution failed");
        assertThat(Files.readString(temp.resolve("mvn-calls.txt"))).contains("-pl plan-cli -am package");
    }

    @Test
    void aDownloadThatFailsIsNotTakenForAFailingPlan() throws Exception {
        Run run = run(Map.of("CHILDPLAN_VERSION", version,
                "CHILDPLAN_RELEASES_URL", temp.resolve("no-releases").toUri().toString()));

        assertThat(run.exitCode()).isEqualTo(NO_CHILDPLAN);
        assertThat(run.err()).contains("could not download");
    }

    /** A folder laid out as a GitHub release serves its assets: vX/childplan-X.zip and its .sha256 beside it. */
    private Path publish(Path releases, String sha256) throws IOException {
        Path release = Files.createDirectories(releases.resolve("v" + version));
        String name = "childplan-" + version + ".zip";
        Files.copy(zip, release.resolve(name));
        // As sha256sum writes it: the digest, two spaces, the file's name.
        Files.writeString(release.resolve(name + ".sha256"), sha256 + "  " + name + "\n");
        return releases;
    }

    private void script(String name, String body) throws IOException {
        Path script = Files.writeString(bin.resolve(name), "#!/bin/sh\n" + body + "\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Map<String, String> inputs) throws IOException, InterruptedException {
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", ROOT.resolve(".github/actions/childplan.sh").toString())
                .directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", bin + ":/usr/bin:/bin");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("RUNNER_TEMP", Files.createDirectories(temp.resolve("runner")).toString());
        environment.put("CHILDPLAN_PLANS", MORAY);
        environment.put("CHILDPLAN_OUTPUT", temp.resolve("reports").toString());
        // No distribution zip and no sources there unless a test says otherwise: only what the test names is used.
        environment.put("CHILDPLAN_SOURCE", Files.createDirectories(temp.resolve("source")).toString());
        environment.putAll(inputs);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the action's script did not finish within 180 seconds");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
