package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.childplan.rules.ComplianceReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national scorecard page (the table of plans by score on each criterion and the heat map of plans against
 * criteria) as a board member meets it: rendered in headless Chromium (Debian's package {@code chromium}), checked
 * with axe-core and photographed at a desktop's and a phone's width, by the Node script in {@code src/test/browser}
 * that also checks the HTML report.
 *
 * <p>Runs only when the environment variable {@code CHILDPLAN_BROWSER_TESTS} is {@code required} (as CI sets it);
 * then a missing tool fails the test rather than skipping it. The screenshots are written to {@code target/browser/}.
 */
class NationalScorecardBrowserTests {

    private static final Path BROWSER_CHECK = Path.of("src", "test", "browser");
    private static final Path OUTPUT = Path.of("target", "browser");

    private static JsonNode result;

    @BeforeAll
    static void renderTheScorecardOfTheExamplesAndOpenItInChromium() throws Exception {
        Assumptions.assumeTrue("required".equals(System.getenv("CHILDPLAN_BROWSER_TESTS")),
                "browser checks run when CHILDPLAN_BROWSER_TESTS=required (CI sets it)");
        if (!Files.isDirectory(BROWSER_CHECK.resolve("node_modules").resolve("playwright-core"))
                || !Files.isDirectory(BROWSER_CHECK.resolve("node_modules").resolve("axe-core"))) {
            fail("playwright-core and axe-core are not installed: run npm ci in " + BROWSER_CHECK.toAbsolutePath());
        }
        // Every example, Scottish or not, with the Scottish ones several times over, as a folder of a nation's plans.
        List<ComplianceReport> reports = new ArrayList<>(ExampleReports.all());
        reports.addAll(NationalScorecardTests.REPORTS);
        StringWriter page = new StringWriter();
        NationalScorecard.of(reports).write(NationalScorecard.Format.HTML, page);
        Files.createDirectories(OUTPUT);
        Path html = OUTPUT.resolve("scorecard.html");
        Files.writeString(html, page.toString());
        result = new ObjectMapper().readTree(run("node", "check-html-report.mjs",
                html.toAbsolutePath().toString(), OUTPUT.resolve("scorecard.png").toAbsolutePath().toString(),
                OUTPUT.resolve("scorecard-narrow.png").toAbsolutePath().toString()));
    }

    /** Runs {@code command} in the browser check's folder and returns its standard output; fails on a non-zero exit. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(BROWSER_CHECK.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + command[0] + " (Node.js 20 or later is needed): "
                    + e.getMessage(), e);
        }
        process.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 3 minutes");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                    + stderr.join() + stdout.join());
        }
        return stdout.join();
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void axeFindsNoViolationOfWcagOrBestPractice() {
        assertThat(result.path("axe").path("passes").asInt()).as("axe rules passed").isGreaterThan(15);
        assertThat(result.path("axe").path("violations")).as("axe violations: %s", result.path("axe").path("violations"))
                .isEmpty();
    }

    @Test
    void theFirstTabReachesAVisibleSkipLinkThatLeadsToTheScorecard() {
        JsonNode skipLink = result.path("skipLink");
        assertThat(skipLink.path("text").asText()).isEqualTo("Skip to the scorecard");
        assertThat(skipLink.path("visible").asBoolean()).as("skip link visible when focused").isTrue();
        assertThat(skipLink.path("hashAfterEnter").asText()).isEqualTo("#main");
    }

    @Test
    void thePageLoadsNothingRunsNoScriptAndTheHeatMapScrollsInsideItsOwnRegionOnAPhone() {
        assertThat(result.path("requests")).as("requests beyond the page itself").isEmpty();
        assertThat(result.path("pageErrors")).as("errors in the page").isEmpty();
        assertThat(result.path("narrow").path("pageWidth").asInt()).as("page width at a phone's width")
                .isLessThanOrEqualTo(result.path("narrow").path("windowWidth").asInt());
    }

    @Test
    void theScreenshotsArePicturesOfTheWholePage() throws IOException {
        assertThat(pngSize(OUTPUT.resolve("scorecard.png"))[0]).as("desktop width").isEqualTo(1280);
        assertThat(pngSize(OUTPUT.resolve("scorecard-narrow.png"))[0]).as("narrow width").isEqualTo(390);
    }

    /** The width and height of a PNG, from its header. */
    private static int[] pngSize(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).as("PNG signature of " + png).startsWith(0x89, 'P', 'N', 'G');
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bytes, 16, 8);
        return new int[] {header.getInt(), header.getInt()};
    }
}
