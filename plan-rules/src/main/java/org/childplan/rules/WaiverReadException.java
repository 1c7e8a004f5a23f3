package org.childplan.rules;

import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;

/**
 * A waiver file could not be read: it is not YAML or JSON, has an unknown property, or a waiver lacks a part.
 *
 * <p>The message names the file, line and column and what was expected, for example
 * {@code waivers.yaml:4:5: waiver 1 has no justification: say why the finding is accepted}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class WaiverReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;

    /** An error at {@code location} in a waiver file. */
    public WaiverReadException(SourceLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
    }

    /** An error in the waiver file {@code source} at no known place, for example when it cannot be read. */
    public WaiverReadException(String source, String problem) {
        super(source + ": " + problem);
        this.location = null;
    }

    /** Where in the file the error is, when known. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }
}
