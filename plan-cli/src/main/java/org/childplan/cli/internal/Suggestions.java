package org.childplan.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * "Did you mean" for a name the user mistyped or left unfinished: the known names that start with it, then those that
 * contain it, then the nearest by edit distance, ignoring case; for a glob ({@code *}, {@code ?}), the globs whose
 * text before the first wildcard begins a known name and is near the one typed.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 5;

    /** Text shorter than this is too common a part of names to suggest those that merely contain it. */
    private static final int MIN_CONTAINED = 3;

    private Suggestions() {
    }

    /**
     * The known names {@code typed} most likely meant, at most five, likeliest first; none when nothing is near.
     *
     * <p>Names that start with {@code typed} come first (shortest first), then names that contain it, then names
     * within a few edits of it (nearest first). For a glob, the suggestions are globs that match: {@code typed} with
     * its text before the first wildcard replaced by the beginnings of known names nearest it, within a few edits.
     */
    public static List<String> nearest(String typed, Collection<String> known) {
        String wanted = typed.strip().toUpperCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (isGlob(wanted)) {
            return nearestGlobs(typed.strip(), known);
        }
        Set<String> suggestions = new LinkedHashSet<>();
        List<String> names = known.stream().distinct().sorted().toList();
        names.stream()
                .filter(name -> name.toUpperCase(Locale.ROOT).startsWith(wanted))
                .sorted(Comparator.comparingInt(String::length))
                .forEach(suggestions::add);
        if (wanted.length() >= MIN_CONTAINED) {
            names.stream()
                    .filter(name -> name.toUpperCase(Locale.ROOT).contains(wanted))
                    .sorted(Comparator.comparingInt(String::length))
                    .forEach(suggestions::add);
        }
        int limit = Math.max(3, wanted.length() / 3);
        names.stream()
                .map(name -> new Scored(name, distance(wanted, name.toUpperCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name)
                .forEach(suggestions::add);
        return suggestions.stream().limit(MAX_SUGGESTIONS).toList();
    }

    /** {@code "; did you mean A, B?"}, or the empty string when nothing is near. */
    public static String didYouMean(String typed, Collection<String> known) {
        List<String> nearest = nearest(typed, known);
        return nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?";
    }

    /** Whether {@code text} is a glob: it holds {@code *} or {@code ?}. */
    public static boolean isGlob(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    /** The names of {@code known} that the glob {@code glob} matches ({@code *} any characters, {@code ?} one; case ignored). */
    public static List<String> matching(String glob, Collection<String> known) {
        Pattern pattern = globPattern(glob.strip());
        return known.stream().distinct().filter(name -> pattern.matcher(name).matches()).toList();
    }

    /** Whether the glob {@code glob} matches {@code name} ({@code *} any characters, {@code ?} one; case ignored). */
    public static boolean globMatches(String glob, String name) {
        return globPattern(glob).matcher(name).matches();
    }

    private static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Globs like {@code glob} that match some name: its text before the first wildcard replaced by a beginning of a
     * known name of the same length within a few edits of it ({@code SCO-CYPSA-S9-*} to {@code SCO-CYPSA-S8-*}).
     */
    private static List<String> nearestGlobs(String glob, Collection<String> known) {
        int wildcard = firstWildcard(glob);
        String literal = glob.substring(0, wildcard).toUpperCase(Locale.ROOT);
        String rest = glob.substring(wildcard);
        if (literal.isEmpty()) {
            return List.of();
        }
        int limit = Math.max(1, literal.length() / 4);
        List<Scored> scored = new ArrayList<>();
        known.stream()
                .filter(name -> name.length() >= literal.length())
                .map(name -> name.substring(0, literal.length()))
                .distinct()
                .forEach(start -> scored.add(new Scored(start, distance(literal, start.toUpperCase(Locale.ROOT)))));
        List<Scored> near = scored.stream()
                .filter(candidate -> candidate.distance() <= limit)
                .filter(candidate -> !matching(candidate.name() + rest, known).isEmpty())
                .toList();
        int nearest = near.stream().mapToInt(Scored::distance).min().orElse(0);
        return near.stream()
                .filter(candidate -> candidate.distance() == nearest)
                .map(candidate -> candidate.name() + rest)
                .sorted()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static int firstWildcard(String glob) {
        int star = glob.indexOf('*');
        int question = glob.indexOf('?');
        return star < 0 ? question : question < 0 ? star : Math.min(star, question);
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
