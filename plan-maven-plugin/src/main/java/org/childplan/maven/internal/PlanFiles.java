package org.childplan.maven.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.maven.model.FileSet;
import org.apiguardian.api.API;
import org.childplan.reports.OtherDocuments;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Finds the plan documents of a {@link FileSet}, with Plexus' {@link DirectoryScanner} and its Ant-style patterns,
 * leaving out the documents that are not plans as the command line's folder search does ({@link OtherDocuments}).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlanFiles {

    /** The folder searched when none is configured, relative to the project's base directory. */
    public static final String DEFAULT_DIRECTORY = "plans";

    /** The patterns included when none is configured: YAML and JSON documents in any sub-folder. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    private PlanFiles() {
    }

    /**
     * The file set {@code configured}, completed with the default folder and patterns where it leaves them out; a
     * relative folder is resolved against {@code basedir}.
     */
    public static FileSet complete(FileSet configured, File basedir) {
        FileSet fileSet = configured == null ? new FileSet() : configured.clone();
        String directory = fileSet.getDirectory() == null || fileSet.getDirectory().isBlank()
                ? DEFAULT_DIRECTORY
                : fileSet.getDirectory();
        File folder = new File(directory);
        fileSet.setDirectory((folder.isAbsolute() ? folder : new File(basedir, directory)).getAbsolutePath());
        if (fileSet.getIncludes().isEmpty()) {
            fileSet.setIncludes(DEFAULT_INCLUDES);
        }
        return fileSet;
    }

    /**
     * The files of {@code fileSet} (whose folder is absolute), as paths relative to its folder, sorted so that the
     * order of checks and reports does not depend on the file system; empty when the folder does not exist.
     */
    public static List<Path> scan(FileSet fileSet) {
        File folder = new File(fileSet.getDirectory());
        if (!folder.isDirectory()) {
            return List.of();
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(folder);
        scanner.setIncludes(fileSet.getIncludes().toArray(String[]::new));
        scanner.setExcludes(fileSet.getExcludes().toArray(String[]::new));
        scanner.addDefaultExcludes();
        scanner.scan();
        return Arrays.stream(scanner.getIncludedFiles()).sorted().map(Path::of).toList();
    }

    /**
     * {@code planFiles} (relative to {@code folder}) without {@code excluded}, the waiver file, which users keep
     * beside their plans and which is not a plan; {@code planFiles} as they are when {@code excluded} is
     * {@code null}.
     */
    public static List<Path> without(List<Path> planFiles, Path folder, Path excluded) {
        if (excluded == null) {
            return planFiles;
        }
        Path left = excluded.toAbsolutePath().normalize();
        return planFiles.stream()
                .filter(file -> !folder.resolve(file).toAbsolutePath().normalize().equals(left))
                .toList();
    }

    /**
     * {@code files} (relative to {@code folder}) sorted into plans and the documents that are not, each with what it
     * is (a waiver file, one of childplan's reports, a SARIF log...), as {@link OtherDocuments#whenFound(Path)} tells
     * them apart; both in the order of {@code files}.
     */
    public static Sorted sort(List<Path> files, Path folder) {
        List<Path> plans = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (Path file : files) {
            OtherDocuments.whenFound(folder.resolve(file)).ifPresentOrElse(
                    kind -> leftOut.add(new LeftOut(file, kind)),
                    () -> plans.add(file));
        }
        return new Sorted(plans, leftOut);
    }

    /**
     * The files of a search sorted by {@link #sort(List, Path)}.
     *
     * @param plans the files taken for plans
     * @param leftOut the files that are not plans, each with what it is
     */
    public record Sorted(List<Path> plans, List<LeftOut> leftOut) {

        /** Copies the lists. */
        public Sorted {
            plans = List.copyOf(plans);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * A file of the search that is not a plan.
     *
     * @param file the file, relative to the folder searched
     * @param kind what it is, such as {@code "a waiver file"} or {@code "childplan's JSON report"}
     */
    public record LeftOut(Path file, String kind) {

        /** Checks that both parts are given. */
        public LeftOut {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
        }

        /** The line that says the file is left out, as the command line says it. */
        public String note() {
            return file + ": left out: " + kind + ", not a plan";
        }
    }
}
