package org.childplan.cli.internal;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apiguardian.api.API;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a file or folder argument, saying in words why a name cannot be a path rather than showing the JDK's
 * {@link InvalidPathException}.
 *
 * <p>The commonest cause is a name with letters outside ASCII given to a JVM whose locale has no such letters
 * ({@code LANG=C}): the JVM decodes the command line with the locale's encoding before any option applies, so the name
 * arrives with its letters lost, and neither {@code -Dsun.jnu.encoding} nor {@code -Dfile.encoding} can restore them.
 * The remedy is a UTF-8 locale.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PathConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
            throw new TypeConversionException("'" + value + "' cannot be a file name here (" + e.getReason()
                    + "). A name with letters outside ASCII needs a UTF-8 locale: run with LANG=C.UTF-8 or another"
                    + " UTF-8 locale (file names are read as " + encoding + ").");
        }
    }
}
