package org.childplan.rules;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The lightest severity of finding that makes a report fail, or {@link #NEVER}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FailLevel {
    /** Fail on errors only (the default). */
    ERROR(Severity.ERROR),
    /** Fail on errors and warnings. */
    WARNING(Severity.WARNING),
    /** Fail on any finding. */
    INFO(Severity.INFO),
    /** Never fail; report only. */
    NEVER(null);

    private final Severity severity;

    FailLevel(Severity severity) {
        this.severity = severity;
    }

    /** The lightest severity that fails, or empty for {@link #NEVER}. */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /** The fail level that fails on {@code severity} and anything weightier. */
    public static FailLevel of(Severity severity) {
        return valueOf(severity.name());
    }
}
