package org.childplan.rules;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a plan document shows about one rule: the outcome of the rule on the plan, or on one of its elements.
 *
 * <p>The outcome is what the document shows; {@link Severity} is the force of the law behind the rule. The same
 * words are used in the API, in every report format and in the documentation.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RuleOutcome {
    /** The document shows the duty met, and names the evidence. */
    MET("met"),
    /** The document shows the duty not met: an element present but deficient, a date that breaks the duty. */
    NOT_MET("not met"),
    /** The document does not show whether the duty is met: what would show it is not recorded. */
    NOT_EVIDENCED("not evidenced"),
    /** The duty will bind the plan but does not yet on the date whose law is applied. */
    NOT_YET_DUE("not yet due"),
    /** The plan has none of what the rule applies to. */
    NOTHING_TO_CHECK("nothing to check"),
    /** The rule is not in force on the date whose law is applied, or does not govern this kind of document. */
    NOT_APPLICABLE("not applicable"),
    /** A finding a partnership has accepted with a waiver. */
    WAIVED("waived");

    private final String words;

    RuleOutcome(String words) {
        this.words = words;
    }

    /** The outcome in words, for example {@code not evidenced}. */
    public String words() {
        return words;
    }

    /** The outcome as a kebab-case token for machines, for example {@code not-evidenced}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a finding with this outcome is one a report lists as found (not met, not evidenced, not yet due). */
    public boolean isFinding() {
        return this == NOT_MET || this == NOT_EVIDENCED || this == NOT_YET_DUE;
    }
}
