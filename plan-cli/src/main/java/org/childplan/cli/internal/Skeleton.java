package org.childplan.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;

/**
 * The skeleton plans {@code childplan init} writes: one commented YAML template for each jurisdiction and kind of
 * document it knows, with its dates filled in from the start of the plan's period.
 *
 * <p>A template names each date by a placeholder such as <code>{{start}}</code>; {@link #render(LocalDate)} replaces
 * every one, and fails on a placeholder it does not know, so that no template can leave one in the plan it writes.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum Skeleton {

    /** A children's services plan under Part 3 of the Children and Young People (Scotland) Act 2014. */
    SCOTLAND_CHILDRENS_SERVICES_PLAN(Jurisdiction.SCOTLAND, DocumentKind.CHILDRENS_SERVICES_PLAN, 3, 2017),
    /** A Children and Young People's Plan in England, which no statute has required since 2011. */
    ENGLAND_CHILDREN_AND_YOUNG_PEOPLES_PLAN(Jurisdiction.ENGLAND, DocumentKind.CHILDREN_AND_YOUNG_PEOPLES_PLAN, 3, 0),
    /** An area plan under s14A of the Social Services and Well-being (Wales) Act 2014, after each population assessment. */
    WALES_AREA_PLAN(Jurisdiction.WALES, DocumentKind.AREA_PLAN, 5, 2018),
    /** A children and young people's plan under the Children's Services Co-operation Act (Northern Ireland) 2015. */
    NORTHERN_IRELAND_CHILDREN_AND_YOUNG_PEOPLES_PLAN(Jurisdiction.NORTHERN_IRELAND,
            DocumentKind.CHILDREN_AND_YOUNG_PEOPLES_PLAN, 3, 0);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)}}");
    private static final String READ_BY = "#   Read by:";
    private static final String NOT_MET = "# Not met as written";
    private static final Pattern KEY = Pattern.compile("^(?:# )?([a-zA-Z]+):.*");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+");

    private final Jurisdiction jurisdiction;
    private final DocumentKind kind;
    private final int years;
    private final int firstYear;

    Skeleton(Jurisdiction jurisdiction, DocumentKind kind, int years, int firstYear) {
        this.jurisdiction = jurisdiction;
        this.kind = kind;
        this.years = years;
        this.firstYear = firstYear;
    }

    /** The skeleton for {@code jurisdiction} and {@code kind}, if there is one. */
    public static Optional<Skeleton> of(Jurisdiction jurisdiction, DocumentKind kind) {
        return Arrays.stream(values()).filter(skeleton -> skeleton.jurisdiction == jurisdiction && skeleton.kind == kind)
                .findFirst();
    }

    /** The skeletons as errors list them: {@code --jurisdiction scotland --kind childrens_services_plan; ...}. */
    public static String listed() {
        return Arrays.stream(values())
                .map(skeleton -> "--jurisdiction " + skeleton.jurisdiction.name().toLowerCase(Locale.ROOT) + " --kind "
                        + skeleton.kind.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("; "));
    }

    /** The jurisdiction of the plans this skeleton starts. */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** The kind of document this skeleton starts. */
    public DocumentKind kind() {
        return kind;
    }

    /** The name of the template, a resource beside this class's package: {@code scotland-childrens-services-plan.yaml}. */
    public String resourceName() {
        return jurisdiction.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".yaml";
    }

    /** The template as written, placeholders and all. */
    public String template() {
        try (InputStream in = Skeleton.class.getResourceAsStream("/org/childplan/cli/skeletons/" + resourceName())) {
            if (in == null) {
                throw new IllegalStateException("no template " + resourceName() + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first day a plan begun on {@code today} would start: the first 1 April on or after it, and for a period fixed
     * by law (Scotland's every three years from 2017) the first start of such a period.
     */
    public LocalDate defaultStart(LocalDate today) {
        LocalDate start = LocalDate.of(today.getYear(), Month.APRIL, 1);
        if (start.isBefore(today)) {
            start = start.plusYears(1);
        }
        while (firstYear != 0 && Math.floorMod(start.getYear() - firstYear, years) != 0) {
            start = start.plusYears(1);
        }
        return start;
    }

    /** The dates of a plan whose period starts on {@code start}, by placeholder name. */
    public Map<String, String> dates(LocalDate start) {
        Map<String, String> dates = new LinkedHashMap<>();
        dates.put("start", start.toString());
        dates.put("end", start.plusYears(years).minusDays(1).toString());
        dates.put("assessed", YearMonth.from(start.minusMonths(6)).toString());
        dates.put("assessed-day", start.minusMonths(6).toString());
        dates.put("consulted-from", start.minusMonths(7).toString());
        dates.put("consulted-to", start.minusMonths(4).toString());
        dates.put("approved", start.minusMonths(1).toString());
        dates.put("published", start.minusDays(1).toString());
        dates.put("first-year-end", start.plusYears(1).minusDays(1).toString());
        dates.put("first-report", start.plusYears(1).plusMonths(2).toString());
        // The first financial year of the period, as 2026-27.
        dates.put("first-year", start.getYear() + "-" + String.format(Locale.ROOT, "%02d", (start.getYear() + 1) % 100));
        return dates;
    }

    /**
     * The skeleton plan for a period that starts on {@code start}.
     *
     * @throws IllegalStateException when the template has a placeholder this class does not know
     */
    public String render(LocalDate start) {
        Map<String, String> dates = dates(start);
        Matcher matcher = PLACEHOLDER.matcher(template());
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = dates.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(resourceName() + ": unknown placeholder " + matcher.group());
            }
            matcher.appendReplacement(text, value);
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /**
     * The rule ids {@code template}'s comments name, by the top-level part they stand above: each part's comment ends
     * in {@code #   Read by: ID, ID} (continued on lines that start {@code #   }), and the part follows, written out
     * or, for a part not yet due, commented out as {@code # part:}.
     *
     * @throws IllegalStateException when a "Read by" comment stands above no part
     */
    public static Map<String, Set<String>> readBy(String template) {
        Map<String, Set<String>> readBy = new LinkedHashMap<>();
        Set<String> pending = new LinkedHashSet<>();
        boolean inReadBy = false;
        for (String line : template.split("\n")) {
            if (line.startsWith(READ_BY)) {
                inReadBy = true;
                addIds(line.substring(READ_BY.length()), pending);
                continue;
            }
            if (inReadBy && line.startsWith("#   ")) {
                addIds(line, pending);
                continue;
            }
            inReadBy = false;
            Matcher key = KEY.matcher(line);
            if (key.matches() && !pending.isEmpty()) {
                readBy.put(key.group(1), Set.copyOf(pending));
                pending = new LinkedHashSet<>();
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("'Read by' names " + pending + " above no part");
        }
        return readBy;
    }

    /**
     * The rules {@code template}'s comment {@code # Not met as written ...: ID, ID.} names (continued on lines that
     * start {@code #   }).
     */
    public static Set<String> notMetAsWritten(String template) {
        Set<String> ids = new TreeSet<>();
        boolean in = false;
        for (String line : template.split("\n")) {
            if (line.startsWith(NOT_MET)) {
                in = true;
                addIds(line.substring(line.indexOf(':') + 1), ids);
            } else if (in && line.startsWith("#   ")) {
                addIds(line, ids);
            } else {
                in = false;
            }
        }
        return ids;
    }

    /**
     * The top-level part {@code name} of the skeleton for a period that starts on {@code start}, as YAML without its
     * comment; a part the skeleton leaves commented out (one not yet due) is given written out.
     */
    public Optional<String> part(String name, LocalDate start) {
        List<String> lines = new ArrayList<>();
        boolean commented = false;
        for (String line : render(start).split("\n")) {
            if (lines.isEmpty()) {
                if (line.startsWith(name + ":") || line.startsWith("# " + name + ":")) {
                    commented = line.startsWith("#");
                    lines.add(commented ? line.substring(2) : line);
                }
            } else if (commented ? line.startsWith("#  ") : line.startsWith(" ")) {
                lines.add(commented ? line.substring(2) : line);
            } else {
                break;
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines) + "\n");
    }

    private static void addIds(String text, Set<String> ids) {
        Matcher matcher = RULE_ID.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
    }
}
