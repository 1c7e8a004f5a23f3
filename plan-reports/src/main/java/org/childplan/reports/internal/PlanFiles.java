package org.childplan.reports.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.reports.ReportOptions;

/**
 * Names a plan file the way a repository names it: relative to the source root, with forward slashes.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlanFiles {

    private PlanFiles() {
    }

    /**
     * The name of {@code source} in a report that annotates a repository's files: as given when the options ask for
     * names as given, else {@link #relative(String, Path) relative} to the source root.
     */
    public static String name(String source, ReportOptions options) {
        return options.fileNamesAsGiven() ? source : relative(source, options.effectiveSourceRoot());
    }

    /**
     * {@code source} as a URI reference: relative to the source root when its name is relative (after
     * {@link #name(String, ReportOptions)}), else an absolute {@code file:} URI; empty when it cannot be written as a
     * URI.
     */
    public static Optional<RelativeUri> uri(String source, ReportOptions options) {
        if (!options.fileNamesAsGiven()) {
            return uri(source, options.effectiveSourceRoot());
        }
        try {
            Path path = Path.of(source);
            if (path.isAbsolute()) {
                return Optional.of(new RelativeUri(path.normalize().toUri().toASCIIString(), false));
            }
            return Optional.of(new RelativeUri(
                    new URI(null, null, slashes(path.normalize()), null).toASCIIString(), true));
        } catch (InvalidPathException | URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code source} relative to {@code root} with forward slashes, or as given when it lies outside the root. */
    public static String relative(String source, Path root) {
        try {
            Path path = Path.of(source);
            if (path.isAbsolute()) {
                Path normalized = path.normalize();
                if (normalized.startsWith(root)) {
                    return slashes(root.relativize(normalized));
                }
                return slashes(normalized);
            }
            return slashes(path.normalize());
        } catch (InvalidPathException e) {
            return source;
        }
    }

    /**
     * {@code source} as a URI reference relative to the source root, or an absolute {@code file:} URI when it lies
     * outside it; empty when it cannot be written as a URI.
     */
    public static Optional<RelativeUri> uri(String source, Path root) {
        try {
            Path path = Path.of(source);
            Path absolute = path.isAbsolute() ? path.normalize() : root.resolve(path).normalize();
            if (absolute.startsWith(root)) {
                String relative = slashes(root.relativize(absolute));
                return Optional.of(new RelativeUri(new URI(null, null, relative, null).toASCIIString(), true));
            }
            return Optional.of(new RelativeUri(absolute.toUri().toASCIIString(), false));
        } catch (InvalidPathException | URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A URI reference, and whether it is relative to the source root. */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record RelativeUri(String uri, boolean relativeToRoot) {
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
