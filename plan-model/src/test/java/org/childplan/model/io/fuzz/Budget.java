package org.childplan.model.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The time and memory one fuzzed document may cost: a try that reads, validates or checks a document of the size of
 * the example plans within far less than this on any machine, so that exceeding it is a runaway, not noise.
 */
public final class Budget {

    /** The most wall time one try may take, generous for a loaded two-core CI machine. */
    public static final Duration TIME = Duration.ofSeconds(10);

    /** The most memory one try may allocate. */
    public static final long BYTES = 512L * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long startNanos = System.nanoTime();
    private final long startBytes = THREADS.getCurrentThreadAllocatedBytes();

    private Budget() {
    }

    /** Starts measuring one try on the current thread. */
    public static Budget start() {
        return new Budget();
    }

    /** Asserts that the try since {@link #start()} kept within the budget. */
    public void assertKept(int attempt) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - startBytes;
        assertThat(took).as("try %d: time", attempt).isLessThanOrEqualTo(TIME);
        assertThat(allocated).as("try %d: bytes allocated", attempt).isLessThanOrEqualTo(BYTES);
    }
}
