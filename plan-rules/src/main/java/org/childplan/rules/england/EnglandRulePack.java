package org.childplan.rules.england;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.Regime;
import org.childplan.rules.spi.RulePack;

/**
 * The England rule pack: children's services planning under the three regimes English law has had, each rule in
 * force for its own dates.
 *
 * <ol>
 *   <li>1 April 1996 to 28 February 2005: the children's services plan of Children Act 1989 Schedule 2 paragraph 1A,
 *       inserted by the Children's Services Planning Order 1996 (SI 1996/785).
 *   <li>1 March 2005 to 31 August 2005: no plan duty (para 1A repealed, s17 in force, no regulations yet).
 *   <li>1 September 2005 to 31 March 2010: the local authority's Children and Young People's Plan under Children Act
 *       2004 s17 and SI 2005/2149.
 *   <li>1 April 2010 to 30 October 2010: the Children's Trust Board's plan under s17 as substituted and SI 2010/591.
 *   <li>From 31 October 2010: no statutory plan; a voluntary plan is checked against the duties that still bind the
 *       partners (Children Act 2004 ss10, 11, 16E; Children and Social Work Act 2017 s1).
 * </ol>
 *
 * <p>The ends of the 1996 Order's paragraph 1A (28 February 2005) and of SI 2005/2149 (31 March 2010) are the statute
 * catalogue's best dates and are marked there as not verified; see {@code docs/legal/catalogue.md}, section 2.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EnglandRulePack implements RulePack {

    /** The pack's id. */
    public static final String ID = "england";

    /** Creates the pack; called by {@link java.util.ServiceLoader}. */
    public EnglandRulePack() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "England: children's services plans (1996), Children and Young People's Plans (2005, 2010) and the "
                + "partners' duties after 2010";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.ENGLAND;
    }

    @Override
    public String rulePackage() {
        return "org.childplan.rules.england";
    }

    @Override
    public List<Regime> regimes() {
        return List.of(
                new Regime("the children's services plan (Children Act 1989, Sch 2 para 1A)",
                        "Children Act 1989 (Amendment) (Children's Services Planning) Order 1996, SI 1996/785",
                        "https://www.legislation.gov.uk/ukpga/1989/41/schedule/2/paragraph/1A",
                        LocalDate.of(1996, 4, 1), LocalDate.of(2005, 2, 28)),
                new Regime("no plan duty between the 1996 Order and the 2005 Regulations (Children Act 2004, s17 in force "
                        + "without regulations)",
                        "Children Act 2004, s17 and Sch 5 Pt 1 (SI 2005/394)",
                        "https://www.legislation.gov.uk/ukpga/2004/31/section/17",
                        LocalDate.of(2005, 3, 1), LocalDate.of(2005, 8, 31)),
                new Regime("the local authority's Children and Young People's Plan (Children Act 2004, s17)",
                        "Children and Young People's Plan (England) Regulations 2005, SI 2005/2149",
                        "https://www.legislation.gov.uk/uksi/2005/2149/contents/made",
                        LocalDate.of(2005, 9, 1), LocalDate.of(2010, 3, 31)),
                new Regime("the Children's Trust Board's Children and Young People's Plan (Children Act 2004, s17 as "
                        + "substituted in 2010)",
                        "Children's Trust Board (Children and Young People's Plan) (England) Regulations 2010, SI 2010/591",
                        "https://www.legislation.gov.uk/uksi/2010/591/contents/made",
                        LocalDate.of(2010, 4, 1), LocalDate.of(2010, 10, 30)),
                new Regime("no statutory plan: the partners' duties of co-operation and safeguarding",
                        "Children Act 2004, ss10, 11 and 16E; Children and Social Work Act 2017, s1",
                        "https://www.legislation.gov.uk/ukpga/2004/31/part/2",
                        LocalDate.of(2010, 10, 31), null));
    }

    @Override
    public String executableModelIndex() {
        return "META-INF/kie/org.childplan/plan-rules/drools-model";
    }
}
