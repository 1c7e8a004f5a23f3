package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run stopped while it writes a report leaves the earlier report and no temporary file. */
class InterruptedReportWriteTests {

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aRunStoppedBySignalWhileWritingLeavesNoTemporaryFile(String signal, @TempDir Path folder) throws Exception {
        Path report = Files.writeString(folder.resolve("childplan.html"), "the earlier report");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process writing = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                InterruptedReportWrite.class.getName(), report.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(writing.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(names(folder)).hasSize(2).anyMatch(name -> name.startsWith(".childplan.html.")
                    && name.endsWith(".tmp"));

            assumeTrue(new ProcessBuilder("kill", "-" + signal, Long.toString(writing.pid())).start()
                    .waitFor() == 0, "kill can signal the process");
            assertThat(writing.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writing.destroyForcibly();
        }

        assertThat(names(folder)).containsExactly("childplan.html");
        assertThat(report).hasContent("the earlier report");
    }

    @Test
    void theTemporaryFileOfAWriteInProgressIsKnownAndRemovedByTheCleanUp(@TempDir Path folder) throws Exception {
        Path report = folder.resolve("childplan.json");
        assertThatThrownBy(() -> ReportFiles.write(report, out -> {
            out.write("{");
            out.flush();
            assertThat(ReportFiles.temporaries()).singleElement().satisfies(temporary -> {
                assertThat(temporary.getParent()).isEqualTo(folder.toAbsolutePath());
                assertThat(temporary).exists();
            });
            ReportFiles.removeTemporaries();
            assertThat(names(folder)).isEmpty();
            throw new IOException("stopped");
        })).hasMessage("stopped");

        assertThat(ReportFiles.temporaries()).isEmpty();
    }
}
