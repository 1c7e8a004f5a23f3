package org.childplan.model;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The three themes every nation's law and guidance ask children's services plans to address, named the same way
 * whatever the jurisdiction: acting early and preventing needs arising, services integrated from the point of view of
 * the children and families who receive them, and the use of the resources available.
 *
 * <p>In Scotland they are three of the aims of section 9(2) of the Children and Young People (Scotland) Act 2014; a
 * priority or action tagged with one of those aims addresses its theme without being tagged again
 * ({@link #of(StatutoryAim)}). In England, Wales and Northern Ireland a plan tags them in {@link Plan#themes()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Theme {
    /** Action to meet needs taken at the earliest appropriate time, and to prevent needs arising. */
    EARLY_ACTION_AND_PREVENTION("early action and prevention", StatutoryAim.EARLY_ACTION_AND_PREVENTION),
    /** Services integrated from the point of view of the children, young people and families who receive them. */
    INTEGRATION("integration from the recipients' point of view", StatutoryAim.INTEGRATED_FROM_RECIPIENTS_VIEW),
    /** The use of the resources available: budgets, pooled funds, assets and workforce. */
    USE_OF_RESOURCES("the use of resources", StatutoryAim.BEST_USE_OF_RESOURCES);

    private final String words;
    private final StatutoryAim scottishAim;

    Theme(String words, StatutoryAim scottishAim) {
        this.words = words;
        this.scottishAim = scottishAim;
    }

    /** The theme in plain words, for example {@code early action and prevention}. */
    public String words() {
        return words;
    }

    /** The aim of s9(2) of the 2014 Act (Scotland) that states this theme. */
    public StatutoryAim scottishAim() {
        return scottishAim;
    }

    /** The theme {@code aim} states, or empty for the aims of wellbeing, which are not one of the three themes. */
    public static Optional<Theme> of(StatutoryAim aim) {
        for (Theme theme : values()) {
            if (theme.scottishAim == aim) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
