package org.childplan.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.Waiver;
import org.childplan.rules.WaiverNotice;
import org.childplan.rules.Waivers;

/**
 * Applies waivers to a report: waives what an unexpired waiver covers, and reports expired and unmatched waivers.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WaiverApplication {

    private WaiverApplication() {
    }

    /** The findings, waived findings and notices of {@code report} once {@code waivers} are applied on {@code today}. */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Outcome(List<Finding> findings, List<WaivedFinding> waived, List<WaiverNotice> notices) {
    }

    /** Applies {@code waivers} to {@code report} as of {@code today}. */
    public static Outcome apply(ComplianceReport report, Waivers waivers, LocalDate today) {
        List<WaivedFinding> waived = new ArrayList<>(report.waived());
        List<WaiverNotice> notices = new ArrayList<>(report.waiverNotices());
        List<Waiver> active = new ArrayList<>();
        for (Waiver waiver : waivers.list()) {
            if (!waiver.concerns(report.planId())) {
                continue;
            }
            if (waiver.isExpiredOn(today)) {
                notices.add(new WaiverNotice(WaiverNotice.Kind.EXPIRED, waiver, "waiver " + waiver.describe()
                        + " expired on " + waiver.expires() + " (checked on " + today
                        + "): it waives nothing and the findings it covered count again; renew it or put the plan right"));
            } else {
                active.add(waiver);
            }
        }
        Set<Waiver> used = new LinkedHashSet<>();
        List<Finding> remaining = new ArrayList<>();
        for (Finding finding : report.findings()) {
            // A duty not yet due asks nothing of the partnership yet, so there is nothing to accept.
            Optional<Waiver> covering = finding.outcome() == RuleOutcome.NOT_YET_DUE ? Optional.empty()
                    : active.stream().filter(waiver -> waiver.covers(report.planId(), finding)).findFirst();
            if (covering.isPresent()) {
                waived.add(new WaivedFinding(finding, covering.get()));
                used.add(covering.get());
            } else {
                remaining.add(finding);
            }
        }
        for (Waiver waiver : active) {
            if (!used.contains(waiver)) {
                notices.add(new WaiverNotice(WaiverNotice.Kind.UNMATCHED, waiver, "waiver " + waiver.describe()
                        + " matches no finding of plan " + report.planId() + ": " + whyUnmatched(report, waiver)
                        + "; remove it or correct its rule id or pointer"));
            }
        }
        return new Outcome(remaining, waived, notices);
    }

    private static String whyUnmatched(ComplianceReport report, Waiver waiver) {
        if (report.passed().stream().map(RuleDescriptor::id).anyMatch(waiver.ruleId()::equals)) {
            return "the rule passed";
        }
        Optional<NotApplicableRule> notApplicable = report.notApplicable().stream()
                .filter(rule -> rule.rule().id().equals(waiver.ruleId()))
                .findFirst();
        if (notApplicable.isPresent()) {
            return "the rule does not apply (" + notApplicable.get().reason() + ")";
        }
        boolean ruleFound = report.findings().stream().anyMatch(finding -> finding.ruleId().equals(waiver.ruleId()))
                || report.waived().stream().anyMatch(waived -> waived.finding().ruleId().equals(waiver.ruleId()));
        if (ruleFound) {
            return "the rule's findings are elsewhere than " + waiver.pointerLimit().orElse("the pointer given")
                    + " or are already waived";
        }
        return "no rule of the applied packs has the id " + waiver.ruleId();
    }
}
