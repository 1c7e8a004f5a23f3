package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

class LoadedPackTests {

    /** A pack of its own for each test, whose pools no other test has used (a pool hands out its sessions in turn). */
    private final LoadedPack scotland = LoadedPack.load(new ScotlandRulePack());

    @Test
    void sizeClassesGrowFourfoldFromTheSmallestAndTheLastHasNoUpperBound() {
        assertThat(LoadedPack.sizeClass(0)).isZero();
        assertThat(LoadedPack.sizeClass(69)).isZero();
        assertThat(LoadedPack.sizeClass(LoadedPack.SMALLEST_CLASS_FACTS)).isZero();
        assertThat(LoadedPack.sizeClass(257)).isEqualTo(1);
        assertThat(LoadedPack.sizeClass(1_024)).isEqualTo(1);
        assertThat(LoadedPack.sizeClass(1_025)).isEqualTo(2);
        assertThat(LoadedPack.sizeClass(4_096)).isEqualTo(2);
        assertThat(LoadedPack.sizeClass(4_097)).isEqualTo(3);
        assertThat(LoadedPack.sizeClass(27_547)).isEqualTo(4);
        assertThat(LoadedPack.sizeClass(Integer.MAX_VALUE)).isEqualTo(10);
    }

    @Test
    void aDisposedSessionServesTheNextCheckOfItsSizeClassButNotOfAnother() {
        KieSession small = scotland.newSession(69);
        small.dispose();
        KieSession smallAgain = scotland.newSession(200);
        assertThat(smallAgain).isSameAs(small);
        smallAgain.dispose();

        KieSession large = scotland.newSession(27_547);
        assertThat(large).isNotSameAs(small);
        large.dispose();
        KieSession afterLarge = scotland.newSession(69);
        assertThat(afterLarge).isSameAs(small);
        afterLarge.dispose();
        KieSession largeAgain = scotland.newSession(20_000);
        assertThat(largeAgain).isSameAs(large);
        largeAgain.dispose();
    }

    @Test
    void aSessionInUseIsNotHandedOutAgain() {
        KieSession first = scotland.newSession(69);
        KieSession second = scotland.newSession(69);
        assertThat(second).isNotSameAs(first);
        first.dispose();
        second.dispose();
    }

    @Test
    void threadsThatFirstAskForASizeClassAtTheSameTimeEachGetASessionOfTheirOwn() throws Exception {
        int threads = 8;
        CyclicBarrier allAsking = new CyclicBarrier(threads);
        CyclicBarrier allHolding = new CyclicBarrier(threads);
        Set<KieSession> held = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                runs.add(pool.submit(() -> {
                    allAsking.await();
                    KieSession session = scotland.newSession(5_000);
                    held.add(session);
                    allHolding.await();
                    session.fireAllRules();
                    session.dispose();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(held).hasSize(threads);
    }
}
