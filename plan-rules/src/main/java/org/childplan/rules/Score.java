package org.childplan.rules;

import org.apiguardian.api.API;

/**
 * How a plan scores on one criterion of a national review, judged from the outcomes of the rules that check it.
 *
 * <p>What a partial record does not show is not evidenced, never not met: in a record that does not claim to be the
 * complete plan ({@link ComplianceReport#completeRecord()} false), a criterion whose rules fail only because the
 * document does not show something (findings {@link RuleOutcome#NOT_EVIDENCED}) is scored {@link #NOT_EVIDENCED}, or
 * {@link #PARTLY_EVIDENCED} when some of its rules are met. A rule the document shows not met, a finding waived, or
 * the silence of a complete record (taken as not met, as in the verdict) makes a criterion partly met or not met.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Score {
    /** Every rule that checks the criterion and applies is met. */
    FULLY_MET("fully met"),
    /**
     * Some of the rules that check the criterion and apply are met, and at least one is shown not met (or its
     * finding is waived, or a complete record does not evidence it); others may be not evidenced.
     */
    PARTLY_MET("partly met"),
    /**
     * None of the rules that check the criterion and apply is met, and at least one is shown not met (or its finding
     * is waived, or a complete record does not evidence it); others may be not evidenced.
     */
    NOT_MET("not met"),
    /**
     * Some of the rules that check the criterion and apply are met, none is shown not met, and the document does not
     * show whether the rest are: met as far as a partial record goes.
     */
    PARTLY_EVIDENCED("partly evidenced"),
    /**
     * No rule that checks the criterion and applies is met or shown not met: the document does not show whether any
     * is, because a record that does not claim to be the complete plan leaves out what they look for.
     */
    NOT_EVIDENCED("not evidenced"),
    /** No rule checks the criterion yet, or none applies to the plan: the document must be read by a reviewer. */
    NOT_ASSESSED("not assessed");

    private final String words;

    Score(String words) {
        this.words = words;
    }

    /** The score in words, for example {@code partly met}. */
    public String words() {
        return words;
    }
}
