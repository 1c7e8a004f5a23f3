package org.childplan.rules;

import org.apiguardian.api.API;

/**
 * What a rule rests on: the law, or a standard an area has set itself.
 *
 * <p>A rule says which with its metadata {@code @basis("LOCAL_STANDARD")}; a rule that says nothing rests on the law.
 * A local standard (a council's policy, a partnership agreement) binds the bodies that adopted it, and nobody else: a
 * report shows the rules that rest on one apart from the duties the law says a plan must meet.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RuleBasis {
    /** An Act, an instrument made under it, or statutory guidance; the default. */
    LAW,
    /** A standard the area has set itself, such as a council policy or a partnership agreement. */
    LOCAL_STANDARD
}
