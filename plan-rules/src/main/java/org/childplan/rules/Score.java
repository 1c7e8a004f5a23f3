package org.childplan.rules;

import org.apiguardian.api.API;

/**
 * How a plan scores on one criterion of a national review, judged from the outcomes of the rules that check it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Score {
    /** Every rule that checks the criterion and applies is met. */
    FULLY_MET("fully met"),
    /** Some of the rules that check the criterion are met and some are not met or not evidenced. */
    PARTLY_MET("partly met"),
    /** None of the rules that check the criterion is met. */
    NOT_MET("not met"),
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
