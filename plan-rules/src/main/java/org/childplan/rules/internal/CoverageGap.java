package org.childplan.rules.internal;

import org.apiguardian.api.API;
import java.util.List;
import org.childplan.model.StatutoryAim;
import org.childplan.rules.AimCoverage;

/**
 * A kind of plan element of which none addresses a statutory aim.
 *
 * @param aim the aim
 * @param element {@code priority}, {@code action} or {@code measure}
 * @param pointer the JSON Pointer of the plan's list of such elements
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CoverageGap(StatutoryAim aim, String element, String pointer) {

    /** The gaps in {@code coverage}. */
    public static List<CoverageGap> of(AimCoverage coverage) {
        return coverage.missingElements().stream()
                .map(element -> new CoverageGap(coverage.aim(), element, "/" + plural(element)))
                .toList();
    }

    private static String plural(String element) {
        return element.endsWith("y") ? element.substring(0, element.length() - 1) + "ies" : element + "s";
    }
}
