package org.childplan.cli.internal;

import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;

/**
 * Checks, before any plan is read, that a jurisdiction named on the command line has a rule pack.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Checkers {

    private Checkers() {
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
