package org.childplan.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Makes a folder immutable with {@code chattr}, which stops even root from changing it, where the system allows it. */
final class ReportFilesChattr {

    private ReportFilesChattr() {
    }

    /** Runs {@code chattr +i folder}; false where it fails or the system has no chattr. */
    static boolean immutable(Path folder) throws InterruptedException {
        try {
            return new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }
}
