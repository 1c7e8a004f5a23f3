package org.childplan.model.io;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.Plan;

/**
 * A plan as read from a document, with where each of its elements was written.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanDocument {

    private final Plan plan;
    private final String source;
    private final PlanFormat format;
    private final Map<String, SourceLocation> locations;

    PlanDocument(Plan plan, String source, PlanFormat format, Map<String, SourceLocation> locations) {
        this.plan = plan;
        this.source = source;
        this.format = format;
        this.locations = Map.copyOf(locations);
    }

    /** The plan. */
    public Plan plan() {
        return plan;
    }

    /** The file name or other name of the source the plan was read from. */
    public String source() {
        return source;
    }

    /** The format it was read from. */
    public PlanFormat format() {
        return format;
    }

    /**
     * Where the element at {@code jsonPointer} was written; for a pointer to an element that is absent, where its
     * nearest present ancestor was written.
     */
    public Optional<SourceLocation> locationOf(String jsonPointer) {
        String pointer = jsonPointer;
        while (true) {
            SourceLocation location = locations.get(pointer);
            if (location != null) {
                return Optional.of(location);
            }
            if (pointer.isEmpty()) {
                return Optional.empty();
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }
}
