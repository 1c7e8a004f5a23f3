package org.childplan.model.internal.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The ids a mistyped reference may have meant, found with bounded work so that a document made of long or many dangling
 * references costs time in proportion to its size, not to the product of its references and ids.
 *
 * <p>Three bounds keep each look-up to a constant: a reference longer than {@value #MAX_LENGTH} characters is no slip
 * and gets no suggestion; only ids whose length is within the allowed number of edits are compared, at most
 * {@value #MAX_CANDIDATES} of them; and the edit distance is computed only up to the allowed number of edits, giving up
 * as soon as it is exceeded.
 */
public final class Suggestions {

    /** The longest text a suggestion is looked for; longer text is not a slip of the keyboard. */
    public static final int MAX_LENGTH = 64;

    /** The most ids compared with one reference. */
    public static final int MAX_CANDIDATES = 256;

    /** Ids by their length, each length's ids in order, as written and in lower case. */
    private final TreeMap<Integer, List<String[]>> byLength = new TreeMap<>();

    private Suggestions(Collection<String> ids) {
        ids.stream()
                .filter(id -> id != null && !id.isBlank() && id.length() <= MAX_LENGTH + MAX_LENGTH / 3)
                .distinct()
                .sorted()
                .forEach(id -> byLength.computeIfAbsent(id.length(), length -> new ArrayList<>())
                        .add(new String[] {id, id.toLowerCase(Locale.ROOT)}));
    }

    /** Suggestions among {@code ids}. */
    public static Suggestions among(Collection<String> ids) {
        return new Suggestions(ids);
    }

    /**
     * The id closest to {@code wanted}, ignoring case, when it is close enough to be a likely slip: at most two edits, or
     * a third of the length for long ids, and fewer edits than {@code wanted} has characters.
     */
    public Optional<String> closest(String wanted) {
        if (wanted.isEmpty() || wanted.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        int allowed = Math.min(Math.max(2, lower.length() / 3), lower.length() - 1);
        LevenshteinDistance bounded = new LevenshteinDistance(allowed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int compared = 0;
        for (List<String[]> sameLength
                : byLength.subMap(lower.length() - allowed, true, lower.length() + allowed, true).values()) {
            for (String[] id : sameLength) {
                if (compared++ >= MAX_CANDIDATES) {
                    return Optional.ofNullable(best);
                }
                int distance = bounded.apply(lower, id[1]);
                if (distance >= 0 && (distance < bestDistance
                        || distance == bestDistance && Comparator.<String>naturalOrder().compare(id[0], best) < 0)) {
                    best = id[0];
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
