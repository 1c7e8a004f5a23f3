package org.childplan.cli.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * "Did you mean" for a name the user mistyped: the nearest few known names by edit distance, ignoring case.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /** The known names nearest {@code typed}, at most three, nearest first; none when nothing is near. */
    public static List<String> nearest(String typed, Collection<String> known) {
        String wanted = typed.toUpperCase(Locale.ROOT);
        int limit = Math.max(3, wanted.length() / 3);
        return known.stream()
                .distinct()
                .map(name -> new Scored(name, distance(wanted, name.toUpperCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::name)
                .toList();
    }

    /** {@code "; did you mean A, B?"}, or the empty string when nothing is near. */
    public static String didYouMean(String typed, Collection<String> known) {
        List<String> nearest = nearest(typed, known);
        return nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?";
    }

    private record Scored(String name, int distance) {
    }

    /** The Levenshtein distance between {@code a} and {@code b}, bounded by their lengths (ids are short). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
