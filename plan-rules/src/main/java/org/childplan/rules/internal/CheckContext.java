package org.childplan.rules.internal;

import java.time.LocalDate;
import org.childplan.model.Jurisdiction;

/**
 * The fact that tells rules which date's law they apply and in which jurisdiction.
 *
 * @param asOf the date whose law applies
 * @param jurisdiction the jurisdiction whose law applies
 */
public record CheckContext(LocalDate asOf, Jurisdiction jurisdiction) {
}
