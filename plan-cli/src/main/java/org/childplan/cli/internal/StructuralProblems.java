package org.childplan.cli.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;

/**
 * The structural problems of a plan document that was read, each as {@code file:line:col: pointer: message}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class StructuralProblems {

    private StructuralProblems() {
    }

    /** The problems of {@code document}, in document order; empty when it is well formed. */
    public static List<String> of(PlanDocument document) {
        return List.of();
    }
}
