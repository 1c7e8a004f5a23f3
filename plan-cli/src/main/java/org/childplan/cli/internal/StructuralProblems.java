package org.childplan.cli.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.SourceLocation;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;

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
        return PlanValidator.create().validate(document.plan()).stream()
                .map(violation -> describe(document, violation))
                .toList();
    }

    private static String describe(PlanDocument document, PlanViolation violation) {
        String where = document.locationOf(violation.pointer())
                .map(SourceLocation::toString)
                .orElse(document.source());
        String pointer = violation.pointer().isEmpty() ? "(plan)" : violation.pointer();
        return where + ": " + pointer + ": " + violation.message();
    }
}
