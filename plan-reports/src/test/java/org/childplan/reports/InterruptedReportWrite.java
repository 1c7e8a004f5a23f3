package org.childplan.reports;

import java.nio.file.Path;

/**
 * A program that starts writing a report into the file named by its argument, says so on standard output, and waits
 * to be stopped before it finishes: what a run interrupted while writing a large report looks like.
 */
final class InterruptedReportWrite {

    private InterruptedReportWrite() {
    }

    public static void main(String[] args) throws Exception {
        ReportFiles.write(Path.of(args[0]), out -> {
            out.write("<html>".repeat(100_000));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
