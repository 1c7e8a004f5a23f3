package org.childplan.rules;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The legal source of a rule: the instrument, the provision within it and a link to the official text.
 *
 * @param instrument the Act, order or guidance, for example {@code Children and Young People (Scotland) Act 2014}
 * @param provision the section, subsection or paragraph, for example {@code s9(2)(a)(ii)}
 * @param url a link to the official text of the provision, for example on legislation.gov.uk
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Citation(String instrument, String provision, String url) {

    /** Checks that every part is given. */
    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(url, "url");
    }

    /** {@code Instrument, provision}, the form a reader cites. */
    @Override
    public String toString() {
        return instrument + ", " + provision;
    }
}
