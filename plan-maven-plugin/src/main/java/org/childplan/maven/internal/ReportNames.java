package org.childplan.maven.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Names the report of each plan file after the file, so that a reader finds {@code moray.yaml}'s report as
 * {@code moray.json} in the same sub-folder of the output directory.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReportNames {

    private ReportNames() {
    }

    /**
     * The base name (a relative path without extension) of the report of each of {@code planFiles} (relative paths).
     * A plan's base name is its path without the extension; where two plans would share one ({@code a.yaml} and
     * {@code a.json}), both keep their extension ({@code a.yaml}, {@code a.json}), so that no report overwrites
     * another.
     */
    public static Map<Path, String> baseNames(Collection<Path> planFiles) {
        Map<String, Long> uses = planFiles.stream()
                .collect(Collectors.groupingBy(ReportNames::withoutExtension, Collectors.counting()));
        return planFiles.stream().collect(Collectors.toMap(Function.identity(), file -> {
            String stem = withoutExtension(file);
            return uses.get(stem) > 1 ? slashes(file) : stem;
        }, (first, second) -> first, LinkedHashMap::new));
    }

    private static String withoutExtension(Path file) {
        String path = slashes(file);
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
    }

    private static String slashes(Path file) {
        return file.toString().replace(java.io.File.separatorChar, '/');
    }
}
