package org.childplan.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive, null-tolerant copies for the model's records. */
public final class Copies {

    private Copies() {
    }

    /**
     * An unmodifiable copy of {@code list}, empty when {@code list} is null.
     *
     * <p>A list without null elements is copied by {@link List#copyOf}, whose lists of one or two elements hold them in
     * the list object itself: a plan's many short lists of ids then take one object each instead of three, which a check
     * walking a plan too large for the processor's caches pays for on every object. A list with null elements keeps
     * them, unlike {@link List#copyOf}, so that validation can report them by position instead of the constructor
     * failing without saying where.
     */
    public static <T> List<T> list(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        for (T element : list) {
            if (element == null) {
                return Collections.unmodifiableList(new ArrayList<>(list));
            }
        }
        return List.copyOf(list);
    }

    /** An unmodifiable copy of {@code map} in its iteration order, empty when {@code map} is null. */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
