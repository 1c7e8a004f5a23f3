package org.childplan.rules.scotland;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.StatutoryAim;
import org.childplan.rules.AimCoverage;

/**
 * The kinds of plan element of which none addresses a statutory aim, reported as one finding per aim; a helper of
 * the Scotland pack's rules.
 *
 * @param aim the aim
 * @param missing the kinds of element missing, from {@code priority}, {@code action} and {@code measure}, in that
 *     order
 * @param pointer the JSON Pointer of the plan's list of the first kind missing
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CoverageGap(StatutoryAim aim, List<String> missing, String pointer) {

    /**
     * The gap in priorities and actions addressing the aim of {@code coverage}, which s9 asks a plan to carry the aim
     * into; empty when both address it.
     */
    public static Optional<CoverageGap> inPrioritiesAndActions(AimCoverage coverage) {
        return of(coverage, coverage.missingElements().stream().filter(element -> !element.equals("measure")).toList());
    }

    /**
     * The gap when neither a priority nor an action addresses the aim of {@code coverage}: either shows a plan
     * prepared with a view to securing the aim (s9(1)); empty when one does.
     */
    public static Optional<CoverageGap> inPrioritiesOrActions(AimCoverage coverage) {
        return of(coverage, coverage.priorities().isEmpty() && coverage.actions().isEmpty()
                ? List.of("priority", "action") : List.of());
    }

    /** The gap in measures addressing the aim of {@code coverage}; empty when a measure addresses it. */
    public static Optional<CoverageGap> inMeasures(AimCoverage coverage) {
        return of(coverage, coverage.measures().isEmpty() ? List.of("measure") : List.of());
    }

    private static Optional<CoverageGap> of(AimCoverage coverage, List<String> missing) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CoverageGap(coverage.aim(), missing, "/" + plural(missing.get(0))));
    }

    /** The finding's message: for example "No priority or action addresses the aim of ... (missing: priority, action)". */
    public String message() {
        return "No " + String.join(" or ", missing) + " addresses the aim of " + aim.description() + " (missing: "
                + String.join(", ", missing) + ")";
    }

    private static String plural(String element) {
        return element.endsWith("y") ? element.substring(0, element.length() - 1) + "ies" : element + "s";
    }
}
