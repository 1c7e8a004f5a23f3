package org.childplan.rules.scotland;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.NeedLevel;
import org.childplan.model.Service;

/**
 * The parts of the continuum of need (prevention, early intervention, targeted or intensive support) that a set of
 * services leaves uncovered; a helper of the Scotland pack's rules.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ContinuumOfNeed {

    private ContinuumOfNeed() {
    }

    /**
     * The parts of the continuum that none of {@code services} is placed on, in the continuum's order: "universal
     * and primary prevention", "early intervention", "targeted or intensive support"; empty when every part is
     * covered.
     */
    public static List<String> gaps(Collection<?> services) {
        Set<NeedLevel> levels = EnumSet.noneOf(NeedLevel.class);
        for (Object service : services) {
            levels.addAll(((Service) service).continuum());
        }
        List<String> gaps = new ArrayList<>(3);
        if (!levels.contains(NeedLevel.UNIVERSAL_PREVENTION)) {
            gaps.add("universal and primary prevention");
        }
        if (!levels.contains(NeedLevel.EARLY_INTERVENTION)) {
            gaps.add("early intervention");
        }
        if (!levels.contains(NeedLevel.TARGETED) && !levels.contains(NeedLevel.INTENSIVE)) {
            gaps.add("targeted or intensive support");
        }
        return gaps;
    }
}
