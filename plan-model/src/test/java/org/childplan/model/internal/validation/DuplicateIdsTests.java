package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.childplan.model.Body;
import org.childplan.model.BodyType;
import org.childplan.model.Plan;
import org.childplan.model.PlanBuilder;
import org.childplan.model.PlanRole;
import org.childplan.model.Service;
import org.childplan.model.ServiceKind;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;

class DuplicateIdsTests {

    @Test
    void aPlanWhoseIdsAreAllDifferentHasNoDuplicates() {
        assertThat(DuplicateIds.in(TestPlans.rich())).isEmpty();
        assertThat(DuplicateIds.in(TestPlans.minimal())).isEmpty();
    }

    @Test
    void eachRepeatedUseIsFoundWithTheFirstUse() {
        Plan plan = PlanBuilder.builder(TestPlans.rich())
                .bodies(List.of(body("moray-council"), body("nhs-grampian"), body("moray-council"),
                        body("moray-council")))
                .build();

        assertThat(DuplicateIds.in(plan)).containsExactly(
                new DuplicateIds.Duplicate(IdList.BODIES, 2, 0, "moray-council"),
                new DuplicateIds.Duplicate(IdList.BODIES, 3, 0, "moray-council"));
    }

    @Test
    void idsAreUniqueWithinEachListNotAcrossLists() {
        Plan plan = PlanBuilder.builder(TestPlans.rich())
                .bodies(List.of(body("youth-work")))
                .services(List.of(new Service("youth-work", "Youth work", ServiceKind.CHILDRENS_SERVICE, null, null,
                        List.of(), null, Map.of())))
                .build();

        assertThat(DuplicateIds.in(plan)).isEmpty();
    }

    @Test
    void idsDifferingOnlyInCaseAreDifferentIds() {
        Plan plan = PlanBuilder.builder(TestPlans.rich()).bodies(List.of(body("NHS-Grampian"), body("nhs-grampian")))
                .build();

        assertThat(DuplicateIds.in(plan)).isEmpty();
    }

    @Test
    void missingBlankAndNullElementsAreLeftToTheirOwnConstraints() {
        Plan plan = PlanBuilder.builder(TestPlans.rich())
                .bodies(Arrays.asList(body(null), body(null), body(" "), body(" "), null, null))
                .build();

        assertThat(DuplicateIds.in(plan)).isEmpty();
    }

    @Test
    void everyListWithIdsIsChecked() {
        Plan rich = TestPlans.rich();
        Plan plan = PlanBuilder.builder(rich)
                .bodies(TestPlans.append(rich.bodies(), rich.bodies().get(0)))
                .priorities(TestPlans.append(rich.priorities(), rich.priorities().get(1)))
                .outcomes(TestPlans.append(rich.outcomes(), rich.outcomes().get(0)))
                .actions(TestPlans.append(rich.actions(), rich.actions().get(2)))
                .measures(TestPlans.append(rich.measures(), rich.measures().get(0)))
                .services(TestPlans.append(rich.services(), rich.services().get(1)))
                .consultations(TestPlans.append(rich.consultations(), rich.consultations().get(0)))
                .build();

        assertThat(DuplicateIds.in(plan)).extracting(duplicate -> duplicate.list().property()).containsExactly(
                "bodies", "priorities", "outcomes", "actions", "measures", "services", "consultations");
    }

    private static Body body(String id) {
        return new Body(id, "Body " + id, BodyType.OTHER, PlanRole.PARTNER);
    }
}
