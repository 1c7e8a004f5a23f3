package org.childplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanStatusTests {

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = {"APPROVED", "PUBLISHED", "LAUNCHED"})
    void aPlanApprovedPublishedOrLaunchedIsPrepared(PlanStatus status) {
        assertThat(status.isPrepared()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = {"DRAFT", "CONSULTATION", "SUBMITTED"})
    void aPlanStillBeingWrittenConsultedOnOrAwaitingApprovalIsNotPrepared(PlanStatus status) {
        assertThat(status.isPrepared()).isFalse();
    }

    @Test
    void theStatusesFollowThePlansLife() {
        assertThat(PlanStatus.values()).containsExactly(PlanStatus.DRAFT, PlanStatus.CONSULTATION,
                PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.PUBLISHED, PlanStatus.LAUNCHED);
    }
}
