package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
