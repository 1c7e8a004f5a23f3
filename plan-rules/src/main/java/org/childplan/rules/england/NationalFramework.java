package org.childplan.rules.england;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.NationalFrameworkElement;
import org.childplan.model.Plan;
import org.childplan.model.Priority;

/**
 * The outcomes and enablers of the Children's Social Care National Framework that a plan's priorities serve, for the
 * England rules.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class NationalFramework {

    private NationalFramework() {
    }

    /** The outcomes ({@code enablers} false) or enablers (true) that no priority of {@code plan} serves, in order. */
    public static List<NationalFrameworkElement> missing(Plan plan, boolean enablers) {
        Set<NationalFrameworkElement> served = EnumSet.noneOf(NationalFrameworkElement.class);
        plan.priorities().forEach(priority -> served.addAll(priority.nationalFramework()));
        List<NationalFrameworkElement> missing = new ArrayList<>();
        for (NationalFrameworkElement element : NationalFrameworkElement.values()) {
            if (element.isEnabler() == enablers && !served.contains(element)) {
                missing.add(element);
            }
        }
        return missing;
    }

    /** The priorities of {@code plan} that serve an outcome ({@code enablers} false) or an enabler (true). */
    public static List<Priority> serving(Plan plan, boolean enablers) {
        return plan.priorities().stream()
                .filter(priority -> priority.nationalFramework().stream().anyMatch(element -> element.isEnabler() == enablers))
                .toList();
    }
}
