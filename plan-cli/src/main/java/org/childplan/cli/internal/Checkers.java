package org.childplan.cli.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;

/**
 * The checkers of one command run, built once per jurisdiction on first need and reused for every plan of it; a pack
 * that is never needed is never loaded, which keeps a single check's start-up short.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Checkers {

    private final Map<Jurisdiction, PlanChecker> checkers = new EnumMap<>(Jurisdiction.class);

    /**
     * The checker for {@code jurisdiction}.
     *
     * @throws BadInputException when no rule pack covers {@code jurisdiction}; the message lists those that are
     */
    public PlanChecker forJurisdiction(Jurisdiction jurisdiction) {
        return checkers.computeIfAbsent(jurisdiction, Checkers::build);
    }

    private static PlanChecker build(Jurisdiction jurisdiction) {
        requirePack(jurisdiction);
        return PlanChecker.forJurisdiction(jurisdiction);
    }

    /**
     * Checks that a rule pack covers {@code jurisdiction}.
     *
     * @throws BadInputException when none does; the message lists the jurisdictions that have one
     */
    public static void requirePack(Jurisdiction jurisdiction) {
        if (RulePacks.forJurisdiction(jurisdiction).isEmpty()) {
            throw new BadInputException("no rule pack for jurisdiction " + jurisdiction + "; packs are available for: "
                    + RulePacks.available().stream()
                            .map(RulePack::jurisdiction)
                            .distinct()
                            .map(Enum::name)
                            .collect(Collectors.joining(", ")));
        }
    }
}
