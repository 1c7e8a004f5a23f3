package org.childplan.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.InvalidRulePackException;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.RulePacks;
import org.childplan.rules.spi.RulePack;
import picocli.CommandLine.Option;

/**
 * The {@code --pack JAR_OR_DIR} option of the commands that apply or list rule packs: packs beside those on the class
 * path, such as a council's own standards.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PackOptions {

    /** The option's help, shared by every command that takes it. */
    public static final String HELP = "Also apply the rule packs in this jar, or folder of compiled classes (a pack's"
            + " target/classes), beside the built-in packs; repeatable. A location that is missing, holds no pack or a"
            + " pack that cannot be used (no rules, a rule's metadata missing or wrong, two rules of one id) exits"
            + " with 5 before any plan is read.";

    @Option(names = "--pack", paramLabel = "JAR_OR_DIR", description = HELP)
    private List<Path> locations = new ArrayList<>();

    private List<RulePack> loaded;

    /**
     * The packs the locations add, loaded once, each with its catalogue read.
     *
     * @throws BadPackException when a location or a pack in it cannot be used; the message names the location
     */
    public List<RulePack> added() {
        if (loaded == null) {
            try {
                loaded = RulePacks.load(locations);
            } catch (InvalidRulePackException e) {
                throw new BadPackException("--pack " + e.getMessage());
            }
        }
        return loaded;
    }

    /** Every pack: those on the class path and those added, ordered by id. */
    public List<RulePack> all() {
        List<RulePack> all = new ArrayList<>(RulePacks.available());
        all.addAll(added());
        all.sort(Comparator.comparing(RulePack::id));
        return List.copyOf(all);
    }

    /** The packs for {@code jurisdiction}, ordered by id. */
    public List<RulePack> forJurisdiction(Jurisdiction jurisdiction) {
        return all().stream().filter(pack -> pack.jurisdiction() == jurisdiction).toList();
    }

    /** Every rule of every pack, ordered by pack and then rule id. */
    public List<RuleDescriptor> catalogue() {
        return all().stream().flatMap(pack -> RulePacks.catalogue(pack).stream()).toList();
    }

    /**
     * Checks that a pack covers {@code jurisdiction}.
     *
     * @throws BadInputException when none does; the message lists the jurisdictions that have one
     */
    public void requirePack(Jurisdiction jurisdiction) {
        Checkers.requirePack(jurisdiction, all());
    }
}
