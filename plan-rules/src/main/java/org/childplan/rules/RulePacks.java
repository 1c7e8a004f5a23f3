package org.childplan.rules;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.internal.LoadedPack;
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

    /** Every rule pack found by {@link ServiceLoader}, ordered by id. */
    public static List<RulePack> available() {
        return StreamSupport.stream(ServiceLoader.load(RulePack.class, RulePacks.class.getClassLoader()).spliterator(), false)
                .sorted(Comparator.comparing(RulePack::id))
                .toList();
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
     */
    public static List<Regime> regimes(RulePack pack) {
        return LoadedPack.regimes(pack, catalogue(pack));
    }

    /** The rules of {@code pack}, ordered by id, read from the rules' metadata. */
    public static List<RuleDescriptor> catalogue(RulePack pack) {
        return LoadedPack.catalogue(pack);
    }
}
