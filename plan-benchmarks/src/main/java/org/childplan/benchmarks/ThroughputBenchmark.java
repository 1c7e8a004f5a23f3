package org.childplan.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checks of the Glenardoch plan per millisecond on one and on two threads sharing one checker, which shows whether
 * checks on the same checker scale across cores (this machine has two).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
// Twenty seconds: with two benchmark threads on two cores the JIT compiles the rule engine's code on borrowed time,
// and after five seconds it has not finished (measured: two threads then check fewer plans than one).
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
public class ThroughputBenchmark {

    /** The Drools checker on one thread. */
    @Benchmark
    @Threads(1)
    public ComplianceReport droolsOneThread(Checkers checkers) {
        return checkers.drools.check(checkers.glenardoch);
    }

    /** The Drools checker on two threads sharing it. */
    @Benchmark
    @Threads(2)
    public ComplianceReport droolsTwoThreads(Checkers checkers) {
        return checkers.drools.check(checkers.glenardoch);
    }

    /** The floor on one thread. */
    @Benchmark
    @Threads(1)
    public ComplianceReport floorOneThread(Checkers checkers) {
        return checkers.floor.check(checkers.glenardoch);
    }

    /** The floor on two threads sharing it. */
    @Benchmark
    @Threads(2)
    public ComplianceReport floorTwoThreads(Checkers checkers) {
        return checkers.floor.check(checkers.glenardoch);
    }
}
