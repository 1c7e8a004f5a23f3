package org.childplan.benchmarks;

import org.apiguardian.api.API;
import org.childplan.benchmarks.floor.ScotlandFloorChecker;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.PlanChecker;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark state shared by every thread of a run: a warm Drools checker for Scotland, one restricted to the floor's
 * core rules, the floor checker of those rules, and the Glenardoch plan, built once per run (not measured).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@State(Scope.Benchmark)
public class Checkers {

    /** The Drools checker, as an embedder builds it: once, then reused by every thread. */
    public PlanChecker drools;

    /** The Drools checker restricted to {@link ScotlandFloorChecker#CORE_RULES}, the floor's like for like. */
    public PlanChecker droolsCore;

    /** The plain-Java floor of the core rules. */
    public ScotlandFloorChecker floor;

    /** The Glenardoch plan, read from its YAML before the run. */
    public Plan glenardoch;

    /** Builds the checkers and reads the plan. */
    @Setup
    public void setUp() {
        drools = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
        droolsCore = ScotlandFloorChecker.coreDroolsChecker();
        floor = ScotlandFloorChecker.create();
        glenardoch = BenchmarkPlans.glenardoch();
    }
}
