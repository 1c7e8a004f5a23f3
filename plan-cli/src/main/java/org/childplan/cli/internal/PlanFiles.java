package org.childplan.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.childplan.reports.PlanFileChecker;
import org.childplan.reports.IoProblems;

/**
 * The plan files named on the command line: files as given, folders searched for plans; and the check that a file
 * can be read, turning every way it cannot into one clear line.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlanFiles {

    /** What the help of a command taking folders says about the search. */
    public static final String FOLDER_HELP = "A folder is searched, with its subfolders, for .yaml, .yml and .json"
            + " files, in name order; hidden files and folders, the --waivers file, waiver files (top-level key"
            + " 'waivers') and childplan's own reports (a JSON array, or top-level key 'reportVersion') are not"
            + " taken as plans.";

    /** The first top-level keys of documents childplan reads or writes that are not plans. */
    private static final Set<String> NOT_PLAN_KEYS = Set.of("waivers", "reportVersion");

    /** How much of a found file is read to tell whether it is a plan: its first top-level key comes early. */
    private static final int HEAD_BYTES = 16 * 1024;

    private static final Pattern PLAN_FILE_NAME = Pattern.compile(".*\\.(ya?ml|json)");
    private static final Pattern JSON_FIRST_KEY = Pattern.compile("\\A\\{\\s*\"([^\"]*)\"\\s*:");
    private static final Pattern YAML_KEY = Pattern.compile("\\A[\"']?([^\"'\\s:#]+)[\"']?\\s*:(\\s|\\z)");

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

    /**
     * The plan files {@code paths} name, in order: each file as given (whatever its name or content), and for each
     * folder the plan files found in it and its subfolders, sorted by path.
     *
     * @param paths the files and folders named on the command line
     * @param waiverFile the waiver file of the run, never taken as a plan when found in a folder, or {@code null}
     * @throws BadInputException if a folder cannot be searched or holds no plan file
     */
    public static List<Path> expand(List<Path> paths, Path waiverFile) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = search(path, waiverFile);
                if (found.isEmpty()) {
                    throw new BadInputException(path + ": no plan file (.yaml, .yml or .json) in this folder");
                }
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> search(Path folder, Path waiverFile) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isHidden(file)
                            && PLAN_FILE_NAME.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT)).matches()
                            && !isSameFile(file, waiverFile) && mayBePlan(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot search the folder for plans: " + IoProblems.describe(e));
        }
        found.sort(null);
        return found;
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
            return Files.exists(other) && Files.isSameFile(file, other);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a file found in a folder may be a plan: not when its document is a sequence or its first top-level key
     * is one of a waiver file or a report. A file that cannot be read is taken, so that checking it says why.
     */
    static boolean mayBePlan(Path file) {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return true;
        }
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        int offset = 0;
        for (String line : head.split("\n", -1)) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#") || content.startsWith("%") || content.equals("---")) {
                offset += line.length() + 1;
                continue;
            }
            if (content.startsWith("[") || content.startsWith("- ") || content.equals("-")) {
                return false;
            }
            Matcher key = (content.startsWith("{") ? JSON_FIRST_KEY : YAML_KEY).matcher(head.substring(offset).strip());
            return !(key.find() && NOT_PLAN_KEYS.contains(key.group(1)));
        }
        return true;
    }
}
