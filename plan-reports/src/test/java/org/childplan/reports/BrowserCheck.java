package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens an HTML page in headless Chromium (Debian's package {@code chromium}) through the Node script in
 * {@code src/test/browser}, which checks it with axe-core, photographs it at a desktop's and a phone's width and
 * returns what it saw as JSON.
 *
 * <p>Runs only when the environment variable {@code CHILDPLAN_BROWSER_TESTS} is {@code required} (as CI sets it, after
 * installing Chromium and running {@code npm ci} in {@code src/test/browser}); then a missing tool fails the test
 * rather than skipping it. The page and its screenshots are written to {@code target/browser/}.
 */
final class BrowserCheck {

    private static final Path SCRIPT_FOLDER = Path.of("src", "test", "browser");
    private static final Path OUTPUT = Path.of("target", "browser");

    private BrowserCheck() {
    }

    /** Skips the calling test class unless browser checks are required, and fails when they are but cannot run. */
    static void requireTools() {
        Assumptions.assumeTrue("required".equals(System.getenv("CHILDPLAN_BROWSER_TESTS")),
                "browser checks run when CHILDPLAN_BROWSER_TESTS=required (CI sets it)");
        if (!Files.isDirectory(SCRIPT_FOLDER.resolve("node_modules").resolve("playwright-core"))
                || !Files.isDirectory(SCRIPT_FOLDER.resolve("node_modules").resolve("axe-core"))) {
            fail("playwright-core and axe-core are not installed: run npm ci in " + SCRIPT_FOLDER.toAbsolutePath());
        }
    }

    /**
     * Writes {@code html} to {@code target/browser/NAME.html}, opens it and returns the script's findings; the
     * screenshots are {@code NAME.png} and {@code NAME-narrow.png} beside it.
     */
    static JsonNode open(String name, String html) throws IOException, InterruptedException {
        Files.createDirectories(OUTPUT);
        Path page = OUTPUT.resolve(name + ".html");
        Files.writeString(page, html);
        return new ObjectMapper().readTree(run("node", "check-html-report.mjs", page.toAbsolutePath().toString(),
                OUTPUT.resolve(name + ".png").toAbsolutePath().toString(),
                OUTPUT.resolve(name + "-narrow.png").toAbsolutePath().toString()));
    }

    /** The width and height of the screenshot {@code fileName} in {@code target/browser/}, from its PNG header. */
    static int[] screenshotSize(String fileName) throws IOException {
        Path png = OUTPUT.resolve(fileName);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).as("PNG signature of " + png).startsWith(0x89, 'P', 'N', 'G');
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        return new int[] {header.getInt(), header.getInt()};
    }

    /** Runs {@code command} in the script's folder and returns its standard output; fails on a non-zero exit. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(SCRIPT_FOLDER.toFile()).start();
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

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
