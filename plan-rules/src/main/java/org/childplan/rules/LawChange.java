package org.childplan.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A change in the law within a plan's period: the day some rules of the applied packs stop or start applying.
 *
 * <p>A plan is judged by the law of one date (its as-of date); a change within its period is not applied, only
 * reported, so that a reader knows the plan would be judged differently later in its life.
 *
 * @param date the first day the changed law governs
 * @param description what changed, in words: the regimes that end and begin, the provisions that cease and come
 *     into force, and the rules concerned
 * @param rulesStopping the ids of the rules whose last day in force is the day before {@code date}
 * @param rulesStarting the ids of the rules that come into force on {@code date}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LawChange(LocalDate date, String description, List<String> rulesStopping, List<String> rulesStarting) {

    /** Checks that every part is given and copies the lists. */
    public LawChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
        rulesStopping = List.copyOf(rulesStopping);
        rulesStarting = List.copyOf(rulesStarting);
    }
}
