package org.childplan.model;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The outcomes and enablers of the Children's Social Care National Framework (England, statutory guidance first
 * published on 15 December 2023): the four outcomes children's social care should achieve and the three enablers of
 * an effective system.
 *
 * <p>A dated vocabulary: it holds the elements of the 2023 edition, which apply from its publication
 * ({@link #since()}); a later edition with other elements adds constants with their own date and leaves these as
 * they are. The wording is that of the framework as reported on 3 December 2026; the official text was not read (see
 * the catalogue entry {@code csc-national-framework-2023}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum NationalFrameworkElement {
    /** Outcome 1: children, young people and families stay together and get the help they need. */
    FAMILIES_STAY_TOGETHER_AND_GET_HELP(false),
    /** Outcome 2: children and young people are supported by their family network. */
    SUPPORTED_BY_FAMILY_NETWORK(false),
    /** Outcome 3: children and young people are safe in and outside of their homes. */
    SAFE_IN_AND_OUTSIDE_THEIR_HOMES(false),
    /** Outcome 4: children in care and care leavers have stable, loving homes. */
    STABLE_LOVING_HOMES(false),
    /** Enabler: multi-agency working is prioritised and effective. */
    MULTI_AGENCY_WORKING(true),
    /** Enabler: leaders drive conditions for effective practice. */
    LEADERS_DRIVE_EFFECTIVE_PRACTICE(true),
    /** Enabler: the workforce is equipped and effective. */
    WORKFORCE_EQUIPPED_AND_EFFECTIVE(true);

    private static final LocalDate EDITION_2023 = LocalDate.of(2023, 12, 15);

    private final boolean enabler;

    NationalFrameworkElement(boolean enabler) {
        this.enabler = enabler;
    }

    /** Whether this is an enabler of the system rather than an outcome for children and families. */
    public boolean isEnabler() {
        return enabler;
    }

    /** The first day of the edition of the framework that sets out this element. */
    public LocalDate since() {
        return EDITION_2023;
    }
}
