package org.childplan.rules.scotland;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.Participation;

/**
 * Which kinds of participation satisfy the duties of s10 of the Children and Young People (Scotland) Act 2014; a
 * helper of the Scotland pack's rules.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Participants {

    /**
     * What gives a body "an effective opportunity to participate in or contribute to the preparation" of the plan
     * (s10(1)(a)): preparing it, developing it with the preparers, sitting on the group that planned it, or being
     * consulted on it. Overseeing delivery, endorsing the plan or delivering part of it comes after preparation.
     */
    public static final Set<Participation> OPPORTUNITY_TO_PARTICIPATE = EnumSet.of(Participation.PREPARED,
            Participation.CO_DEVELOPED, Participation.PLANNING_GROUP_MEMBER, Participation.CONSULTED);

    /**
     * What shows a body consulted (s10(1)(b)): its consultation, or its developing the plan with the preparers, which
     * includes being asked for its views. Sitting on a group or endorsing the plan is not shown to be consultation.
     */
    public static final Set<Participation> CONSULTED = EnumSet.of(Participation.CONSULTED,
            Participation.CO_DEVELOPED);

    private Participants() {
    }

    /** The elements of {@code first} then those of {@code second}: the evidence of two kinds of record. */
    public static List<Object> both(Collection<?> first, Collection<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
