package org.childplan.model;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The dates a plan may hold: from {@value #EARLIEST_TEXT} to {@value #LATEST_TEXT}, both included.
 *
 * <p>A children's services plan speaks of years within living memory and a few decades ahead; a date outside this range
 * is a typing mistake or a document made to exhaust the checker (a period ending in the year 999,999,999 has that many
 * reporting years). The readers refuse such a date as bad input, and {@code @SupportedDate} refuses it in a plan built
 * in code.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SupportedDates {

    /** The earliest date a plan may hold, as ISO-8601 text. */
    public static final String EARLIEST_TEXT = "1900-01-01";

    /** The latest date a plan may hold, as ISO-8601 text. */
    public static final String LATEST_TEXT = "2200-12-31";

    /** The earliest date a plan may hold. */
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);

    /** The latest date a plan may hold. */
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    /** The range in words, for messages: {@code "from 1900-01-01 to 2200-12-31"}. */
    public static final String RANGE = "from " + EARLIEST_TEXT + " to " + LATEST_TEXT;

    private SupportedDates() {
    }

    /** Whether {@code date} lies within the supported range; {@code null} is not a date and is not supported. */
    public static boolean contains(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Whether every day {@code date} can mean lies within the supported range. */
    public static boolean contains(PartialDate date) {
        return date != null && date.year() >= EARLIEST.getYear() && date.year() <= LATEST.getYear();
    }
}
