package org.childplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;

class CompleteRecordTests {

    private static Plan withSources(Boolean completeRecord, SourceKind... kinds) {
        List<SourceDocument> sources = java.util.Arrays.stream(kinds)
                .map(kind -> new SourceDocument("A source", null, (PartialDate) null, null, null, null, kind))
                .toList();
        return PlanBuilder.builder(TestPlans.minimal()).sources(sources).completeRecord(completeRecord).build();
    }

    @Test
    void aPlanFileThatNamesNoSourceIsTakenAsTheCompletePlan() {
        assertThat(withSources(null).recordIsComplete()).isTrue();
    }

    @Test
    void aPlanFileEncodedFromANewsItemAloneIsAPartialRecord() {
        assertThat(withSources(null, SourceKind.PRESS_ITEM).recordIsComplete()).isFalse();
        assertThat(withSources(null, SourceKind.MINUTES, SourceKind.COMMITTEE_REPORT).recordIsComplete()).isFalse();
    }

    @Test
    void aPlanFileEncodedFromThePlanItselfOrASourceOfUnstatedKindIsComplete() {
        assertThat(withSources(null, SourceKind.PRESS_ITEM, SourceKind.PLAN).recordIsComplete()).isTrue();
        assertThat(withSources(null, (SourceKind) null).recordIsComplete()).isTrue();
    }

    @Test
    void whatThePlanFileClaimsOverridesWhatItsSourcesSuggest() {
        assertThat(withSources(true, SourceKind.PRESS_ITEM).recordIsComplete()).isTrue();
        assertThat(withSources(false, SourceKind.PLAN).recordIsComplete()).isFalse();
    }

    @Test
    void onlyThePlanItselfShowsAWholePlan() {
        assertThat(SourceKind.values()).filteredOn(kind -> !kind.isPartial()).containsExactly(SourceKind.PLAN);
    }
}
