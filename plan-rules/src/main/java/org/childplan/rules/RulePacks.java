package org.childplan.rules;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.internal.LoadedPack;
import org.childplan.rules.internal.PackContract;
import org.childplan.rules.internal.RuleIds;
import org.childplan.rules.spi.ReviewCriterion;
import org.childplan.rules.spi.RulePack;

/**
 * The rule packs on the class path and the catalogue of their rules.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RulePacks {

    private RulePacks() {
    }

    /**
     * Every rule pack found by {@link ServiceLoader}, ordered by id.
     *
     * @throws InvalidRulePackException when a pack on the class path cannot be instantiated or its classes cannot
     *     link, or one of its descriptive methods ({@link RulePack#id()}, {@link RulePack#title()},
     *     {@link RulePack#version()}, {@link RulePack#jurisdiction()}, {@link RulePack#rulePackage()},
     *     {@link RulePack#executableModelIndex()}, {@link RulePack#classLoader()}) returns {@code null} or a blank
     *     string or throws, or its id is not a short lower-case id; the message names the pack's class and the method
     */
    public static List<RulePack> available() {
        List<RulePack> packs;
        try {
            packs = StreamSupport.stream(
                    ServiceLoader.load(RulePack.class, RulePacks.class.getClassLoader()).spliterator(), false).toList();
        } catch (ServiceConfigurationError e) {
            throw new InvalidRulePackException(null, null, "a rule pack on the class path cannot be loaded: "
                    + providerProblem(e), e);
        } catch (LinkageError e) {
            throw new InvalidRulePackException(null, null, "a rule pack on the class path cannot be loaded: "
                    + PackContract.linkageProblem(e), e);
        }
        packs.forEach(pack -> PackContract.require(pack, null));
        return packs.stream().sorted(Comparator.comparing(RulePack::id)).toList();
    }

    /** What {@code error} says of a provider that cannot be loaded, with the cause when it adds to it. */
    private static String providerProblem(ServiceConfigurationError error) {
        Throwable cause = error.getCause();
        if (cause == null || cause instanceof ClassNotFoundException) {
            return error.getMessage();
        }
        return error.getMessage() + " (" + (cause instanceof LinkageError linkage
                ? PackContract.linkageProblem(linkage) : cause.toString()) + ")";
    }

    /**
     * The rule packs in {@code locations}, ordered by id: each location a jar, or a folder of compiled classes (such
     * as a pack's {@code target/classes}), that lists its packs in
     * {@code META-INF/services/org.childplan.rules.spi.RulePack} and holds their executable model, as a pack's build
     * writes it (a folder of DRL files alone is not a pack: its rules are compiled at build time).
     *
     * <p>Each location gets a class loader of its own whose parent is this library's, so that its rules see the
     * model and the authoring API. A pack whose classes are already on the class path is {@link #available()} and
     * needs no loading: its location lists no pack of its own. Apply the packs with
     * {@link PlanChecker.Builder#pack} beside those {@link #available()} finds.
     *
     * <p>Each pack's catalogue is read as it is loaded, so that a pack its build left unusable is refused here, before
     * any plan is read, rather than when a checker is built.
     *
     * @throws InvalidRulePackException when a location does not exist, is neither a jar nor a folder, cannot be
     *     opened, lists no rule pack, lists one that cannot be instantiated (the message gives the cause) or whose
     *     classes cannot link (the message names the class missing), or holds a pack one of whose descriptive methods
     *     returns {@code null} or a blank string or throws (the message names the method), whose id is not a short
     *     lower-case id (see {@link RulePack#id()}), whose id is already taken, that has no executable model or no
     *     rules (a DRL file that declares another package than {@link RulePack#rulePackage()}, or none), a rule whose
     *     metadata is missing or wrong, two rules with one id, or a rule whose id a pack on the class path or another
     *     pack loaded already uses; the message names the location, the pack and the reason (for a rule id, both packs)
     * @since 0.1
     */
    public static List<RulePack> load(List<Path> locations) {
        Objects.requireNonNull(locations, "locations");
        Map<String, String> taken = new HashMap<>();
        available().forEach(pack -> taken.put(pack.id(), "an available pack"));
        // Each loaded pack with its catalogue, read once: reading it instantiates the pack's whole model.
        Map<RulePack, List<RuleDescriptor>> loaded = new LinkedHashMap<>();
        for (Path location : locations) {
            for (RulePack pack : loadOne(location)) {
                String other = taken.putIfAbsent(pack.id(), location.toString());
                if (other != null) {
                    throw invalid(location, "the rule pack '" + pack.id() + "' has the id of " + other
                            + "; a pack's id must be its own");
                }
                try {
                    loaded.put(pack, LoadedPack.catalogue(pack));
                } catch (InvalidRulePackException e) {
                    throw new InvalidRulePackException(location.toString(), pack.id(), e.reason(), e.getCause());
                }
            }
        }
        if (!loaded.isEmpty()) {
            requireUniqueRuleIds(loaded, taken);
        }
        return loaded.keySet().stream().sorted(Comparator.comparing(RulePack::id)).toList();
    }

    /**
     * Refuses a pack of {@code loaded} (each with its catalogue) with a rule whose id a pack on the class path, or
     * another pack loaded, already uses; {@code locations} gives each loaded pack's location by id.
     */
    private static void requireUniqueRuleIds(Map<RulePack, List<RuleDescriptor>> loaded, Map<String, String> locations) {
        Map<String, String> owners = new HashMap<>();
        for (RulePack pack : available()) {
            catalogue(pack).forEach(rule -> owners.putIfAbsent(rule.id(), "'" + pack.id() + "' (on the class path)"));
        }
        for (Map.Entry<RulePack, List<RuleDescriptor>> entry : loaded.entrySet()) {
            RulePack pack = entry.getKey();
            String location = locations.get(pack.id());
            String name = "'" + pack.id() + "' (" + location + ")";
            for (RuleDescriptor rule : entry.getValue()) {
                String owner = owners.putIfAbsent(rule.id(), name);
                if (owner != null && !owner.equals(name)) {
                    throw new InvalidRulePackException(location, pack.id(),
                            RuleIds.message("'" + pack.id() + "'", rule.id(), owner), null);
                }
            }
        }
    }

    private static List<RulePack> loadOne(Path location) {
        Objects.requireNonNull(location, "location");
        if (!Files.exists(location)) {
            throw invalid(location, "no such jar or folder");
        }
        boolean folder = Files.isDirectory(location);
        if (!folder && !location.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
            throw invalid(location, "not a jar (*.jar) or a folder of compiled classes");
        }
        if (!Files.isReadable(location)) {
            throw invalid(location, "cannot be read");
        }
        if (!folder) {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.size();
            } catch (IOException e) {
                throw invalid(location, "not a readable jar (" + e.getMessage() + ")", e);
            }
        }
        URL url;
        try {
            url = location.toUri().toURL();
        } catch (MalformedURLException e) {
            throw invalid(location, "cannot be named as a URL", e);
        }
        // Never closed: the packs' rules load classes from it for as long as a checker uses them.
        URLClassLoader loader = new URLClassLoader("childplan-pack " + location, new URL[] {url},
                RulePacks.class.getClassLoader());
        List<RulePack> packs;
        try {
            packs = ServiceLoader.load(RulePack.class, loader).stream()
                    .filter(provider -> provider.type().getClassLoader() == loader)
                    .map(ServiceLoader.Provider::get)
                    .toList();
        } catch (ServiceConfigurationError e) {
            throw invalid(location, "a rule pack it lists cannot be loaded: " + providerProblem(e), e);
        } catch (LinkageError e) {
            throw invalid(location, "a rule pack it lists cannot be loaded: " + PackContract.linkageProblem(e), e);
        }
        if (packs.isEmpty()) {
            throw invalid(location, "lists no rule pack of its own in META-INF/services/"
                    + RulePack.class.getName() + " (a pack already on the class path is applied without loading it)");
        }
        packs.forEach(pack -> PackContract.require(pack, location.toString()));
        return packs;
    }

    private static InvalidRulePackException invalid(Path location, String reason) {
        return new InvalidRulePackException(String.valueOf(location), null, reason, null);
    }

    private static InvalidRulePackException invalid(Path location, String reason, Throwable cause) {
        return new InvalidRulePackException(String.valueOf(location), null, reason, cause);
    }

    /** The rule packs for {@code jurisdiction}, ordered by id; empty when there is none. */
    public static List<RulePack> forJurisdiction(Jurisdiction jurisdiction) {
        return available().stream().filter(pack -> pack.jurisdiction() == jurisdiction).toList();
    }

    /**
     * The scores of {@code report} on the national-review criteria of the packs that checked it (see
     * {@link RulePack#reviewCriteria()}), in the packs' order; empty when no applied pack has review criteria.
     */
    public static List<ScorecardRow> scorecard(ComplianceReport report) {
        List<String> applied = report.packs().stream().map(AppliedPack::id).toList();
        List<ReviewCriterion> criteria = available().stream()
                .filter(pack -> applied.contains(pack.id()))
                .flatMap(pack -> pack.reviewCriteria().stream())
                .toList();
        return ScorecardRow.scores(report, criteria);
    }

    /** Every rule of every available pack, ordered by pack and then rule id. */
    public static List<RuleDescriptor> catalogue() {
        return available().stream().flatMap(pack -> catalogue(pack).stream()).toList();
    }

    /**
     * The legal regimes {@code pack} encodes, in date order, with the dates each governs (see
     * {@link RulePack#regimes()}).
     *
     * @throws InvalidRulePackException when the pack's catalogue cannot be read, as {@link #catalogue(RulePack)} says
     */
    public static List<Regime> regimes(RulePack pack) {
        return LoadedPack.regimes(pack, catalogue(pack));
    }

    /**
     * The rules of {@code pack}, ordered by id, read from the rules' metadata.
     *
     * @throws InvalidRulePackException when the pack has no executable model or no rules, a rule's metadata is missing
     *     or wrong, or two rules have one id
     */
    public static List<RuleDescriptor> catalogue(RulePack pack) {
        return LoadedPack.catalogue(pack);
    }
}
