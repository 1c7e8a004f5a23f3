package org.childplan.rules.wales;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.Regime;
import org.childplan.rules.spi.RulePack;

/**
 * The Wales rule pack: the Children and Young People's Plan (Wales) Regulations 2007, then the population assessment
 * and area plan of the Social Services and Well-being (Wales) Act 2014 as they bear on children's services.
 *
 * <p>The 2007 Regulations' enabling power, Children Act 2004 s26, was repealed from 1 April 2016 (Well-being of Future
 * Generations (Wales) Act 2015 Sch 4 para 13, SI 2016/86); whether the Regulations were revoked or saved is not
 * verified, so their rules end on 31 March 2016 as the statute catalogue provisionally does. Sections 14 and 14A of
 * the 2014 Act bind from 6 April 2016 (SI 2016/412; SI 2016/86). Between the two no regime is named.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WalesRulePack implements RulePack {

    /** The pack's id. */
    public static final String ID = "wales";

    /** Creates the pack; called by {@link java.util.ServiceLoader}. */
    public WalesRulePack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Wales: Children and Young People's Plans (2007) and the Social Services and Well-being (Wales) Act 2014";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.WALES;
    }

    @Override
    public String rulePackage() {
        return "org.childplan.rules.wales";
    }

    @Override
    public List<Regime> regimes() {
        return List.of(
                new Regime("the Children and Young People's Plan (Children Act 2004, s26)",
                        "Children and Young People's Plan (Wales) Regulations 2007, SI 2007/2316 (W.187)",
                        "https://www.legislation.gov.uk/wsi/2007/2316/contents/made",
                        LocalDate.of(2007, 9, 1), LocalDate.of(2016, 3, 31)),
                new Regime("the population assessment and area plan (Social Services and Well-being (Wales) Act 2014)",
                        "Social Services and Well-being (Wales) Act 2014, ss14 and 14A",
                        "https://www.legislation.gov.uk/anaw/2014/4/section/14",
                        LocalDate.of(2016, 4, 6), null));
    }

    @Override
    public String executableModelIndex() {
        return "META-INF/kie/org.childplan/plan-rules/drools-model";
    }
}
