package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.childplan.model.PlanPart;
import org.childplan.model.validation.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * The lists whose ids must be unique and may be referred to are exactly the plan's list parts whose elements have an
 * id, so that a new such part fails here until it is added to {@link IdList#ALL}.
 */
class IdListTests {

    private static boolean hasId(Class<?> type) {
        return type.isRecord() && Arrays.stream(type.getRecordComponents())
                .anyMatch(component -> component.getName().equals("id") && component.getType() == String.class);
    }

    @Test
    void everyListPartOfThePlanWhoseElementsHaveIdsIsAnIdListAndNoOtherIs() {
        List<String> wrong = new ArrayList<>();
        for (PlanPart part : PlanPart.ofPlan()) {
            boolean listed = IdList.named(part.name()).isPresent();
            if (part.isList() && hasId(part.elementType()) && !listed) {
                wrong.add(part + ": its elements have ids; add it to IdList.ALL");
            } else if (listed && !(part.isList() && hasId(part.elementType()))) {
                wrong.add(part + ": is in IdList.ALL but holds no elements with ids");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(IdList.ALL).allSatisfy(list -> assertThat(PlanPart.ofPlan())
                .as("IdList.%s names a part of the plan", list.property())
                .anySatisfy(part -> assertThat(part.name()).isEqualTo(list.property())));
    }

    @Test
    void anIdListReadsTheIdsAndNamesOfItsPartsElements() {
        assertThat(IdList.ACTIONS.idAt(TestPlans.rich(), 2)).isEqualTo("a-3");
        assertThat(IdList.ACTIONS.idAt(TestPlans.rich(), 99)).isNull();
        assertThat(IdList.OUTCOMES.nameAt(TestPlans.rich(), 0)).isNull();
    }
}
