package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.childplan.model.PlanPart;
import org.childplan.model.internal.validation.PathSteps.Step;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;

/** Every part of the plan has a name in sentences, so that a new part fails here until it is given one. */
class SubjectsTests {

    @Test
    void everyPartOfThePlanIsNamedInSentences() {
        List<String> unnamed = new ArrayList<>();
        for (PlanPart part : PlanPart.ofPlan()) {
            if (part.isList() && !Subjects.isList(part.name())) {
                unnamed.add(part + ": add it to IdList.ALL when its elements have ids, else to Subjects.OTHER_LISTS");
            } else if (!part.isList() && !Subjects.isSingle(part.name())) {
                unnamed.add(part + ": add what a sentence calls it to Subjects.SINGLE");
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void onlyPartsOfThePlanAreNamed() {
        assertThat(Subjects.isSingle("title")).isFalse();
        assertThat(Subjects.isList("includes")).isFalse();
        assertThat(Subjects.single("title")).isEqualTo(Subjects.PLAN);
    }

    @Test
    void aFieldOfASingleValuedPartIsNamedAfterThePart() {
        assertThat(Sentences.about(TestPlans.rich(), List.of(Step.named("monitoring"), Step.named("responsible")),
                "must be given")).isEqualTo("The monitoring section: 'responsible' must be given.");
        assertThat(Sentences.about(TestPlans.rich(), List.of(Step.named("resources"), Step.named("contributions"),
                Step.at(0), Step.named("body")), "must be given"))
                .isEqualTo("The resources section: 'body' of entry 1 of 'contributions' must be given.");
    }
}
