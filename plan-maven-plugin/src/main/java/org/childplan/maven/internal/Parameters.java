package org.childplan.maven.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.reports.ReportWriters;
import org.childplan.reports.spi.ReportWriter;
import org.childplan.rules.FailLevel;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;

/**
 * Reads the plugin's text parameters into their types, with messages that name the parameter, its user property and
 * the values it takes.
 *
 * <p>Parsing is done here rather than by Maven's converters so that values are case-insensitive and a wrong value is
 * reported in the plugin's words, not as a Plexus configuration error.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Parameters {

    private Parameters() {
    }

    /**
     * The fail level named by {@code value} ({@code error}, {@code warning}, {@code info} or {@code never}, in any
     * case).
     *
     * @throws IllegalArgumentException when {@code value} names no fail level
     */
    public static FailLevel failLevel(String value) {
        String name = normalise(value);
        return Arrays.stream(FailLevel.values())
                .filter(level -> level.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("failOn (childplan.failOn) is '" + value
                        + "'; expected one of " + lowerCaseNames(FailLevel.values())));
    }

    /**
     * The jurisdiction named by {@code value} ({@code scotland}, {@code northern-ireland}, ... in any case), or empty
     * when {@code value} is null or blank, meaning each plan's own.
     *
     * @throws IllegalArgumentException when {@code value} names no jurisdiction
     */
    public static Optional<Jurisdiction> jurisdiction(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = normalise(value);
        return Optional.of(Arrays.stream(Jurisdiction.values())
                .filter(jurisdiction -> jurisdiction.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("jurisdiction (childplan.jurisdiction) is '" + value
                        + "'; expected one of " + lowerCaseNames(Jurisdiction.values())
                        + ", or nothing to judge each plan by its own")));
    }

    /**
     * The date named by {@code value} in ISO form ({@code 2024-04-01}), or empty when {@code value} is null or blank,
     * meaning the start of each plan's period.
     *
     * @throws IllegalArgumentException when {@code value} is not an ISO date that exists
     */
    public static Optional<LocalDate> asOf(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf (childplan.asOf) is '" + value
                    + "'; expected a date that exists, in ISO form YYYY-MM-DD, for example 2024-04-01");
        }
    }

    /**
     * The rule packs in {@code locations} (jars or folders of compiled classes), each resolved against
     * {@code baseDirectory}; none for {@code null} or an empty list.
     *
     * @throws InvalidRulePackException when a location is missing, is not a jar or a folder, holds no pack, or holds a
     *     pack that cannot be used (no rules, a rule's metadata missing or wrong, two rules with one id); the message
     *     names the location
     */
    public static List<RulePack> packs(List<java.io.File> locations, Path baseDirectory) {
        if (locations == null || locations.isEmpty()) {
            return List.of();
        }
        return RulePacks.load(locations.stream().map(location -> baseDirectory.resolve(location.toPath())).toList());
    }

    /**
     * The build's failure message for a rule pack that cannot be used: it names where the pack was configured (the
     * {@code packs} parameter, or a dependency of the plugin), its location and the reason.
     *
     * @param problem what is wrong with the pack
     * @param inPacksParameter whether the pack was named in {@code packs} rather than added as a dependency
     */
    public static String packFailure(InvalidRulePackException problem, boolean inPacksParameter) {
        String where = inPacksParameter ? "a rule pack in packs (childplan.packs)"
                : "a rule pack on the plugin's class path (a <dependency> of the plugin)";
        return "childplan: " + where + " cannot be used: " + problem.getMessage();
    }

    /** The report formats written when none is configured: one for programs, CI servers, code scanning and people. */
    public static final List<String> DEFAULT_FORMATS = List.of("json", "sarif", "junit", "html");

    /**
     * The report writers named by {@code values}: the names of the writers {@link ReportWriters} finds ({@code json},
     * {@code sarif}, {@code junit}, {@code markdown}, {@code html}, {@code github}, {@code gitlab}, {@code text} and
     * any of one's own), in any case, in the order first given and without repeats; each value may hold several names
     * separated by commas, as a user property does ({@code -Dchildplan.formats=json,sarif}).
     *
     * @param values the names given, or {@code null} for {@link #DEFAULT_FORMATS}
     * @throws IllegalArgumentException when a name is not the name of a writer; the message lists the names
     */
    public static List<ReportWriter> formats(Collection<String> values) {
        List<String> names = values == null ? List.of() : values.stream()
                .filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        Map<String, ReportWriter> formats = new LinkedHashMap<>();
        for (String name : names.isEmpty() ? DEFAULT_FORMATS : names) {
            try {
                ReportWriter writer = ReportWriters.named(name);
                formats.putIfAbsent(writer.name(), writer);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("formats (childplan.formats) names '" + name + "'; expected one of "
                        + String.join(", ", ReportWriters.names()), e);
            }
        }
        return List.copyOf(formats.values());
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    private static String lowerCaseNames(Enum<?>[] constants) {
        return Arrays.stream(constants)
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }
}
