package org.childplan.reports.internal;

import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.rules.Severity;

/**
 * Counts in words, the same in every format: {@code 2 errors, 1 warning, 0 info; 1 waived}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Counts {

    private Counts() {
    }

    /** The findings of each severity and the waived findings. */
    public static String describe(Map<Severity, Integer> counts, int waived) {
        return plural(counts.get(Severity.ERROR), "error", "errors") + ", "
                + plural(counts.get(Severity.WARNING), "warning", "warnings") + ", "
                + counts.get(Severity.INFO) + " info; " + waived + " waived";
    }

    /** {@code count} with the singular or plural noun. */
    public static String plural(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
