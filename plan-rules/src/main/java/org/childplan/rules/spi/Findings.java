package org.childplan.rules.spi;

import java.util.Collection;
import org.apiguardian.api.API;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule reports: the type of the global {@code findings} that every rule pack declares,
 * {@code global org.childplan.rules.spi.Findings findings;}, and reports through with its {@code kcontext}.
 *
 * <p>A rule says what the document shows, and each report is one outcome of the rule on one plan element:
 * <ul>
 *   <li>{@link #met(RuleContext, Object...) met}, naming the elements that satisfy the rule (its evidence);
 *   <li>{@link #notMet(RuleContext, Object, String) not met}: the document shows that the duty is not met (an
 *       element present but deficient, a period that is not the statutory one, a report published late);
 *   <li>{@link #notEvidenced(RuleContext, String, String) not evidenced}: the document does not show whether the
 *       duty is met, because what would show it is not recorded. In a complete record of a plan that is treated as
 *       a failure; in a partial or second-hand record (a news item, minutes) it is reported as not shown in the
 *       source and does not fail the check;
 *   <li>{@link #notYetDue(RuleContext, String, String) not yet due}: the duty will bind the plan but does not
 *       yet on the as-of date;
 *   <li>{@link #nothingToCheck(RuleContext, String) nothing to check}: the plan has none of what the rule looks at.
 * </ul>
 *
 * <p>Each finding takes its rule id, title, severity, citation and remedy from the metadata of the rule that
 * reports it; the rule gives only the outcome, the plan element (or JSON Pointer) and a message in the plan's own
 * terms, which should not repeat the citation the report prints beside it. A rule in force that reports nothing is
 * reported as met without named evidence.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Findings {

    /**
     * Reports that the rule is met, with the plan elements (objects inserted from the plan) that satisfy it as its
     * evidence.
     */
    void met(RuleContext rule, Object... evidence);

    /** Reports that the rule is met, with the plan elements in {@code evidence} as its evidence. */
    void met(RuleContext rule, Collection<?> evidence);

    /**
     * Reports the rule met by {@code evidence} (plan elements) when there is any, and otherwise not evidenced at
     * {@code pointer} with {@code message}: the usual shape of a rule that needs something recorded.
     */
    void evidencedBy(RuleContext rule, Collection<?> evidence, String pointer, String message);

    /** Reports that the plan element {@code element} (an object inserted from the plan) shows the rule not met. */
    void notMet(RuleContext rule, Object element, String message);

    /** Reports that the part of the plan at the JSON Pointer {@code pointer} shows the rule not met. */
    void notMetAt(RuleContext rule, String pointer, String message);

    /**
     * Reports that the document does not show whether the rule is met; {@code pointer} is where the evidence
     * would be recorded (it may be absent).
     */
    void notEvidenced(RuleContext rule, String pointer, String message);

    /** Reports that the duty does not yet bind on the as-of date, though it will within the plan's life. */
    void notYetDue(RuleContext rule, String pointer, String message);

    /** Reports that the plan has nothing the rule applies to; {@code lookedFor} says what was looked for. */
    void nothingToCheck(RuleContext rule, String lookedFor);
}
