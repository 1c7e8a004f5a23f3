package org.childplan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules are written against the public authoring API: no DRL file of any module imports an {@code internal} package,
 * whose types may change at any release.
 */
class DrlImportsTests {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.*$]+)\\s*;?",
            Pattern.MULTILINE);

    static Path buildRoot() {
        return Path.of(System.getProperty("childplan.buildRoot", "..")).toAbsolutePath().normalize();
    }

    static List<Path> drlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".drl"))
                    .filter(path -> root.relativize(path).toString().contains("src"))
                    .filter(path -> !root.relativize(path).toString().contains("target"))
                    .sorted()
                    .toList();
        }
    }

    /** The imports of {@code drl} that name an internal package, each as {@code file:line: import}. */
    static List<String> internalImports(Path drl, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(text);
        while (matcher.find()) {
            String imported = matcher.group(1);
            if (imported.contains(".internal.") || imported.endsWith(".internal")) {
                long line = text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(drl + ":" + line + ": import " + imported);
            }
        }
        return found;
    }

    @Test
    void noDrlFileImportsAnInternalPackage() throws IOException {
        List<Path> drls = drlFiles(buildRoot());
        assertThat(drls).as("DRL files under %s", buildRoot()).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Path drl : drls) {
            found.addAll(internalImports(drl, Files.readString(drl)));
        }
        assertThat(found).as("imports of internal packages in DRL files").isEmpty();
    }

    @Test
    void anImportOfAnInternalPackageIsFoundWithItsLine() {
        String drl = "package org.example;\n\nimport org.childplan.model.Plan;\nimport org.childplan.rules.internal.PlanFacts;\n"
                + "import function org.childplan.rules.internal.Helpers.count;\n";
        assertThat(internalImports(Path.of("Example.drl"), drl)).containsExactly(
                "Example.drl:4: import org.childplan.rules.internal.PlanFacts",
                "Example.drl:5: import org.childplan.rules.internal.Helpers.count");
    }

    @Test
    void anImportOfAPublicPackageIsNotFound() {
        assertThat(internalImports(Path.of("Example.drl"), "import org.childplan.rules.spi.Findings;\n"
                + "import org.childplan.internalaffairs.Desk;\n")).isEmpty();
    }
}
