package org.childplan.cli.internal;

import java.util.List;
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
        requirePack(jurisdiction, RulePacks.available());
    }

    /**
     * Checks that one of {@code packs} covers {@code jurisdiction}.
     *
     * @throws BadInputException when none does; the message lists the jurisdictions that have one
     */
    public static void requirePack(Jurisdiction jurisdiction, List<RulePack> packs) {
        if (packs.stream().noneMatch(pack -> pack.jurisdiction() == jurisdiction)) {
            throw new BadInputException("no rule pack for jurisdiction " + jurisdiction + "; packs are available for: "
                    + packs.stream()
                            .map(RulePack::jurisdiction)
                            .distinct()
                            .map(Enum::name)
                            .collect(Collectors.joining(", ")));
        }
    }
}
