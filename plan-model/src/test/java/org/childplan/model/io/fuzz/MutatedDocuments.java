package org.childplan.model.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Documents made from real plans by hostile edits, for property tests of the readers: bytes flipped, control characters
 * and unpaired surrogates inserted, dates pushed to the ends of Java's range, lists nested hundreds deep, numbers
 * thousands of digits long, YAML tags, anchors, aliases and second documents spliced in, slices cut or repeated.
 *
 * <p>Every document comes from a seeded {@link Random}, so that a failing try can be replayed from its seed and number.
 */
public final class MutatedDocuments {

    /** The seed of the tries, fixed so that every build runs the same documents. */
    public static final long SEED = 0x5EED_C41DL;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("(?<=[: \\[,-])\\d+(?=[\\s,\\]}])");

    private static final String[] EXTREME_DATES = {"+999999999-12-31", "-999999999-01-01", "-2023-04-01",
        "0000-01-01", "1899-12-31", "1900-01-01", "2200-12-31", "2201-01-01", "9999-12-31", "2023-02-29",
        "2024-02-29", "2023-13-01", "+10000-01-01", "'+999999999-12-31'", "\"-2023-04-01\""};

    private static final String[] HUGE_NUMBERS = {"1e999999", "-1e-999999", "0x7fffffffffffffff", "-0.0", ".nan",
        ".inf", "-.inf", "1_000_000", "0o777", "+12", "1.7976931348623157E309"};

    private static final String[] SPLICES = {"\u0000", "\u0007", "\t", "\r", "\u001b", "\u0085", "\u2028", "\u2029",
        "\uFEFF", "\uFFFE", "\uD800", "\uDC00", "\\ud800", "\\udc00", "\\u0000", "&a ", "*a", "*missing",
        "<<: *a\n", "!!python/object/apply:os.system [\"id\"] ", "!!java.util.HashMap {} ", "!foo ", "!!binary ",
        "!!str ", "!!int ", "---\n", "...\n", "? ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "{", "}", "[", "]",
        ": ", "- ", "#", "\"", "'", "|\n", ">-\n", "\\", "\n  - x\n", "\ud83d\ude00", "null", "~", ",", "\n---\n{}\n"};

    private final Random random;
    private final List<byte[]> seeds;

    private MutatedDocuments(Random random, List<byte[]> seeds) {
        this.random = random;
        this.seeds = seeds;
    }

    /** Mutations of {@code seeds}, drawn from {@code random}. */
    public static MutatedDocuments of(Random random, List<String> seeds) {
        return new MutatedDocuments(random,
                seeds.stream().map(seed -> seed.getBytes(StandardCharsets.UTF_8)).toList());
    }

    /**
     * The bundled example plans of {@code plan-examples}, read from the source tree beside {@code moduleDirectory}, or
     * none when they are not there (a build of one module on its own).
     */
    public static List<String> examplePlans(Path moduleDirectory) {
        Path examples = moduleDirectory.toAbsolutePath().getParent()
                .resolve("plan-examples/src/main/resources/org/childplan/examples");
        if (!Files.isDirectory(examples)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(examples)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(MutatedDocuments::readString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next document: a seed with one to four hostile edits. */
    public byte[] next() {
        byte[] document = seeds.get(random.nextInt(seeds.size()));
        int edits = 1 + random.nextInt(4);
        for (int edit = 0; edit < edits; edit++) {
            document = mutate(document);
        }
        return document;
    }

    private byte[] mutate(byte[] document) {
        return switch (random.nextInt(9)) {
            case 0 -> flipBytes(document);
            case 1 -> insert(document, pick(SPLICES).getBytes(StandardCharsets.UTF_8));
            case 2 -> replaceText(document, DATE, pick(EXTREME_DATES));
            case 3 -> replaceText(document, NUMBER, random.nextBoolean()
                    ? "9".repeat(1 + random.nextInt(5_000)) : pick(HUGE_NUMBERS));
            case 4 -> insert(document, nesting().getBytes(StandardCharsets.UTF_8));
            case 5 -> cut(document);
            case 6 -> repeat(document);
            case 7 -> insert(document, new byte[] {(byte) random.nextInt(256)});
            default -> insert(document, ("\nx" + random.nextInt(10) + ": " + pick(SPLICES) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        };
    }

    private byte[] flipBytes(byte[] document) {
        if (document.length == 0) {
            return document;
        }
        byte[] flipped = document.clone();
        int flips = 1 + random.nextInt(8);
        for (int flip = 0; flip < flips; flip++) {
            int at = random.nextInt(flipped.length);
            flipped[at] = (byte) (flipped[at] ^ (1 << random.nextInt(8)));
        }
        return flipped;
    }

    private String nesting() {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 80 : 400);
        String open = random.nextBoolean() ? "[" : "{a: ";
        String close = open.equals("[") ? "]" : "}";
        return "\nnested: " + open.repeat(depth) + "1" + close.repeat(depth) + "\n";
    }

    private byte[] insert(byte[] document, byte[] insertion) {
        int at = random.nextInt(document.length + 1);
        byte[] result = new byte[document.length + insertion.length];
        System.arraycopy(document, 0, result, 0, at);
        System.arraycopy(insertion, 0, result, at, insertion.length);
        System.arraycopy(document, at, result, at + insertion.length, document.length - at);
        return result;
    }

    private byte[] replaceText(byte[] document, Pattern pattern, String replacement) {
        String text = new String(document, StandardCharsets.UTF_8);
        Matcher matcher = pattern.matcher(text);
        List<int[]> matches = new ArrayList<>();
        while (matcher.find()) {
            matches.add(new int[] {matcher.start(), matcher.end()});
        }
        if (matches.isEmpty()) {
            return insert(document, replacement.getBytes(StandardCharsets.UTF_8));
        }
        int[] match = matches.get(random.nextInt(matches.size()));
        return (text.substring(0, match[0]) + replacement + text.substring(match[1])).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] cut(byte[] document) {
        if (document.length < 2) {
            return document;
        }
        int from = random.nextInt(document.length);
        int to = Math.min(document.length, from + 1 + random.nextInt(Math.max(1, document.length / 4)));
        byte[] result = new byte[document.length - (to - from)];
        System.arraycopy(document, 0, result, 0, from);
        System.arraycopy(document, to, result, from, document.length - to);
        return result;
    }

    private byte[] repeat(byte[] document) {
        if (document.length < 2) {
            return document;
        }
        int from = random.nextInt(document.length);
        int to = Math.min(document.length, from + 1 + random.nextInt(200));
        return insert(document, Arrays.copyOfRange(document, from, to));
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
