package org.childplan.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The rule names of each DRL file of a pack's folder, written beside its {@code metadata.yaml} when the pack is built,
 * so that a checker maps the rules to their files (for the per-file defaults of {@link PackMetadata}) by reading one
 * small resource instead of every DRL file named there.
 *
 * <p>The file has a comment line, then one line per rule: the DRL file's name, a tab, the rule's name. A pack built
 * without it (a pack built outside this project) has its DRL files read instead.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleFileIndex {

    /** The index, beside a pack's {@code metadata.yaml}. */
    static final String FILE_NAME = "rule-files.tsv";

    private static final String HEADER =
            "# The rules of each DRL file of this folder, written by the build: DRL file name, a tab, rule name.";

    private RuleFileIndex() {
    }

    /**
     * Writes the index into every folder under {@code args[0]} (a build's classes folder) that holds a
     * {@code metadata.yaml}; run by the build after the resources are copied.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleFileIndex CLASSES_FOLDER");
        }
        for (Path folder : foldersWithMetadata(Path.of(args[0]))) {
            Files.writeString(folder.resolve(FILE_NAME), write(folder), StandardCharsets.UTF_8);
        }
    }

    private static List<Path> foldersWithMetadata(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.getFileName().toString().equals(PackMetadata.FILE_NAME))
                    .map(Path::getParent)
                    .sorted()
                    .toList();
        }
    }

    /** The index of the DRL files in {@code folder}, in the order of their names. */
    static String write(Path folder) throws IOException {
        StringBuilder index = new StringBuilder(HEADER).append('\n');
        List<Path> drls;
        try (Stream<Path> files = Files.list(folder)) {
            drls = files.filter(file -> file.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
        for (Path drl : drls) {
            String file = drl.getFileName().toString();
            for (String rule : PackMetadata.ruleNames(Files.readString(drl, StandardCharsets.UTF_8))) {
                if (rule.indexOf('\n') >= 0 || rule.indexOf('\r') >= 0) {
                    throw new IllegalStateException(drl + ": rule \"" + rule + "\" has a line break in its name");
                }
                index.append(file).append('\t').append(rule).append('\n');
            }
        }
        return index.toString();
    }

    /**
     * The rule names of each DRL file that {@code text} lists, in order.
     *
     * @param where the index, for the error messages
     * @throws IllegalStateException when a line is neither a comment nor a file name and a rule name
     */
    static Map<String, List<String>> read(String text, String where) {
        Map<String, List<String>> rulesByFile = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalStateException(where + " line " + lineNumber + ": expected a DRL file name, a tab and"
                        + " a rule name but found '" + line + "'; rebuild the pack, whose build writes this file");
            }
            rulesByFile.computeIfAbsent(line.substring(0, tab), file -> new ArrayList<>()).add(line.substring(tab + 1));
        }
        return rulesByFile;
    }

    static UncheckedIOException unreadable(String where, IOException e) {
        return new UncheckedIOException(where + ": cannot be read", e);
    }
}
