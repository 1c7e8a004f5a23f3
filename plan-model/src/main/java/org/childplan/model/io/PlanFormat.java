package org.childplan.model.io;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The document formats a plan is read from and written to.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanFormat {
    /** YAML, as written by people; files end in {@code .yaml} or {@code .yml}. */
    YAML,
    /** JSON, as exchanged by programs; files end in {@code .json}. */
    JSON;

    /**
     * The format a file name's extension stands for, ignoring case: {@code .yaml} and {@code .yml} for YAML,
     * {@code .json} for JSON.
     *
     * @param fileName a file name or path, for example {@code plans/moray.yaml}
     * @return the format, or empty when the extension is none of these
     */
    public static Optional<PlanFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
