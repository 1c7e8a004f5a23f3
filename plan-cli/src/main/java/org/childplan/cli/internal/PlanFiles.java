package org.childplan.cli.internal;

import java.nio.file.Path;
import org.apiguardian.api.API;
import org.childplan.reports.PlanFileChecker;

/**
 * Checks that a file named on the command line can be read, turning every way it cannot into one clear line.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlanFiles {

    private PlanFiles() {
    }

    /**
     * Checks that {@code file} is a file that can be read, before its content is judged.
     *
     * @throws BadInputException if the file is missing, a directory or unreadable; the message starts with the file
     */
    public static void requireReadable(Path file) {
        PlanFileChecker.unreadable(file).ifPresent(unreadable -> {
            throw new BadInputException(file + ": " + unreadable.problems().get(0).message());
        });
    }
}
