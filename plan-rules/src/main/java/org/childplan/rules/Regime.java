package org.childplan.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A legal regime a rule pack encodes: the body of law that governed children's services planning in its
 * jurisdiction between two dates, for example the Children's Services Planning Order 1996 in England.
 *
 * <p>A pack declares its regimes ({@link org.childplan.rules.spi.RulePack#regimes()}); a report names the regimes in
 * force on its as-of date. A regime's dates are those of the rules that encode it, so that the two cannot drift
 * apart unnoticed (the packs' tests hold every regime boundary to a rule boundary).
 *
 * @param name the regime's name, for example {@code Children and Young People's Plan (2005-2010)}
 * @param instrument the instrument that founds it, for example {@code Children Act 2004, s17; SI 2005/2149}
 * @param url a link to the official text of that instrument
 * @param inForceFrom the first day the regime governs
 * @param inForceTo the last day it governs, or {@code null} while it governs
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Regime(String name, String instrument, String url, LocalDate inForceFrom, LocalDate inForceTo) {

    /** Checks that every part but {@code inForceTo} is given, and that the dates are in order. */
    public Regime {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        if (inForceTo != null && inForceTo.isBefore(inForceFrom)) {
            throw new IllegalArgumentException(name + ": in force to " + inForceTo + " is before in force from " + inForceFrom);
        }
    }

    /** Whether the regime governs on {@code date}, both ends included. */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceTo == null || !date.isAfter(inForceTo));
    }

    /** {@code name (from 2005-03-01 to 2010-03-31)}, the form a reader sees. */
    @Override
    public String toString() {
        return name + " (from " + inForceFrom + (inForceTo == null ? "" : " to " + inForceTo) + ")";
    }
}
