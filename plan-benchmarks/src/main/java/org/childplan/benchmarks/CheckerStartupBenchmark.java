package org.childplan.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.childplan.benchmarks.floor.ScotlandFloorChecker;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.RuleDescriptor;
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
 * The cost of starting a checker in a fresh JVM: one measurement per fork, so every figure is a cold start (class
 * loading, the rule base built from the executable model, no JIT yet). The plan is read before the measurement, so
 * YAML parsing is not counted.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CheckerStartupBenchmark {

    private Plan glenardoch;

    /** Reads the plan to check; not measured. */
    @Setup
    public void readPlan() {
        glenardoch = BenchmarkPlans.glenardoch();
    }

    /** {@code PlanChecker.forJurisdiction(SCOTLAND)} in a fresh JVM. */
    @Benchmark
    public PlanChecker droolsStartup() {
        return PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
    }

    /**
     * Building the Scotland checker restricted to the floor's fixed core of rules ({@link ScotlandFloorChecker#CORE_RULES}):
     * the start-up of a checker of a fixed set of rules, which does not grow as rules are added to the pack. The whole
     * pack's model is still instantiated and described; only the rule base holds the core alone.
     */
    @Benchmark
    public PlanChecker droolsCoreStartup() {
        return ScotlandFloorChecker.coreDroolsChecker();
    }

    /** Starting the Drools checker and checking one plan, as a one-shot command does. */
    @Benchmark
    public ComplianceReport droolsStartupAndFirstCheck() {
        return PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND).check(glenardoch);
    }

    /**
     * A checker of every pack with every pack's rule base built, as an embedder that checks plans of all four nations
     * pays: {@code PlanChecker.forAllJurisdictions()} and its {@code rules()}, which loads the packs not loaded yet.
     */
    @Benchmark
    public List<RuleDescriptor> droolsStartupEveryPack() {
        return PlanChecker.forAllJurisdictions().rules();
    }

    /**
     * A checker of every pack and a first check of one Scottish plan: the checker loads the packs of the plan's
     * jurisdiction only, on first need, as a one-shot command of one plan does.
     */
    @Benchmark
    public ComplianceReport droolsStartupAndFirstCheckOfOnePlan() {
        return PlanChecker.forAllJurisdictions().check(glenardoch);
    }

    /** Starting the floor checker (it reads the pack's catalogue, but builds no rule base). */
    @Benchmark
    public ScotlandFloorChecker floorStartup() {
        return ScotlandFloorChecker.create();
    }

    /** Starting the floor checker and checking one plan. */
    @Benchmark
    public ComplianceReport floorStartupAndFirstCheck() {
        return ScotlandFloorChecker.create().check(glenardoch);
    }
}
