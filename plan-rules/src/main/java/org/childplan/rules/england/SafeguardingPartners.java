package org.childplan.rules.england;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.childplan.model.Body;
import org.childplan.model.BodyType;
import org.childplan.model.LinkedPlan;
import org.childplan.model.LinkedPlanKind;
import org.childplan.model.Plan;

/**
 * The safeguarding partners of Children Act 2004 s16E and their published arrangements as a plan records them, for
 * the England rules.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SafeguardingPartners {

    private SafeguardingPartners() {
    }

    /** The safeguarding partners {@code plan} does not name among its bodies, in the order of s16E(3). */
    public static List<String> missing(Plan plan) {
        List<String> missing = new ArrayList<>();
        if (!names(plan, BodyType.LOCAL_AUTHORITY)) {
            missing.add("the local authority (LOCAL_AUTHORITY)");
        }
        if (!names(plan, BodyType.INTEGRATED_CARE_BOARD) && !names(plan, BodyType.HEALTH_AUTHORITY)) {
            missing.add("the integrated care board (INTEGRATED_CARE_BOARD, or HEALTH_AUTHORITY for a clinical commissioning group)");
        }
        if (!names(plan, BodyType.POLICE)) {
            missing.add("the chief officer of police (POLICE)");
        }
        return missing;
    }

    /** The bodies of {@code plan} that are safeguarding partners (of the types of s16E(3)), in plan order. */
    public static List<Body> named(Plan plan) {
        return plan.bodies().stream().filter(body -> body.type() == BodyType.LOCAL_AUTHORITY
                || body.type() == BodyType.INTEGRATED_CARE_BOARD || body.type() == BodyType.HEALTH_AUTHORITY
                || body.type() == BodyType.POLICE).toList();
    }

    /** The links of {@code plan} to safeguarding arrangements (not a report) with the address they are published at. */
    public static List<LinkedPlan> publishedArrangements(Plan plan) {
        return safeguardingLinks(plan).stream().filter(linked -> linked.url() != null && !isReport(linked)).toList();
    }

    /** The links of {@code plan} to a yearly report of the safeguarding partners (a safeguarding link titled a report). */
    public static List<LinkedPlan> yearlyReports(Plan plan) {
        return safeguardingLinks(plan).stream().filter(SafeguardingPartners::isReport).toList();
    }

    /** Whether {@code plan} links to safeguarding arrangements (not a report) with the address they are published at. */
    public static boolean linksPublishedArrangements(Plan plan) {
        return safeguardingLinks(plan).stream().anyMatch(linked -> linked.url() != null && !isReport(linked));
    }

    /** Whether {@code plan} links to a yearly report of the safeguarding partners (a safeguarding link titled a report). */
    public static boolean linksYearlyReport(Plan plan) {
        return safeguardingLinks(plan).stream().anyMatch(SafeguardingPartners::isReport);
    }

    private static List<LinkedPlan> safeguardingLinks(Plan plan) {
        return plan.linkedPlans().stream().filter(linked -> linked.kind() == LinkedPlanKind.SAFEGUARDING_ARRANGEMENTS).toList();
    }

    private static boolean isReport(LinkedPlan linked) {
        return linked.title().toLowerCase(Locale.ROOT).contains("report");
    }

    private static boolean names(Plan plan, BodyType type) {
        return plan.bodies().stream().anyMatch(body -> body.type() == type);
    }
}
