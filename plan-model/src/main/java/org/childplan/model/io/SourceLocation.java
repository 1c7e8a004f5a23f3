package org.childplan.model.io;

import org.apiguardian.api.API;

/**
 * A place in a plan document: the file (or other source name), line and column, both counted from 1.
 *
 * @param source the file name or other name of the source, for example {@code plans/moray.yaml}
 * @param line the line, from 1
 * @param column the column, from 1
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SourceLocation(String source, int line, int column) {

    /** {@code file:line:column}, the form editors and CI annotate from. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
