package org.childplan.examples.embedding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;

/**
 * Checks every plan in a folder on all cores with one shared checker.
 *
 * <p>A {@link PlanChecker} is expensive to build and thread-safe, so one serves every thread; each check is
 * independent, so the plans are simply spread over a pool as large as the machine.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CheckFolder {

    private CheckFolder() {
    }

    /** Checks the plans in {@code args[0]} and prints one line per plan; exits 1 when any plan has an error. */
    public static void main(String[] args) throws Exception {
        Map<Path, ComplianceReport> reports = checkAll(Path.of(args[0]), PlanChecker.forAllJurisdictions());
        reports.forEach((file, report) -> System.out.printf(Locale.ROOT, "%s: %s (%d findings)%n",
                file, report.passes() ? "passes" : "FAILS", report.findings().size()));
        System.exit(reports.values().stream().allMatch(ComplianceReport::passes) ? 0 : 1);
    }

    /**
     * Checks every {@code .yaml}, {@code .yml} and {@code .json} file under {@code folder} with {@code checker}.
     *
     * @return the reports by file, in file order
     * @throws IOException when the folder cannot be listed
     * @throws PlanReadException when a plan cannot be read (the first such error, by file order)
     */
    public static Map<Path, ComplianceReport> checkAll(Path folder, PlanChecker checker)
            throws IOException, PlanReadException, InterruptedException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(CheckFolder::isPlanFile).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            Map<Path, Future<ComplianceReport>> pending = new TreeMap<>();
            for (Path file : files) {
                pending.put(file, pool.submit(() -> checker.check(PlanDocuments.read(file))));
            }
            Map<Path, ComplianceReport> reports = new TreeMap<>();
            for (Map.Entry<Path, Future<ComplianceReport>> entry : pending.entrySet()) {
                reports.put(entry.getKey(), unwrap(entry.getValue()));
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ComplianceReport unwrap(Future<ComplianceReport> future)
            throws PlanReadException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PlanReadException readError) {
                throw readError;
            }
            if (e.getCause() instanceof IOException ioError) {
                throw new UncheckedIOException(ioError);
            }
            if (e.getCause() instanceof RuntimeException runtimeError) {
                throw runtimeError;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static boolean isPlanFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
