package org.childplan.cli.internal;

import java.io.PrintWriter;
import org.apiguardian.api.API;
import picocli.CommandLine.Help.Ansi;

/**
 * Writes the outcome of one {@code childplan check} in one form.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface ReportRenderer {

    /**
     * Writes {@code run} to {@code out}.
     *
     * @param run the reports and the files that could not be checked
     * @param out where to write
     * @param ansi whether to colour; formats for programs ignore it
     */
    void render(CheckRun run, PrintWriter out, Ansi ansi);
}
