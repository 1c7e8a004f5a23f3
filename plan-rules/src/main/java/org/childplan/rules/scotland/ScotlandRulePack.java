package org.childplan.rules.scotland;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.Regime;
import org.childplan.rules.spi.RulePack;

/**
 * The Scotland rule pack: Part 3 of the Children and Young People (Scotland) Act 2014 (children's services
 * planning) and the statutory guidance on it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScotlandRulePack implements RulePack {

    /** The pack's id. */
    public static final String ID = "scotland";

    /** Creates the pack; called by {@link java.util.ServiceLoader}. */
    public ScotlandRulePack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Children and Young People (Scotland) Act 2014, Part 3: children's services planning";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.SCOTLAND;
    }

    @Override
    public String rulePackage() {
        return "org.childplan.rules.scotland";
    }

    @Override
    public List<Regime> regimes() {
        return List.of(new Regime(
                "children's services plans under Part 3 of the Children and Young People (Scotland) Act 2014",
                "Children and Young People (Scotland) Act 2014, Part 3; SSI 2016/255",
                "https://www.legislation.gov.uk/asp/2014/8/part/3",
                ThreeYearPeriods.FIRST_START,
                null));
    }

    @Override
    public String executableModelIndex() {
        return "META-INF/kie/org.childplan/plan-rules/drools-model";
    }
}
