package org.childplan.model.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childplan.model.Plan;

/** Finds ids used more than once within one of a plan's lists. */
public final class DuplicateIds {

    /**
     * An id used again.
     *
     * @param list the list it is used in
     * @param index the position of the repeated use
     * @param firstIndex the position of the first use
     * @param id the id
     */
    public record Duplicate(IdList<?> list, int index, int firstIndex, String id) {
    }

    private DuplicateIds() {
    }

    /** Every repeated use of an id in {@code plan}, list by list and in list order; missing and blank ids are skipped. */
    public static List<Duplicate> in(Plan plan) {
        List<Duplicate> duplicates = new ArrayList<>();
        for (IdList<?> list : IdList.ALL) {
            Map<String, Integer> firstUse = new HashMap<>();
            int size = list.elements().apply(plan).size();
            for (int index = 0; index < size; index++) {
                String id = list.idAt(plan, index);
                if (id == null || id.isBlank()) {
                    continue;
                }
                Integer first = firstUse.putIfAbsent(id, index);
                if (first != null) {
                    duplicates.add(new Duplicate(list, index, first, id));
                }
            }
        }
        return duplicates;
    }
}
