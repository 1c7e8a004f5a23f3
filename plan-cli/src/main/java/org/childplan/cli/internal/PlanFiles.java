package org.childplan.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;

/**
 * Reads the plan files named on the command line, turning every way a file can be unusable into one clear line.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlanFiles {

    private PlanFiles() {
    }

    /**
     * The plan document in {@code file}.
     *
     * @throws BadInputException if the file is missing, a directory, unreadable or not a plan document; the message
     *     starts with the file (and line and column when known)
     */
    public static PlanDocument read(Path file) {
        requireReadable(file);
        try {
            return PlanDocuments.read(file);
        } catch (PlanReadException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Checks that {@code file} is a file that can be read, before its content is judged.
     *
     * @throws BadInputException if the file is missing, a directory or unreadable
     */
    public static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory; name the plan files in it (.yaml, .yml or .json)");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(file + ": cannot be read (permission denied)");
        }
    }
}
