package org.childplan.rules;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;

/**
 * A plan element that satisfies a rule: where it is in the plan and, when read from a file, where it is written.
 *
 * @param pointer the element's JSON Pointer ({@code ""} for the whole plan)
 * @param sourceLocation where it is written in the plan's file, or {@code null} when unknown
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Evidence(String pointer, SourceLocation sourceLocation) {

    /** Checks that the pointer is given. */
    public Evidence {
        Objects.requireNonNull(pointer, "pointer");
    }

    /** Where the element is written in the plan's file, when known. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(sourceLocation);
    }
}
