package org.childplan.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * How reports name the files a check reads: relative to a base folder (the working directory, or
 * {@code --base-dir}) with forward slashes, as a repository names them, or absolute when asked.
 *
 * @param base the folder names are made relative to, absolute and normalised
 * @param absolute whether every name is absolute instead
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record SourceNames(Path base, boolean absolute) {

    /** Names relative to {@code base} (the working directory when {@code null}), or absolute when asked. */
    public static SourceNames of(Path base, boolean absolute) {
        return new SourceNames((base == null ? Path.of("") : base).toAbsolutePath().normalize(), absolute);
    }

    /**
     * The name of {@code file} in reports: relative to the base folder when it lies inside it, else absolute; always
     * absolute when asked.
     */
    public String name(Path file) {
        try {
            Path path = file.toAbsolutePath().normalize();
            if (absolute || !path.startsWith(base)) {
                return path.toString();
            }
            return base.relativize(path).toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return file.toString();
        }
    }
}
