package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * A checker of every pack that loads a jurisdiction's packs when it first checks a plan of it reports as a checker
 * with every pack loaded does.
 */
class PlanCheckerOnFirstNeedTests {

    private static final Plan SCOTTISH = TestPlans.compliant();

    @Test
    void aCheckerOfEveryJurisdictionNamesEveryPackBeforeItChecksAnything() {
        PlanChecker every = PlanChecker.forAllJurisdictions();

        assertThat(every.packs()).extracting(AppliedPack::id)
                .containsExactlyInAnyOrderElementsOf(RulePacks.available().stream().map(pack -> pack.id()).toList());
        assertThat(every.jurisdiction()).isEmpty();
    }

    @Test
    void aCheckerOfEveryJurisdictionListsEveryRuleOfEveryPack() {
        assertThat(PlanChecker.forAllJurisdictions().rules()).extracting(RuleDescriptor::id)
                .containsExactlyInAnyOrderElementsOf(RulePacks.catalogue().stream().map(RuleDescriptor::id).toList());
    }

    @Test
    void aScottishPlanIsJudgedAsTheCheckerOfScotlandJudgesIt() {
        ComplianceReport everyPack = PlanChecker.forAllJurisdictions().check(SCOTTISH);
        ComplianceReport scotland = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND).check(SCOTTISH);

        assertThat(everyPack).isEqualTo(scotland);
        assertThat(everyPack.packs()).extracting(AppliedPack::jurisdiction).containsOnly(Jurisdiction.SCOTLAND);
    }

    @Test
    void aPreviewOfComingLawAppliesToPacksLoadedOnFirstNeed() {
        LocalDate from = LocalDate.of(2027, 4, 1);
        PlanChecker everyPack = PlanChecker.builder().previewComingLawFrom(from).build();
        PlanChecker scotland = PlanChecker.builder().jurisdiction(Jurisdiction.SCOTLAND).previewComingLawFrom(from)
                .build();

        assertThat(everyPack.check(SCOTTISH, from)).isEqualTo(scotland.check(SCOTTISH, from));
    }

    @Test
    void threadsCheckingAtOnceBeforeTheFirstCheckAllGetTheSameReport() throws Exception {
        PlanChecker every = PlanChecker.forAllJurisdictions();
        ComplianceReport expected = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND).check(SCOTTISH);
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ComplianceReport>> reports = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                reports.add(pool.submit(() -> {
                    start.await();
                    return every.check(SCOTTISH);
                }));
            }
            start.countDown();
            for (Future<ComplianceReport> report : reports) {
                assertThat(report.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
