package org.childplan.rules;

import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;

/**
 * A rule pack as a report names it.
 *
 * @param id the pack's id, for example {@code scotland}
 * @param title the pack's title
 * @param version the pack's version
 * @param jurisdiction the jurisdiction whose law it encodes
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AppliedPack(String id, String title, String version, Jurisdiction jurisdiction) {

    /** Checks that every part is given. */
    public AppliedPack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }
}
