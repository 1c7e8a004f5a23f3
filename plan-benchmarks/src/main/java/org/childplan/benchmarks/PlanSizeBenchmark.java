package org.childplan.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.childplan.benchmarks.floor.ScotlandFloorChecker;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the time of one warm check grows with the size of the plan: plans of 10 to 10,000 actions grown from
 * Glenardoch by {@link BenchmarkPlans#withActions(int)}. Divide by {@link #actions} for the time per action, which
 * stays flat when the growth is linear.
 *
 * <p>{@link #drools()} and {@link #floor()} check the same plan again and again, so a plan small enough for the
 * processor's caches is checked from them and a large one is not: their growth mixes the work a check does with the
 * size of the caches. {@link #droolsColdCache(CacheSweep)} and {@link #floorColdCache(CacheSweep)} start every check
 * with caches that hold none of it: the plan, the rule session's memories and the checker's code are then equally far
 * away at every size. {@link #droolsEachPlanOnce(ManyPlans)} and {@link #floorEachPlanOnce(ManyPlans)} check one plan
 * after another, as a pipeline checks a folder of plans: each plan is out of the caches, the checker is not. The
 * floor implements only the core rules of the pack, so {@link #droolsCoreEachPlanOnce(ManyPlans)}, the Drools checker
 * restricted to those rules, is its like for like; the other Drools benchmarks run the whole pack.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlanSizeBenchmark {

    /** The number of actions of the plan checked (the sizes of {@link BenchmarkPlans#SIZES}). */
    @Param({"10", "100", "1000", "10000"})
    public int actions;

    private PlanChecker drools;
    private PlanChecker droolsCore;
    private ScotlandFloorChecker floor;
    private Plan plan;

    /** Builds the checkers and grows the plan; not measured. */
    @Setup
    public void setUp() {
        drools = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
        droolsCore = ScotlandFloorChecker.coreDroolsChecker();
        floor = ScotlandFloorChecker.create();
        plan = BenchmarkPlans.withActions(actions);
    }

    /** One check by the Drools checker. */
    @Benchmark
    public ComplianceReport drools() {
        return drools.check(plan);
    }

    /** One check by the floor. */
    @Benchmark
    public ComplianceReport floor() {
        return floor.check(plan);
    }

    /** One check by the Drools checker, after the caches have been emptied. */
    @Benchmark
    public ComplianceReport droolsColdCache(CacheSweep sweep) {
        return drools.check(plan);
    }

    /** One check by the floor, after the caches have been emptied. */
    @Benchmark
    public ComplianceReport floorColdCache(CacheSweep sweep) {
        return floor.check(plan);
    }

    /** One check by the Drools checker, of the next of many plans of the same size. */
    @Benchmark
    public ComplianceReport droolsEachPlanOnce(ManyPlans plans) {
        return drools.check(plans.next());
    }

    /** One check by the Drools checker restricted to the floor's core rules, of the next of many plans. */
    @Benchmark
    public ComplianceReport droolsCoreEachPlanOnce(ManyPlans plans) {
        return droolsCore.check(plans.next());
    }

    /** One check by the floor, of the next of many plans of the same size. */
    @Benchmark
    public ComplianceReport floorEachPlanOnce(ManyPlans plans) {
        return floor.check(plans.next());
    }

    /**
     * Plans of the benchmark's size that share no element, checked in turn: 100,000 actions in all (between 10 and
     * 2,000 plans), 50 to 81 MB of plans by size. A plan's turn comes round only after the others have pushed it out
     * of the core's own caches, and the same 100,000 actions at every size put each plan equally far from the core:
     * beyond a 32 MiB last-level cache in memory, within a larger one (480 MiB on a 2-vCPU Xeon virtual machine) in
     * that cache.
     */
    @State(Scope.Thread)
    public static class ManyPlans {

        private static final int ACTIONS_IN_ALL = 100_000;

        private List<Plan> plans;
        private int next;

        /** Grows the plans; not measured. */
        @Setup(Level.Trial)
        public void grow(PlanSizeBenchmark benchmark) {
            int count = Math.max(10, Math.min(2_000, ACTIONS_IN_ALL / benchmark.actions));
            plans = BenchmarkPlans.separatelyGrown(benchmark.actions, count);
        }

        Plan next() {
            Plan plan = plans.get(next);
            next = (next + 1) % plans.size();
            return plan;
        }
    }

    /**
     * Empties the caches before every check by reading a buffer of 64 MiB: twice the 32 MiB last-level cache of the
     * machine of the first six sessions' figures, and 32 times the 2 MiB L2 of the seventh's, whose last-level cache
     * it does not empty. It reads rather than writes, so that the check does not pay for writing dirty lines back.
     */
    @State(Scope.Thread)
    public static class CacheSweep {

        private static final int BUFFER_BYTES = 64 << 20;
        private static final int CACHE_LINE_BYTES = 64;

        private final byte[] buffer = new byte[BUFFER_BYTES];

        /** What the sweeps read, kept so that the JIT cannot drop them. */
        public long checksum;

        /** Writes the buffer once, so that its pages are mapped before the first sweep. */
        @Setup(Level.Trial)
        public void touchEveryPage() {
            for (int index = 0; index < buffer.length; index += CACHE_LINE_BYTES) {
                buffer[index] = (byte) index;
            }
        }

        /** Reads one byte of every cache line of the buffer; not measured. */
        @Setup(Level.Invocation)
        public void sweep() {
            long sum = checksum;
            for (int index = 0; index < buffer.length; index += CACHE_LINE_BYTES) {
                sum += buffer[index];
            }
            checksum = sum;
        }
    }
}
