package org.childplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** One run of the command line in-process, through the production factory, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The path of a test plan under {@code src/test/resources/plans}. */
    static Path plan(String name) {
        URL resource = CliRun.class.getResource("/plans/" + name);
        if (resource == null) {
            throw new IllegalArgumentException("no test plan " + name);
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String planArg(String name) {
        return plan(name).toString();
    }

    /** How reports name {@code path}: relative to the working directory when inside it. */
    static String shown(String path) {
        return org.childplan.cli.internal.SourceNames.of(null, false).name(Path.of(path));
    }
}
