package org.childplan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import org.apiguardian.api.API;
import org.childplan.cli.internal.LibraryLogging;
import org.childplan.cli.internal.StandardStreams;

/**
 * The entry point of the {@code childplan} command.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line {@code args} and exits with its {@link ExitCode}.
     *
     * @param args the command line, for example {@code check plan.yaml --format json}
     */
    public static void main(String... args) {
        // stderr is for the user's errors: the libraries' log lines go through SLF4J, off unless --verbose asks.
        LibraryLogging.routeToSlf4j();
        // Not System.out: a PrintStream swallows write errors, and a report lost to a full disk or a closed pipe must
        // fail the run (exit code 4), which the PrintWriter's checkError() tells. Each stream is written in the
        // charset the terminal or log decodes it with.
        PrintWriter out = new PrintWriter(StandardStreams.writer(new FileOutputStream(FileDescriptor.out),
                StandardStreams.outputCharset()), true);
        PrintWriter err = new PrintWriter(StandardStreams.writer(System.err, StandardStreams.errorCharset()), true);
        int exitCode = Cli.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
