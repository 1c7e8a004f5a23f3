package org.childplan.reports;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.apiguardian.api.API;

/**
 * Says in words why a report file could not be written, for a program that writes reports (the command line, the
 * Maven plugin, an embedding application).
 *
 * <p>The JDK reports the commonest failures (a missing parent, a denied permission, a file where a directory should
 * be) as exceptions whose message is the bare path, which tells a user nothing about what to fix.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IoProblems {

    private IoProblems() {
    }

    /** {@code e} as "{@code path: reason}", or its message when it names no file. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException failure && failure.getFile() != null) {
            return failure.getFile() + ": " + reason(failure);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reason(FileSystemException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "already exists, and is not a directory";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        return failure.getReason() == null ? "cannot be written" : failure.getReason();
    }
}
