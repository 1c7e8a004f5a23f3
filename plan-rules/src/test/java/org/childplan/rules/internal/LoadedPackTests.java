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

    /** A pack of its own for each test, whose pool no other test has used (a pool hands out its sessions in turn). */
    private final LoadedPack scotland = LoadedPack.load(new ScotlandRulePack());

    @Test
    void aDisposedSessionServesTheNextCheck() {
        KieSession first = usedAndDisposed();
        assertThat(usedAndDisposed()).isSameAs(first);
    }

    /** A session, once it has fired and been disposed (returned to its pool). */
    private KieSession usedAndDisposed() {
        KieSession session = scotland.newSession();
        session.fireAllRules();
        session.dispose();
        return session;
    }

    @Test
    void aSessionInUseIsNotHandedOutAgain() {
        KieSession first = scotland.newSession();
        KieSession second = scotland.newSession();
        assertThat(second).isNotSameAs(first);
        first.dispose();
        second.dispose();
    }

    @Test
    void threadsThatAskAtTheSameTimeEachGetASessionOfTheirOwn() throws Exception {
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
                    KieSession session = scotland.newSession();
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
