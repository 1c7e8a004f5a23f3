package org.childplan.model.io;

import org.apiguardian.api.API;

/**
 * A plan document could not be read. (Provisional: locations and kinds follow.)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class PlanReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;

    /** An error in the document {@code source}. */
    public PlanReadException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
    }

    /** The file name or other name of the document. */
    public String source() {
        return source;
    }
}
