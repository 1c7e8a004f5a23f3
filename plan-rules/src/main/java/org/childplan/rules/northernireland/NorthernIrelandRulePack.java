package org.childplan.rules.northernireland;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.Regime;
import org.childplan.rules.spi.RulePack;

/**
 * The Northern Ireland rule pack: the children's services plan of the Children (Northern Ireland) Order 1995 and the
 * Children's Services Co-operation Act (Northern Ireland) 2015.
 *
 * <p>Northern Ireland has a statutory children's services plan under the Children Order, Sch 2 para 2A (inserted by
 * SR 1998/261, in operation on 14 September 1998): a Board plan for each Board area from 1998, a single regional plan
 * of the Regional Health and Social Care Board from 1 April 2009, and the Department of Health's plan from 1 April
 * 2022. Its rules govern a children's services
 * plan and its modifications. The 2015 Act adds no local plan (the Bill's clause on such plans was removed before
 * enactment, Explanatory Notes para 14): it binds children's authorities to co-operate (s2) for the well-being of
 * children in its eight aspects (s1), and the Executive to adopt a strategy (s3). It came into operation on 10
 * December 2015, the day after Royal Assent (s10(1)). No duty of that Act falls on a plan, so its rules are INFO,
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
        return "Northern Ireland: the children's services plan of the Children Order 1995 (Sch 2 para 2A) and the "
                + "Children's Services Co-operation Act 2015";
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
        String order = "Children (Northern Ireland) Order 1995, Sch 2 para 2A (inserted by SR 1998/261)";
        String paragraph = "https://www.legislation.gov.uk/nisi/1995/755/schedule/2/paragraph/2A";
        return List.of(
                new Regime("each Health and Social Services Board's children's services plan (Children Order, Sch 2 para 2A)",
                        order, paragraph, LocalDate.of(1998, 9, 14), LocalDate.of(2009, 3, 31)),
                new Regime("the Regional Health and Social Care Board's children's services plan (Children Order, Sch 2 "
                        + "para 2A, read with the Health and Social Care (Reform) Act (Northern Ireland) 2009)",
                        order, paragraph, LocalDate.of(2009, 4, 1), LocalDate.of(2022, 3, 31)),
                new Regime("co-operation to improve the well-being of children and young persons",
                        "Children's Services Co-operation Act (Northern Ireland) 2015",
                        "https://www.legislation.gov.uk/nia/2015/10/contents",
                        LocalDate.of(2015, 12, 10), null),
                new Regime("the Department of Health's children's services plan (Children Order, Sch 2 para 2A as amended "
                        + "by the Health and Social Care Act (Northern Ireland) 2022)",
                        order, paragraph, LocalDate.of(2022, 4, 1), null));
    }

    @Override
    public String executableModelIndex() {
        return "META-INF/kie/org.childplan/plan-rules/drools-model";
    }
}
