package org.childplan.rules.scotland;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.spi.CheckContext;
import org.childplan.rules.spi.ReviewCriterion;
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

    /** The coverage matrix of the five aims of s9(2), one {@link AimCoverage} per aim. */
    @Override
    public List<Object> facts(Plan plan, CheckContext context) {
        return List.copyOf(AimCoverage.matrixOf(plan));
    }

    /** The criteria of the Scottish Government's review of children's services plans. */
    @Override
    public List<ReviewCriterion> reviewCriteria() {
        return ReviewCriteria.all();
    }

    @Override
    public String executableModelIndex() {
        return "META-INF/kie/org.childplan/plan-rules/drools-model";
    }
}
