package org.childplan.rules.internal;

import org.apiguardian.api.API;
import java.time.LocalDate;
import org.childplan.model.Jurisdiction;

/**
 * The fact that tells rules which date's law they apply and in which jurisdiction.
 *
 * @param asOf the date whose law applies
 * @param jurisdiction the jurisdiction whose law applies
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CheckContext(LocalDate asOf, Jurisdiction jurisdiction) {
}
