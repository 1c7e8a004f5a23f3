package org.childplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.PlanChecker;
import org.junit.jupiter.api.Test;

/**
 * The work of a check, counted in bytes allocated rather than in time, grows in proportion to the plan.
 *
 * <p>Time is for the JMH benchmarks: on a shared machine it varies from run to run, and from 1,000 to 10,000 actions
 * it grows faster than the work because the larger plan no longer fits the processor's caches (see the module's
 * README). The bytes a check allocates do not depend on the machine or the JIT, so a change that makes some step of
 * a check do more per element as the plan grows (a list copied for every element, a look-up turned into a scan that
 * allocates) shows here as a failure, not as a noisy benchmark figure.
 */
class CheckAllocationTests {

    private static final int SMALL = 1_000;
    private static final int LARGE = 10_000;

    /** Repeats per size; the least allocation of them is taken, as the first check of a plan also fills caches. */
    private static final int CHECKS = 5;

    @Test
    void aCheckAllocatesNoMorePerActionOnA10000ActionPlanThanOnA1000ActionPlan() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        PlanChecker checker = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);

        double small = bytesPerAction(checker, BenchmarkPlans.withActions(SMALL), threads);
        double large = bytesPerAction(checker, BenchmarkPlans.withActions(LARGE), threads);

        assertThat(small).isPositive();
        // 5% for lists and maps that grow in steps: their capacity per element differs from one plan size to another.
        assertThat(large)
                .as("bytes allocated per action by a check of %,d actions (%,.0f at %,d)", LARGE, small, SMALL)
                .isLessThanOrEqualTo(small * 1.05);
    }

    private static double bytesPerAction(PlanChecker checker, Plan plan, com.sun.management.ThreadMXBean threads) {
        long least = Long.MAX_VALUE;
        for (int check = 0; check < CHECKS; check++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            checker.check(plan);
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return (double) least / plan.actions().size();
    }
}
