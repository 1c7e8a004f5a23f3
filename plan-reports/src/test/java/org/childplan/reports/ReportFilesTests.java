package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTests {

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousReportWholeAndNoTemporaryFile(@TempDir Path folder) throws Exception {
        Path report = Files.writeString(folder.resolve("childplan.sarif"), "previous, complete");

        assertThatThrownBy(() -> ReportFiles.write(report, out -> {
            out.write("{\"runs\": [".repeat(10_000));
            throw new IOException("killed halfway");
        })).hasMessage("killed halfway");

        assertThat(Files.readString(report)).isEqualTo("previous, complete");
        assertThat(listing(folder)).containsExactly(Path.of("childplan.sarif"));
    }

    @Test
    void aWriteReplacesTheReportInOneStep(@TempDir Path folder) throws Exception {
        Path report = Files.writeString(folder.resolve("childplan.json"), "old");

        ReportFiles.write(report, out -> out.write("new ☃"));

        assertThat(Files.readString(report)).isEqualTo("new ☃");
        assertThat(listing(folder)).containsExactly(Path.of("childplan.json"));
    }

    @Test
    void oneReportThatFailsDoesNotStopTheOthersAndLeavesNoEarlierReportInItsPlace(@TempDir Path folder)
            throws Exception {
        Path json = folder.resolve("childplan.json");
        Path junit = Files.writeString(folder.resolve("childplan-junit.xml"), "<testsuites>an earlier PASS");
        Path html = folder.resolve("childplan.html");
        Map<Path, ReportFiles.Content> files = new LinkedHashMap<>();
        files.put(json, out -> out.write("{}"));
        files.put(junit, out -> {
            throw new IllegalStateException("renderer bug");
        });
        files.put(html, out -> out.write("<html/>"));

        ReportFiles.Outcome outcome = ReportFiles.writeEach(files);

        assertThat(outcome.written()).containsExactly(json, html);
        assertThat(outcome.failed()).containsOnlyKeys(junit);
        assertThat(outcome.failed().get(junit)).hasMessage("renderer bug");
        assertThat(listing(folder)).containsExactly(Path.of("childplan.html"), Path.of("childplan.json"));
    }

    @Test
    void aReportNameThatIsASymbolicLinkIsRefusedAndTheLinkAndItsTargetLeftAsTheyWere(@TempDir Path folder)
            throws Exception {
        Path outside = Files.writeString(folder.resolve("precious.txt"), "not a report");
        Path reports = Files.createDirectory(folder.resolve("reports"));
        Path link = Files.createSymbolicLink(reports.resolve("childplan.html"), outside);

        assertThatThrownBy(() -> ReportFiles.write(link, out -> out.write("<html/>")))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a symbolic link, not a regular file");

        assertThat(Files.readString(outside)).isEqualTo("not a report");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(listing(reports)).containsExactly(Path.of("childplan.html"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReportNameThatIsANamedPipeIsRefusedAndLeftAPipe(@TempDir Path folder) throws Exception {
        Path fifo = folder.resolve("childplan.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        assertThat(ReportFiles.notReplaceable(List.of(folder.resolve("childplan.sarif"), fifo)))
                .hasValueSatisfying(entry -> {
                    assertThat(entry.getKey()).isEqualTo(fifo);
                    assertThat(entry.getValue()).startsWith("is a named pipe (FIFO), not a regular file");
                });
        assertThatThrownBy(() -> ReportFiles.write(fifo, out -> out.write("{}")))
                .hasMessageContaining("is a named pipe (FIFO)");
        ReportFiles.Outcome outcome = ReportFiles.writeEach(Map.of(fifo, out -> out.write("{}")));

        assertThat(outcome.failed()).containsOnlyKeys(fifo);
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(listing(folder)).containsExactly(Path.of("childplan.json"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReportNameThatIsADeviceIsRefusedAndLeftADevice(@TempDir Path folder) throws Exception {
        Path device = folder.resolve("childplan.html");
        // Only root can make a device node: elsewhere there is nothing to test.
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").redirectErrorStream(true).start()
                .waitFor() == 0);

        assertThatThrownBy(() -> ReportFiles.write(device, out -> out.write("<html/>")))
                .hasMessageContaining("is a character device, not a regular file");
        assertThat(ReportFiles.removeStale(List.of(device), List.of())).isEmpty();

        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aReportNameThatIsAFolderIsRefusedUnderItsOwnName(@TempDir Path folder) throws Exception {
        Path named = Files.createDirectory(folder.resolve("childplan.md"));

        assertThat(ReportFiles.notReplaceable(List.of(named)))
                .hasValueSatisfying(entry -> assertThat(entry.getValue()).startsWith("is a folder, not a regular file"));
        assertThatThrownBy(() -> ReportFiles.write(named, out -> out.write("# report")))
                .isInstanceOfSatisfying(FileSystemException.class,
                        e -> assertThat(e.getFile()).isEqualTo(named.toString()));
        assertThat(listing(folder)).containsExactly(Path.of("childplan.md"));
    }

    @Test
    void staleReportsThatAreNotRegularFilesAreNeverRemoved(@TempDir Path folder) throws Exception {
        Path target = Files.writeString(folder.resolve("elsewhere.txt"), "kept");
        Path link = Files.createSymbolicLink(folder.resolve("childplan.sarif"), target);
        Path named = Files.createDirectory(folder.resolve("childplan.md"));

        assertThat(ReportFiles.removeStale(List.of(link, named), List.of())).isEmpty();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(named).isDirectory();
    }

    /**
     * Makes {@code folder} unwritable, even for root where the file system allows it ({@code chattr +i}), else by its
     * permissions for anyone else; skips the test where neither holds.
     */
    /** Runs {@code chattr flag folder}; false where it fails or the system has no chattr. */
    static boolean chattr(String flag, Path folder) throws InterruptedException {
        try {
            return new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }

    static Runnable makeUnwritable(Path folder) throws Exception {
        if (chattr("+i", folder)) {
            return () -> {
                try {
                    new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into a read-only folder");
        assumeTrue(folder.toFile().setWritable(false, false), "the folder can be made read-only");
        return () -> folder.toFile().setWritable(true, true);
    }

    @Test
    void aReportThatFailsWhereTheEarlierOneCannotBeRemovedIsCountedAsStale(@TempDir Path folder) throws Exception {
        Path earlier = Files.writeString(folder.resolve("childplan.html"), "old");
        Path absent = folder.resolve("childplan.json");
        Runnable undo = makeUnwritable(folder);
        ReportFiles.Outcome outcome;
        try {
            Map<Path, ReportFiles.Content> files = new LinkedHashMap<>();
            files.put(earlier, out -> out.write("new"));
            files.put(absent, out -> out.write("{}"));
            outcome = ReportFiles.writeEach(files);
        } finally {
            undo.run();
        }

        assertThat(outcome.failed()).containsOnlyKeys(earlier, absent);
        assertThat(outcome.stale()).containsExactly(earlier);
        assertThat(earlier).hasContent("old");
    }

    @Test
    void aReportNameThatIsAnInputIsFoundButALinkToAnInputIsNot(@TempDir Path folder) throws Exception {
        Path plan = Files.writeString(folder.resolve("childplan.json"), "{\"id\": \"plan\"}");
        Path other = Files.writeString(folder.resolve("other.yaml"), "id: other");
        Path link = Files.createSymbolicLink(folder.resolve("childplan.md"), other);

        assertThat(ReportFiles.inputReplaced(List.of(folder.resolve("childplan.json")),
                List.of(Path.of(plan.toString().replace(folder.toString(), folder + "/./")))))
                .hasValueSatisfying(entry -> assertThat(entry.getKey()).isEqualTo(plan));
        assertThat(ReportFiles.inputReplaced(List.of(link, folder.resolve("childplan.sarif")), List.of(other)))
                .isEmpty();
    }

    @Test
    void staleReportsAreRemovedButNeverAnInput(@TempDir Path folder) throws Exception {
        Path stale = Files.writeString(folder.resolve("childplan.sarif"), "an earlier run");
        Path input = Files.writeString(folder.resolve("childplan.json"), "a plan");

        List<Path> removed = ReportFiles.removeStale(
                List.of(stale, input, folder.resolve("childplan.html")), List.of(input));

        assertThat(removed).containsExactly(stale);
        assertThat(listing(folder)).containsExactly(Path.of("childplan.json"));
    }
}
