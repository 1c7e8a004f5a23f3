package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.childplan.model.Action;
import org.childplan.model.ActionBuilder;
import org.childplan.model.Body;
import org.childplan.model.BodyType;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanRole;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Suggestions for dangling references cost bounded work, however long or many the references are. */
class SuggestionsTests {

    @Test
    void textLongerThanTheCutOffGetsNoSuggestionEvenWhenOneEditAway() {
        String id = "b".repeat(Suggestions.MAX_LENGTH);

        assertThat(Suggestions.among(List.of(id)).closest(id + "x")).isEmpty();
        assertThat(Suggestions.among(List.of(id)).closest(id.substring(1) + "x")).contains(id);
    }

    @Test
    void onlyIdsOfAReachableLengthAreCompared() {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, 10_000).forEach(index -> ids.add("far-away-body-with-a-long-id-" + index));
        ids.add("nhs-grampian");

        assertThat(Suggestions.among(ids).closest("nhs-grampin")).contains("nhs-grampian");
    }

    @Test
    void atMostTheCandidateCapOfIdsIsComparedWithOneReference() {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, Suggestions.MAX_CANDIDATES).forEach(index -> ids.add(String.format("a%05d", index)));
        ids.add("zz-abc");

        assertThat(Suggestions.among(ids).closest("zz-abd")).isEmpty();
        assertThat(Suggestions.among(ids.subList(1, ids.size())).closest("zz-abd")).contains("zz-abc");
    }

    @Test
    void tiesGoToTheFirstIdInOrder() {
        assertThat(Suggestions.among(List.of("p2", "p1")).closest("p3")).contains("p1");
    }

    @Test
    @Timeout(60)
    void aPlanWithOneVeryLongDanglingReferenceAmongManyBodiesIsValidatedQuickly() {
        Plan rich = TestPlans.rich();
        List<Body> bodies = new ArrayList<>(rich.bodies());
        IntStream.range(0, 5_000).forEach(index -> bodies.add(
                new Body("body-" + index, "Body " + index, BodyType.OTHER, PlanRole.PARTNER)));
        String longReference = "x".repeat(400_000);
        Action action = ActionBuilder.builder(rich.actions().get(0)).lead(longReference).build();
        Plan plan = PlanBuilder.builder(rich).bodies(bodies)
                .actions(TestPlans.replace(rich.actions(), 0, action)).build();

        List<PlanViolation> violations = PlanValidator.create().validate(plan);

        assertThat(violations).extracting(PlanViolation::pointer).containsExactly("/actions/0/lead");
        assertThat(violations.get(0).message()).doesNotContain("Did you mean");
    }

    @Test
    @Timeout(60)
    void twentyThousandDanglingReferencesAreEachReportedAndTheFirstOnesGetSuggestions() {
        Plan rich = TestPlans.rich();
        List<Body> bodies = new ArrayList<>(rich.bodies());
        IntStream.range(0, 20_000).forEach(index -> bodies.add(
                new Body("body-" + index, "Body " + index, BodyType.OTHER, PlanRole.PARTNER)));
        Action first = rich.actions().get(0);
        List<Action> actions = new ArrayList<>();
        IntStream.range(0, 20_000).forEach(index -> actions.add(ActionBuilder.builder(first)
                .id("a-" + index).lead("bodyx" + index).measures(List.of()).partners(List.of()).build()));
        Plan plan = PlanBuilder.builder(rich).bodies(bodies).actions(actions).build();

        List<PlanReferences.Dangling> dangling = PlanReferences.dangling(plan);

        assertThat(dangling).hasSize(20_000);
        assertThat(dangling.get(0).suggestion()).isEqualTo("body-0");
        assertThat(dangling.get(PlanReferences.MAX_SUGGESTED).suggestion()).isNull();
    }
}
