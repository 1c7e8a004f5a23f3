package org.childplan.cli.internal;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.childplan.reports.OtherDocuments;
import org.childplan.reports.PlanFileChecker;
import org.childplan.reports.IoProblems;

/**
 * The plan files named on the command line: files as given unless clearly not plans, folders searched for plans, each
 * file once; and the check that a file can be read, turning every way it cannot into one clear line.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlanFiles {

    /** What the help of a command taking folders says about the search. */
    public static final String FOLDER_HELP = "A folder is searched, with its subfolders, for .yaml, .yml and .json"
            + " files, in name order; hidden files and folders, the --waivers file, SARIF logs (.sarif.json) and"
            + " documents that are not plans (waiver files, childplan's reports, and mappings naming none of a"
            + " plan's required properties id, title, area, jurisdiction and status) are left out, and counted on"
            + " standard error. Symbolic links to plans and to folders are followed; a link that leads nowhere (a"
            + " loop, a missing target) is left out and named on standard error.";

    /**
     * The top-level properties every plan has (the plan schema's {@code required}): a document naming none of them
     * is not taken for a plan when a folder is searched.
     */
    public static final List<String> REQUIRED_PLAN_PROPERTIES = OtherDocuments.REQUIRED_PLAN_PROPERTIES;

    /** How many of the files left out of a folder a note names; the others are counted. */
    private static final int NAMED_IN_NOTE = 5;

    private static final Pattern PLAN_FILE_NAME = Pattern.compile(".*\\.(ya?ml|json)");

    private PlanFiles() {
    }

    /**
     * The plan files of a run and what was left out: one line each, to print on standard error.
     *
     * @param plans the plan files, each once, in the order first named or found
     * @param notes the files left out as not plans, as lines that name them
     */
    public record Found(List<Path> plans, List<String> notes) {

        /** Copies the lists. */
        public Found {
            plans = List.copyOf(plans);
            notes = List.copyOf(notes);
        }
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

    /**
     * The plan files {@code paths} name, each once (a file named or found again, by its real path, is left out), in
     * the order first named or found: each file
     * named, unless it is the waiver file or a document of another kind childplan knows (a waiver file, one of
     * childplan's reports, a SARIF log), and for each folder the plan files found in it and its subfolders, sorted by
     * path.
     *
     * <p>A file named is read as a plan unless it is recognisably something else, so that a plan too broken to be
     * recognised still fails with its located error; a folder search also leaves out documents naming none of a
     * plan's required properties ({@link #REQUIRED_PLAN_PROPERTIES}).
     *
     * @param paths the files and folders named on the command line
     * @param waiverFile the waiver file of the run, never taken as a plan, or {@code null}
     * @throws BadInputException if a folder cannot be searched or holds no plan file, or no file named is a plan
     */
    public static Found expand(List<Path> paths, Path waiverFile) {
        Map<Path, Path> files = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        // Folders searched and files left out, by real path: given again, they are neither searched nor noted again.
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                if (!seen.add(identity(path))) {
                    continue;
                }
                List<Path> found = new ArrayList<>();
                List<String> leftOut = new ArrayList<>();
                List<String> notFollowed = new ArrayList<>();
                search(path, waiverFile, found, leftOut, notFollowed);
                if (!notFollowed.isEmpty()) {
                    notes.add("childplan: " + path + ": left out " + notFollowed.size()
                            + (notFollowed.size() == 1 ? " symbolic link that leads to no file: "
                                    : " symbolic links that lead to no file: ") + describe(notFollowed));
                }
                if (found.isEmpty()) {
                    throw new BadInputException(path + ": no plan file (.yaml, .yml or .json) in this folder"
                            + (leftOut.isEmpty() ? "" : "; left out as not plans: " + describe(leftOut)));
                }
                if (!leftOut.isEmpty()) {
                    notes.add("childplan: " + path + ": left out " + leftOut.size()
                            + (leftOut.size() == 1 ? " file that is not a plan: " : " files that are not plans: ")
                            + describe(leftOut));
                }
                found.forEach(file -> files.putIfAbsent(identity(file), file));
            } else if (isSameFile(path, waiverFile)) {
                continue;
            } else {
                Optional<String> otherKind = OtherDocuments.whenNamed(path);
                if (otherKind.isPresent()) {
                    if (seen.add(identity(path))) {
                        notes.add("childplan: " + path + ": left out: " + otherKind.get() + ", not a plan");
                    }
                } else {
                    files.putIfAbsent(identity(path), path);
                }
            }
        }
        if (files.isEmpty()) {
            throw new BadInputException("no plan to check: "
                    + (paths.size() == 1 ? "the file given is" : "every file given is")
                    + " the waiver file or another kind of document"
                    + (notes.isEmpty() ? "" : System.lineSeparator() + String.join(System.lineSeparator(), notes)));
        }
        return new Found(new ArrayList<>(files.values()), notes);
    }

    private static String describe(List<String> leftOut) {
        String named = String.join(", ", leftOut.subList(0, Math.min(NAMED_IN_NOTE, leftOut.size())));
        return leftOut.size() > NAMED_IN_NOTE ? named + " and " + (leftOut.size() - NAMED_IN_NOTE) + " more" : named;
    }

    /** What a file is known by when it is named or found twice: its real path, or its absolute path when it is absent. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static void search(
            Path folder, Path waiverFile, List<Path> found, List<String> leftOut, List<String> notFollowed) {
        List<Path> candidates = new ArrayList<>();
        try {
            // Links are followed, to plans and to folders alike; a link back to a folder being searched is a loop.
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException && !isHidden(file)) {
                        notFollowed.add(file + " (a symbolic link back to a folder it is in: a loop)");
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink() && !isHidden(file)) {
                        // Followed, the link leads to no file: say why, rather than leave it out unseen.
                        PlanFileChecker.unreadable(file).ifPresent(unreadable -> notFollowed.add(
                                file + " (" + unreadable.problems().get(0).message() + ")"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isRegularFile() && !isHidden(file)
                            && PLAN_FILE_NAME.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT)).matches()
                            && !isSameFile(file, waiverFile)) {
                        candidates.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot search the folder for plans: " + IoProblems.describe(e));
        }
        candidates.sort(null);
        for (Path file : candidates) {
            if (OtherDocuments.whenFound(file).isPresent()) {
                leftOut.add(file.toString());
            } else {
                found.add(file);
            }
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isSameFile(Path file, Path other) {
        if (other == null) {
            return false;
        }
        try {
            return Files.exists(other) && Files.exists(file) && Files.isSameFile(file, other);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
