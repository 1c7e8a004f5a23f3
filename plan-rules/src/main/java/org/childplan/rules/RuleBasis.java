package org.childplan.rules;

import org.apiguardian.api.API;

/**
 * What a rule rests on: the law, or a standard an area has set itself.
 *
 * <p>Every rule says which with its metadata, {@code @basis("LAW")} or {@code @basis("LOCAL_STANDARD")}, on the rule
 * or once for its pack or DRL file in the pack's {@code metadata.yaml}; a rule that says neither does not load, so
 * that a standard is never reported as a duty of the law by default. A local standard (a council's policy, a partnership agreement) binds the bodies that adopted it, and nobody else: a
 * report shows the rules that rest on one apart from the duties the law says a plan must meet.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RuleBasis {
    /** An Act, an instrument made under it, or statutory guidance. */
    LAW,
    /** A standard the area has set itself, such as a council policy or a partnership agreement. */
    LOCAL_STANDARD
}
