package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoProblemsTests {

    @TempDir
    Path folder;

    @Test
    void aDirectoryThatCannotBeCreatedBecauseAFileIsInTheWaySaysSo() throws IOException {
        Path file = Files.writeString(folder.resolve("reports"), "not a directory");

        IOException e = catchThrowableOfType(IOException.class, () -> Files.createDirectories(file));

        assertThat(IoProblems.describe(e)).isEqualTo(file + ": already exists, and is not a directory");
    }

    @Test
    void aFileUnderAFileSaysItsParentIsNoDirectory() throws IOException {
        Path file = Files.writeString(folder.resolve("plain"), "text");

        IOException e = catchThrowableOfType(IOException.class,
                () -> Files.writeString(file.resolve("report.json"), "{}"));

        assertThat(IoProblems.describe(e)).startsWith(file.resolve("report.json") + ": ")
                .isNotEqualTo(file.resolve("report.json") + ": ");
    }

    @Test
    void aMissingParentSaysThereIsNoSuchDirectory() {
        Path file = folder.resolve("absent/report.json");

        IOException e = catchThrowableOfType(IOException.class, () -> Files.writeString(file, "{}"));

        assertThat(IoProblems.describe(e)).isEqualTo(file + ": no such file or directory");
    }

    @Test
    void aFailureWithItsOwnReasonKeepsIt() {
        assertThat(IoProblems.describe(new FileSystemException("/out", null, "Read-only file system")))
                .isEqualTo("/out: Read-only file system");
        assertThat(IoProblems.describe(new IOException("disk full")))
                .isEqualTo("disk full");
        assertThat(IoProblems.describe(new IOException())).isEqualTo("IOException");
    }
}
