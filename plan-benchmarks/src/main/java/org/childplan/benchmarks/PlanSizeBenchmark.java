package org.childplan.benchmarks;

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
    private ScotlandFloorChecker floor;
    private Plan plan;

    /** Builds the checkers and grows the plan; not measured. */
    @Setup
    public void setUp() {
        drools = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
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
}
