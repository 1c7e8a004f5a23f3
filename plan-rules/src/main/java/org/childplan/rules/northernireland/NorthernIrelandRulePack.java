package org.childplan.rules.northernireland;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.Regime;
import org.childplan.rules.spi.RulePack;

/**
 * The Northern Ireland rule pack: the Children's Services Co-operation Act (Northern Ireland) 2015.
 *
 * <p>Northern Ireland has no statutory local children's services plan: the Bill's clause on such plans was removed
 * before enactment (Explanatory Notes para 14). The Act binds children's authorities to co-operate (s2) for the
 * well-being of children in its eight aspects (s1), and the Executive to adopt a strategy (s3). It came into
 * operation on 10 December 2015, the day after Royal Assent (s10(1)). No duty falls on a plan, so the rules are INFO,
 * except co-operation (s2), which a plan naming one body leaves unshown: a WARNING.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NorthernIrelandRulePack implements RulePack {

    /** The pack's id. */
    public static final String ID = "northern-ireland";

    /** Creates the pack; called by {@link java.util.ServiceLoader}. */
    public NorthernIrelandRulePack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Children's Services Co-operation Act (Northern Ireland) 2015: co-operation for children's well-being";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.NORTHERN_IRELAND;
    }

    @Override
    public String rulePackage() {
        return "org.childplan.rules.northernireland";
    }

    @Override
    public List<Regime> regimes() {
        return List.of(new Regime(
                "no statutory local plan: co-operation to improve the well-being of children and young persons",
                "Children's Services Co-operation Act (Northern Ireland) 2015",
                "https://www.legislation.gov.uk/nia/2015/10/contents",
                LocalDate.of(2015, 12, 10), null));
    }

    @Override
    public String executableModelIndex() {
        return "META-INF/kie/org.childplan/plan-rules/drools-model";
    }
}
