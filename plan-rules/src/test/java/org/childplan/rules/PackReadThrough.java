package org.childplan.rules;

import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.spi.CheckContext;
import org.childplan.rules.spi.ReviewCriterion;
import org.childplan.rules.spi.RulePack;

/**
 * A pack that is another in everything but the executable model index it names and the class loader it reads it
 * with: a built-in pack read as another build of it would leave it. The tests of plan-rules-testkit use it too,
 * through this module's test jar.
 */
public class PackReadThrough implements RulePack {

    private final RulePack pack;
    private final String index;
    private final ClassLoader loader;

    public PackReadThrough(RulePack pack, String index, ClassLoader loader) {
        this.pack = pack;
        this.index = index;
        this.loader = loader;
    }

    @Override
    public String id() {
        return pack.id();
    }

    @Override
    public String title() {
        return pack.title();
    }

    @Override
    public String version() {
        return pack.version();
    }

    @Override
    public Jurisdiction jurisdiction() {
        return pack.jurisdiction();
    }

    @Override
    public String rulePackage() {
        return pack.rulePackage();
    }

    @Override
    public String executableModelIndex() {
        return index;
    }

    @Override
    public List<Regime> regimes() {
        return pack.regimes();
    }

    @Override
    public List<Object> facts(Plan plan, CheckContext context) {
        return pack.facts(plan, context);
    }

    @Override
    public List<ReviewCriterion> reviewCriteria() {
        return pack.reviewCriteria();
    }

    @Override
    public ClassLoader classLoader() {
        return loader;
    }
}
