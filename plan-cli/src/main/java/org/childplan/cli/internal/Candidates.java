package org.childplan.cli.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.reports.ReportWriters;
import org.childplan.rules.FailLevel;

/**
 * The values of an option as {@code --help} lists them: in lower case, as people type them (picocli accepts them in
 * any case).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public abstract class Candidates implements Iterable<String> {

    private final List<String> values;

    Candidates(Enum<?>[] values) {
        this(Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList());
    }

    Candidates(List<String> values) {
        this.values = List.copyOf(values);
    }

    @Override
    public Iterator<String> iterator() {
        return values.iterator();
    }

    /**
     * The fail levels.
     *
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public static final class FailLevels extends Candidates {
        /** The fail levels of {@link FailLevel}. */
        public FailLevels() {
            super(FailLevel.values());
        }
    }

    /**
     * The jurisdictions.
     *
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public static final class Jurisdictions extends Candidates {
        /** The jurisdictions of {@link Jurisdiction}. */
        public Jurisdictions() {
            super(Jurisdiction.values());
        }
    }

    /**
     * The report formats: the names of the {@link org.childplan.reports.spi.ReportWriter}s found.
     *
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public static final class Formats extends Candidates {
        /** The names {@link ReportWriters#names()} gives. */
        public Formats() {
            super(ReportWriters.names());
        }
    }
}
