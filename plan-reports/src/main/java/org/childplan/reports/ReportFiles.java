package org.childplan.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * Writes report files so that a reader never finds one half written, and never through a link or over an input.
 *
 * <ul>
 *   <li>Each file is written in full to a temporary file in the same folder ({@code .childplan.sarif.<random>.tmp}),
 *       forced to the disk, then moved onto its name in one step ({@code ATOMIC_MOVE}, or a plain replacing move where
 *       the file system cannot move atomically). A process killed while writing leaves the previous report or none,
 *       never a truncated one under the report's name; one stopped by SIGINT or SIGTERM also removes the temporary
 *       files it was writing (a shutdown hook).</li>
 *   <li>A report is written only where no file is or over a regular file. A report name that is anything else (a
 *       symbolic link, a folder, a named pipe, a device, a socket) is refused before anything is written
 *       ({@link #notReplaceable(Collection)}): it is never renamed over, written into or through, or removed.</li>
 *   <li>A report that cannot be written does not stop the others; the file of the failed one is removed, so that no
 *       earlier run's report stands in its place.</li>
 * </ul>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportFiles {

    /**
     * The temporary files being written, which a shutdown hook removes when the JVM stops before they are moved onto
     * their names (SIGINT, SIGTERM): a run interrupted while writing leaves no {@code .tmp} file behind.
     */
    private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();

    private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

    private ReportFiles() {
    }

    /** The temporary files being written now. */
    static Set<Path> temporaries() {
        return Set.copyOf(TEMPORARIES);
    }

    /** Removes the temporary files being written: what the shutdown hook does. */
    static void removeTemporaries() {
        for (Path temporary : TEMPORARIES) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException | RuntimeException e) {
                // The JVM is stopping: nothing more can be done for this file.
            }
        }
    }

    private static void addShutdownHook() {
        if (HOOK_ADDED.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(
                        new Thread(ReportFiles::removeTemporaries, "childplan-report-files-clean-up"));
            } catch (IllegalStateException | SecurityException e) {
                // Already stopping, or not allowed: the temporary file is removed as usual unless the JVM stops.
            }
        }
    }

    /**
     * What goes into one report file.
     *
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    @FunctionalInterface
    public interface Content {

        /** Writes the report to {@code out}, which the caller closes. */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * What {@link #writeEach(Map)} did.
     *
     * @param written the files written, in the order given
     * @param failed each file that could not be written, in the order given, with why; each was removed, unless it is
     *     one of {@code stale}
     * @param stale those of {@code failed} still on disk as regular files, as an earlier run left them, because
     *     removing them failed too (a read-only folder): what they hold is not this run's
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Outcome(List<Path> written, Map<Path, Exception> failed, List<Path> stale) {

        /** Copies the collections. */
        public Outcome {
            written = List.copyOf(written);
            failed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failed));
            stale = List.copyOf(stale);
        }
    }

    /**
     * Writes {@code content} to {@code file} in UTF-8 through a temporary file in the same folder, replacing the
     * regular file there, if any.
     *
     * @throws IOException when it cannot be written, or {@code file} exists and is not a regular file (see
     *     {@link #notReplaceable(Collection)}); the temporary file is removed and {@code file} left as it was
     */
    public static void write(Path file, Content content) throws IOException {
        Optional<String> notRegular = notRegular(file);
        if (notRegular.isPresent()) {
            throw new FileSystemException(file.toString(), null, notRegular.get());
        }
        addShutdownHook();
        Path temporary = createTemporary(file);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                            StandardCharsets.UTF_8))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            TEMPORARIES.remove(temporary);
        }
    }

    /**
     * Writes each file, going on after one fails; each file that fails is removed, so that no earlier report stands
     * under its name, and where it cannot be, the outcome says so ({@link Outcome#stale()}). A runtime exception from
     * a content (a bug) is recorded as a failure like an I/O error.
     */
    public static Outcome writeEach(Map<Path, Content> files) {
        List<Path> written = new ArrayList<>();
        Map<Path, Exception> failed = new LinkedHashMap<>();
        List<Path> stale = new ArrayList<>();
        files.forEach((file, content) -> {
            try {
                write(file, content);
                written.add(file);
            } catch (IOException | RuntimeException e) {
                failed.put(file, e);
                removeQuietly(file, e);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    stale.add(file);
                }
            }
        });
        return new Outcome(written, failed, stale);
    }

    /**
     * The first of {@code reports} that exists and is not a regular file, with why it cannot be a report's name (as
     * "{@code is a symbolic link, not a regular file; ...}"); empty when each is a regular file or absent. Such a
     * name is a symbolic link, a folder, a named pipe (FIFO), a device or a socket: replacing it would destroy what
     * it is (a device node turned into a file), and writing into it would write elsewhere than the report's name or
     * never end, so {@link #write(Path, Content)} refuses it and a caller can refuse it before writing anything.
     *
     * @since 0.1
     */
    public static Optional<Map.Entry<Path, String>> notReplaceable(Collection<Path> reports) {
        for (Path report : reports) {
            Optional<String> notRegular = notRegular(report);
            if (notRegular.isPresent()) {
                return Optional.of(Map.entry(report, notRegular.get()));
            }
        }
        return Optional.empty();
    }

    /** Why {@code file} cannot be a report's name, or empty when it is a regular file or absent. */
    private static Optional<String> notRegular(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            // Absent, or beyond a parent that is not a folder: the write itself says why it fails.
            return Optional.empty();
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        String kind = attributes.isSymbolicLink() ? "a symbolic link"
                : attributes.isDirectory() ? "a folder"
                : otherKind(file);
        return Optional.of("is " + kind + ", not a regular file; a report is written only where no file is or over a"
                + " regular file, and never replaces, or writes into or through, anything else");
    }

    /** What a file that is neither regular, a link nor a folder is, as far as the file system says. */
    private static String otherKind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            switch (type) {
                case 0010000:
                    return "a named pipe (FIFO)";
                case 0020000:
                    return "a character device";
                case 0060000:
                    return "a block device";
                case 0140000:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | RuntimeException e) {
            // No unix view (Windows): the generic words below.
        }
        return "a device, a named pipe or a socket";
    }

    /**
     * The first of {@code reports} that a write would replace and that is one of {@code inputs} (the same file, or a
     * link to it given as an input), as "{@code report}" with the input; empty when writing replaces no input. A
     * report name that is itself a symbolic link is not an input: the write replaces the link, not the file.
     */
    public static Optional<Map.Entry<Path, Path>> inputReplaced(Collection<Path> reports, Collection<Path> inputs) {
        for (Path report : reports) {
            if (!Files.exists(report, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(report)) {
                continue;
            }
            for (Path input : inputs) {
                if (sameFile(report, input)) {
                    return Optional.of(Map.entry(report, input));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Removes those of {@code reports} that are regular files, leaving any that is one of {@code inputs} and any
     * that is not a regular file (a link, a folder, a pipe, a device), which no report can have been written as.
     *
     * @return the files removed
     */
    public static List<Path> removeStale(Collection<Path> reports, Collection<Path> inputs) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path report : reports) {
            boolean isInput = inputs.stream().anyMatch(input -> sameFile(report, input));
            if (!isInput && Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(report)) {
                removed.add(report);
            }
        }
        return removed;
    }

    private static boolean sameFile(Path report, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(report, input);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static void removeQuietly(Path file, Exception failure) {
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** A new, empty file beside {@code file}, with the folder's default permissions (not a temp file's 0600). */
    private static Path createTemporary(Path file) throws IOException {
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path temporary = folder.resolve("." + name + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            // Known before it exists, so that a JVM stopping between the two leaves nothing behind.
            TEMPORARIES.add(temporary);
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                TEMPORARIES.remove(temporary);
                if (attempt == 10) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                TEMPORARIES.remove(temporary);
                throw e;
            }
        }
    }
}
