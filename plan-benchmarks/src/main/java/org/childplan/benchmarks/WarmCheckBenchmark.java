package org.childplan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One check of the Glenardoch plan (a complete Scottish plan: 5 priorities, 8 actions, 9 measures) on a warm
 * checker, as an embedder that keeps its checker sees it; the report includes the coverage matrix in both cases.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class WarmCheckBenchmark {

    /** The Drools checker: a new rule session, the plan's facts inserted, the rules fired, the report built. */
    @Benchmark
    public ComplianceReport drools(Checkers checkers) {
        return checkers.drools.check(checkers.glenardoch);
    }

    /** The Drools checker restricted to the floor's core rules: what {@link #floor(Checkers)} is compared with. */
    @Benchmark
    public ComplianceReport droolsCore(Checkers checkers) {
        return checkers.droolsCore.check(checkers.glenardoch);
    }

    /** The plain-Java floor of the core rules, building the same report as {@link #droolsCore(Checkers)}. */
    @Benchmark
    public ComplianceReport floor(Checkers checkers) {
        return checkers.floor.check(checkers.glenardoch);
    }

    /**
     * The Drools check of Glenardoch on a checker that has once checked a plan of 10,000 actions, as a service that
     * checks plans of every size sees it: it should take as long as {@link #drools(Checkers)}.
     */
    @Benchmark
    public ComplianceReport droolsAfterALargePlan(CheckerThatCheckedALargePlan checker, Checkers checkers) {
        return checker.drools.check(checkers.glenardoch);
    }

    /** A Drools checker of its own that has checked a plan of 10,000 actions before the run (not measured). */
    @State(Scope.Benchmark)
    public static class CheckerThatCheckedALargePlan {

        /** The checker. */
        public PlanChecker drools;

        /** Builds the checker and checks the large plan with it. */
        @Setup
        public void setUp() {
            drools = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
            drools.check(BenchmarkPlans.withActions(10_000));
        }
    }
}
