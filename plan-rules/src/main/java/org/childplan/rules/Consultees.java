package org.childplan.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.Participation;

/**
 * What shows a body consulted, for rules on a duty to consult: a consultation record that names the body's group, or
 * the body itself, listed with how it took part.
 *
 * <p>A body that was consulted, or that developed the plan with those who prepared it (which includes being asked for
 * its views), was consulted. Sitting on a group that oversees the plan, endorsing it or delivering part of it is not
 * shown to be consultation.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Consultees {

    /** The kinds of participation that show a body consulted: {@code CONSULTED} and {@code CO_DEVELOPED}. */
    public static final Set<Participation> CONSULTED = Set.copyOf(EnumSet.of(Participation.CONSULTED,
            Participation.CO_DEVELOPED));

    private Consultees() {
    }

    /** The consultation records then the bodies, as one list: the evidence a consultation rule names. */
    public static List<Object> both(Collection<?> consultations, Collection<?> bodies) {
        List<Object> all = new ArrayList<>(consultations);
        all.addAll(bodies);
        return all;
    }
}
