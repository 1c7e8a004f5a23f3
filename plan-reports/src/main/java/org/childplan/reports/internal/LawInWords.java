package org.childplan.reports.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;

/**
 * The law a report applied and the changes in it, in the words the human-facing formats use.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LawInWords {

    /** The heading of the changes in the law within a plan's period. */
    public static final String CHANGES_HEADING = "Changes in the law within this plan's period";

    /** Why the changes are shown but not applied, in one sentence. */
    public static final String CHANGES_NOTE = "The plan is judged by the law of its as-of date; these changes are "
            + "not applied, but the plan would be judged differently after them.";

    /** The heading of the coming law that governs the plan's kind of document. */
    public static final String COMING_HEADING = "Coming law";

    /** Why coming law is shown but not applied, in one sentence. */
    public static final String COMING_NOTE = "Enacted but not yet in force on any known day, so not applied: each "
            + "duty will bind the plan if it comes into force within the plan's period.";

    /** The verdict of a plan no rule applied to, in place of a pass: see {@link ComplianceReport#judged()}. */
    public static final String NOT_JUDGED = "NOT JUDGED";

    private LawInWords() {
    }

    /**
     * Why a plan no rule applied to is not judged: {@code no rule of the pack applies to this kind of document on
     * 2014-04-01, so nothing is said of its compliance}.
     */
    public static String notJudged(ComplianceReport report) {
        return "no rule of " + (report.packs().size() == 1 ? "the pack applies" : "the packs applies")
                + " to this kind of document on " + report.asOf() + ", so nothing is said of its compliance";
    }

    /** The days a regime governs: {@code in force from 2017-04-01}, or {@code in force from ... to ...}. */
    public static String inForce(Regime regime) {
        return "in force from " + regime.inForceFrom()
                + (regime.inForceTo() == null ? "" : " to " + regime.inForceTo());
    }

    /** A rule of coming law in one line: id, severity, source and how it comes into force. */
    public static String coming(RuleDescriptor rule) {
        return rule.id() + " (" + rule.severity() + "): " + rule.title() + ". " + rule.citation() + "; "
                + rule.inForceInWords() + ".";
    }

    /** Rule ids joined with commas, or {@code none}. */
    public static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
