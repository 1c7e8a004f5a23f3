package org.childplan.reports.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.ThemeCoverage;

/**
 * What every report format says under "Early action, integration, resources": for each of the three themes, the
 * priorities, actions, services and measures of the plan that address it, and the kinds of element none of which does.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ThemesSection {

    /** The section's heading in every format. */
    public static final String HEADING = "Early action, integration, resources";

    /** What the section shows, in one sentence under the heading. */
    public static final String NOTE = "The three themes every nation asks a children's services plan to address: "
            + "each against the priorities, actions, services and measures of the plan that address it (a Scottish "
            + "plan's aims of section 9(2) count), and what addresses it nowhere.";

    private ThemesSection() {
    }

    /** The rows of {@code report}, one per theme; empty for a report made without its plan. */
    public static List<ThemeCoverage> rows(ComplianceReport report) {
        return report.themes();
    }

    /** The theme's name as a heading or row label: {@code Early action and prevention}. */
    public static String label(ThemeCoverage row) {
        String words = row.theme().words();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code ids} joined by commas, or {@code none}. */
    public static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    /** What addresses the theme nowhere: {@code no service, no measure}; {@code ""} when each kind does. */
    public static String missing(ThemeCoverage row) {
        return row.isComplete() ? "" : "no " + String.join(", no ", row.missingElements());
    }
}
