package org.childplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JMH annotation processor ran: every benchmark class is listed for the runner in the benchmarks jar. */
class BenchmarkListTests {

    @Test
    void everyBenchmarkClassIsListedForTheJmhRunner() throws IOException {
        String list;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
            assertThat(in).as("META-INF/BenchmarkList, written by jmh-generator-annprocess").isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(list).contains(
                generated(CheckerStartupBenchmark.class, "droolsStartup"),
                generated(CheckerStartupBenchmark.class, "droolsStartupEveryPack"),
                generated(CheckerStartupBenchmark.class, "droolsStartupAndFirstCheckOfOnePlan"),
                generated(WarmCheckBenchmark.class, "drools"),
                generated(WarmCheckBenchmark.class, "droolsCore"),
                generated(WarmCheckBenchmark.class, "floor"),
                generated(WarmCheckBenchmark.class, "droolsAfterALargePlan"),
                generated(ThroughputBenchmark.class, "droolsTwoThreads"),
                generated(PlanSizeBenchmark.class, "drools"),
                generated(PlanSizeBenchmark.class, "droolsColdCache"),
                generated(PlanSizeBenchmark.class, "droolsEachPlanOnce"),
                generated(PlanSizeBenchmark.class, "droolsCoreEachPlanOnce"),
                generated(PlanSizeBenchmark.class, "floorEachPlanOnce"));
    }

    /** The name of the class JMH generates to run {@code method} of {@code benchmark}. */
    private static String generated(Class<?> benchmark, String method) {
        return benchmark.getPackageName() + ".jmh_generated." + benchmark.getSimpleName() + "_" + method + "_jmhTest";
    }
}
