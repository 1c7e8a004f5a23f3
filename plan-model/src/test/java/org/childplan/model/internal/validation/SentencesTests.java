package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childplan.model.internal.validation.PathSteps.Step;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;

class SentencesTests {

    @Test
    void aFieldOfAListedElementIsNamedAfterTheElementsId() {
        assertThat(Sentences.about(TestPlans.rich(), List.of(Step.named("actions"), Step.at(2), Step.named("title")),
                "must be given")).isEqualTo("Action 'a-3': 'title' must be given.");
    }

    @Test
    void anElementWithoutAnIdIsNamedByItsPositionCountingFromOne() {
        assertThat(Sentences.about(TestPlans.rich(), List.of(Step.named("reviews"), Step.at(0), Step.named("kind")),
                "must be given")).isEqualTo("Review 1: 'kind' must be given.");
    }

    @Test
    void aMissingListEntryIsTheSubjectItself() {
        assertThat(Sentences.about(TestPlans.rich(), List.of(Step.named("bodies"), Step.at(7)), "must be given"))
                .isEqualTo("Body 8 must be given.");
    }

    @Test
    void aFieldOfThePlanItselfIsAboutThePlan() {
        assertThat(Sentences.about(TestPlans.rich(), List.of(Step.named("title")), "must be given"))
                .isEqualTo("The plan: 'title' must be given.");
    }

    @Test
    void fieldsBelowTheSubjectReadFromTheInsideOut() {
        assertThat(Sentences.field(List.of(Step.named("timescale"), Step.named("due")))).isEqualTo("'timescale.due'");
        assertThat(Sentences.field(List.of(Step.named("partners"), Step.at(1)))).isEqualTo("entry 2 of 'partners'");
        assertThat(Sentences.field(List.of(Step.named("objectives"), Step.at(0), Step.named("status"))))
                .isEqualTo("'status' of entry 1 of 'objectives'");
        assertThat(Sentences.field(List.of(Step.named("extensions"), Step.at("note"))))
                .isEqualTo("entry 'note' of 'extensions'");
        assertThat(Sentences.field(List.of())).isEmpty();
    }
}
