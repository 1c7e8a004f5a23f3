package org.childplan.rules.scotland;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.Participation;

/**
 * Which kinds of participation give a body the opportunity to participate of s10(1)(a) of the Children and Young
 * People (Scotland) Act 2014; a helper of the Scotland pack's rules. What shows a body consulted (s10(1)(b)) is
 * {@link org.childplan.rules.Consultees#CONSULTED}, as for every pack.
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
     * What shows a body prepared the plan: participation {@code PREPARED}, which a body with role {@code LEAD} or
     * {@code JOINT_PREPARER} has whether or not it is listed ({@link org.childplan.model.Body#tookPartAs}).
     */
    public static final Set<Participation> PREPARED_THE_PLAN = EnumSet.of(Participation.PREPARED);

    private Participants() {
    }
}
