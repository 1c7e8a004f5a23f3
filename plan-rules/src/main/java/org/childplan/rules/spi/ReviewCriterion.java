package org.childplan.rules.spi;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.rules.Citation;

/**
 * A criterion a national review scores every plan on, and the rules of the pack whose outcomes show it: for
 * example the Scottish Government's review of children's services plans, which scores each plan fully met, partly
 * met or not met on fifteen criteria.
 *
 * @param id the criterion's number or short id as the review gives it, for example {@code 6a}
 * @param title the criterion's name, for example {@code Children's services}
 * @param question what the review asks of a plan on the criterion ("Does the Children's Services Plan ..."), in its
 *     words where they were read, else summarised
 * @param source where the review states the criterion
 * @param ruleIds the ids of the pack's rules that check what the criterion asks; empty when none does yet
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReviewCriterion(String id, String title, String question, Citation source, List<String> ruleIds) {

    /** Checks that every part is given and copies the rule ids. */
    public ReviewCriterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(source, "source");
        ruleIds = List.copyOf(ruleIds);
    }
}
