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
        KieSession small = usedAndDisposed(69);
        assertThat(usedAndDisposed(200)).isSameAs(small);

        KieSession large = usedAndDisposed(27_547);
        assertThat(large).isNotSameAs(small);
        assertThat(usedAndDisposed(69)).isSameAs(small);
        assertThat(usedAndDisposed(20_000)).isSameAs(large);
    }

    /** A session for {@code facts} facts, once it has fired and been disposed (returned to its pool). */
    private KieSession usedAndDisposed(int facts) {
        KieSession session = scotland.newSession(facts);
        session.fireAllRules();
        session.dispose();
        return session;
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
