package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.model.io.PlanReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, so that a device that never ends or a pipe that never answers cannot stall a check. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class NonRegularFileTests {

    private static final String NOT_REGULAR =
            "the file is not a regular file (it is a device, pipe or socket); only regular files are read";

    @Test
    @Timeout(10)
    void anEndlessDeviceIsRefusedWithoutBeingRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));

        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(zero));

        assertThat(error.kind()).isEqualTo(Kind.IO);
        assertThat(error.getMessage()).isEqualTo("/dev/zero: " + NOT_REGULAR);
    }

    @Test
    @Timeout(10)
    void aLinkToAnEndlessDeviceIsRefused(@TempDir Path directory) throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(directory.resolve("plan.yaml"), zero);

        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(link));

        assertThat(error.problem()).isEqualTo(NOT_REGULAR);
    }

    @Test
    @Timeout(10)
    void aPipeWithNoWriterIsRefusedRatherThanWaitedFor(@TempDir Path directory) throws Exception {
        Path fifo = directory.resolve("plan.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0);

        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(fifo));

        assertThat(error.kind()).isEqualTo(Kind.IO);
        assertThat(error.problem()).isEqualTo(NOT_REGULAR);
    }

    @Test
    void aDirectoryIsRefused(@TempDir Path directory) {
        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(directory));

        assertThat(error.kind()).isEqualTo(Kind.IO);
        assertThat(error.problem()).isEqualTo("the file is a directory");
    }
}
