package org.childplan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.apiguardian.api.API;
import org.childplan.cli.internal.LibraryLogging;

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
        Charset charset = Charset.defaultCharset();
        // Not System.out: a PrintStream swallows write errors, and a report lost to a full disk or a closed pipe must
        // fail the run (exit code 4), which the PrintWriter's checkError() tells.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset),
                true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        int exitCode = Cli.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
