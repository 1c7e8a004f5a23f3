package org.childplan.rules.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;

/**
 * The fact that tells rules which date's law they apply and in which jurisdiction; every check inserts one.
 *
 * @param asOf the date whose law applies
 * @param jurisdiction the jurisdiction whose law applies
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CheckContext(LocalDate asOf, Jurisdiction jurisdiction) {

    /** Checks that both parts are given. */
    public CheckContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }
}
