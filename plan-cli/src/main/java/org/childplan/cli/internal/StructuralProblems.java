package org.childplan.cli.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.validation.PlanValidator;

/**
 * The structural problems of a plan document that was read, each as {@code file:line:col: pointer: message}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class StructuralProblems {

    private StructuralProblems() {
    }

    /** The problems of {@code document}, ordered as {@link PlanValidator} orders them; empty when it is well formed. */
    public static List<String> of(PlanDocument document) {
        return PlanValidator.create().validate(document).stream()
                .map(violation -> violation.location().isPresent()
                        ? violation.toString()
                        : document.source() + ": " + violation)
                .toList();
    }
}
