package org.childplan.reports.internal;

import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;
import org.childplan.reports.UncheckedPlan;

/**
 * The words every format uses for documents that could not be checked, so that the formats say the same thing the
 * same way.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class UncheckedDocuments {

    /** Why a document that could not be checked fails the run, in one sentence. */
    public static final String WHY_IT_FAILS = "A document that could not be read or is not a well-formed plan fails "
            + "the run at every fail level, since nothing is known of its compliance.";

    private UncheckedDocuments() {
    }

    /** Where the problem is: {@code file:line:column} when known, else the document's name. */
    public static String where(UncheckedPlan plan, UncheckedPlan.Problem problem) {
        return problem.location().map(SourceLocation::toString).orElse(plan.source());
    }

    /** Where the problem is to the line: {@code file:line} when known, else the document's name. */
    public static String whereToTheLine(UncheckedPlan plan, UncheckedPlan.Problem problem) {
        return problem.location().map(at -> at.source() + ":" + at.line()).orElse(plan.source());
    }

    /** The file the problem is in: that of its location when known, else the document's name. */
    public static String file(UncheckedPlan plan, UncheckedPlan.Problem problem) {
        return problem.location().map(SourceLocation::source).orElse(plan.source());
    }

    /** The problem's JSON Pointer as a reader sees it: {@code /} for the whole plan, empty when it has none. */
    public static String pointer(UncheckedPlan.Problem problem) {
        if (problem.pointer() == null) {
            return "";
        }
        return problem.pointer().isEmpty() ? "/" : problem.pointer();
    }

    /**
     * The problem in the form editors and CI annotate from, that of {@code PlanReadException}'s message:
     * {@code file:line:column: pointer: message}, leaving out the parts not known.
     */
    public static String describe(UncheckedPlan plan, UncheckedPlan.Problem problem) {
        String pointer = pointer(problem);
        return where(plan, problem) + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + problem.message();
    }
}
