package org.childplan.rules.scotland;

import java.util.List;
import org.apiguardian.api.API;
import org.childplan.rules.Citation;
import org.childplan.rules.spi.ReviewCriterion;

/**
 * The fifteen criteria (sixteen rows: 6 is split into children's and related services) on which the Scottish
 * Government's review of children's services plans scores every plan, with the Scotland pack's rules that check
 * each; a criterion no rule checks yet has none, and is scored "not assessed".
 *
 * <p>Criteria 1 to 9 carry the review's own questions (review of Scotland's children's services plans 2023-2026,
 * Appendix B, read on gov.scot on 2026-12-02); the questions of criteria 10 to 15 were not legible in the copy read,
 * so they are summarised from the review's chapters (criterion 10 from chapter 4 and criterion 14's SMART elements
 * from chapter 13, read on 2026-12-03). A row counts only rules that show what its "fully met" asks.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReviewCriteria {

    private static final String REVIEW = "Improving outcomes for children, young people and families: review of "
            + "Scotland's children's services plans 2023-2026";
    private static final String URL = "https://www.gov.scot/publications/improving-outcomes-children-young-people-"
            + "families-review-scotlands-childrens-services-plans-2023-2026/pages/18/";

    private ReviewCriteria() {
    }

    /** The sixteen rows, in the review's order. */
    public static List<ReviewCriterion> all() {
        return List.of(
                row("1", "Vision", "Have a clear, ambitious compelling shared vision of what will be achieved by the end of the Plan?",
                        "SCO-SG2016-APPD-SHARED-VISION", "SCO-SG2020-APPB-VISION", "SCO-SG2020-APPB-SHARED-VISION",
                        "SCO-PRACTICE-VISION-END-OF-PLAN"),
                row("2", "National Performance Framework", "Reflect relevant National Performance Framework Outcomes?",
                        "SCO-PRACTICE-NPF-VISION", "SCO-PRACTICE-NPF-PRIORITIES", "SCO-PRACTICE-NPF-ACTIONS"),
                row("3", "Joint strategic needs assessment", "Incorporate a robust evidence-based joint strategic "
                        + "needs assessment of the current population of the children and young people in its area?",
                        "SCO-SG2020-APPB-NEEDS-ASSESSMENT-EVIDENCE", "SCO-SG2016-APPD-SHARED-NEEDS-ASSESSMENT",
                        "SCO-SG2020-APPB-JOINT-NEEDS-ASSESSMENT", "SCO-PRACTICE-NEEDS-ASSESSMENT-METHOD",
                        "SCO-PRACTICE-NEEDS-ASSESSMENT-FINDINGS", "SCO-SG2020-APPB-CHILD-POPULATION-EVIDENCE",
                        "SCO-SG2020-APPB-SERVICE-PERFORMANCE-EVIDENCE", "SCO-SG2020-APPB-PRIORITY-RATIONALE"),
                row("4", "Include analysis of data", "Include analysis of quantitative and qualitative evidence and data relating to both "
                        + "service performance and child wellbeing?", "SCO-SG2020-APPB-NEEDS-ASSESSMENT-EVIDENCE",
                        "SCO-PRACTICE-QUANTITATIVE-AND-QUALITATIVE-EVIDENCE", "SCO-SG2020-APPB-SERVICE-PERFORMANCE-EVIDENCE",
                        "SCO-PRACTICE-WELLBEING-EVIDENCE", "SCO-SG2016-APPD-QUANTITATIVE-AND-QUALITATIVE",
                        "SCO-SG2016-APPD-INDICATORS-OF-NEED"),
                row("5", "Manageable, measurable priorities", "Identify a manageable number of measurable priorities "
                        + "clearly linked to the joint needs assessment to ensure the rationale behind priorities is explicit?", "SCO-SG2020-APPB-FEW-PRIORITIES",
                        "SCO-PRACTICE-AIM-MEASURED", "SCO-SG2020-APPB-PRIORITY-RATIONALE", "SCO-PRACTICE-PRIORITY-MEASURED"),
                row("6a", "Children's services", "Cover local services which fall into the categories of "
                        + "both 'children's services' and 'related services' in its scope?", "SCO-CYPSA-S8-CHILDRENS-SERVICES",
                        "SCO-REVIEW2023-C6-CONTINUUM-OF-NEED"),
                row("6b", "Related services", "Cover local services which fall into the categories of both "
                        + "'children's services' and 'related services' in its scope?",
                        "SCO-CYPSA-S8-RELATED-SERVICES",
                        "SCO-REVIEW2023-C6-ADULT-RELATED-SERVICES", "SCO-REVIEW2023-C6-COMMUNITY-RELATED-SERVICES"),
                row("7", "Prevention and early intervention", "Recognise and describe services which can fulfil "
                        + "both 'primary prevention' and 'early intervention' across all aspects of wellbeing?", "SCO-CYPSA-S9-EARLY-ACTION",
                        "SCO-REVIEW2023-C7-PRIMARY-PREVENTION", "SCO-REVIEW2023-C7-EARLY-INTERVENTION",
                        "SCO-SG2016-P49-PREVENTATIVE-FAMILY-SUPPORT"),
                row("8", "Getting it right for every child", "Describe how the Children's Services Planning "
                        + "Partnership is creating and maintaining effective Getting it right for every child practice "
                        + "(GIRFEC) for individual children, young people and their families?", "SCO-SG2020-P49-GIRFEC-STRATEGIC", "SCO-SG2020-P49-GIRFEC-OPERATIONAL",
                        "SCO-SG2020-P49-GIRFEC-FRONTLINE"),
                row("9", "Children's rights", "Describe how the CSPP is using children's rights to inform "
                        + "the structural, procedural and outcome framework of the Plan?", "SCO-SG2020-APPB-CHILDRENS-RIGHTS",
                        "SCO-UNCRC2024-S6-CHILDRENS-RIGHTS", "SCO-PRACTICE-RIGHTS-IN-ACTIONS"),
                row("10", "Engagement and ownership", "Evidence of engagement with children, young people, families, "
                        + "the workforce and communities (service users, service providers including frontline workers, "
                        + "and communities), its findings and how they shaped the plan.",
                        "SCO-SG2020-P4-CHILDREN-ENGAGED", "SCO-SG2020-P4-FAMILIES-ENGAGED",
                        "SCO-CYPSA-S10-OTHER-SERVICE-PROVIDERS", "SCO-CYPSA-S10-USER-REPRESENTATIVES",
                        "SCO-CYPSA-S10-SERVICE-PROVIDING-ORGANISATIONS", "SCO-REVIEW2023-C10-WORKFORCE-ENGAGED",
                        "SCO-REVIEW2023-C10-COMMUNITY-ENGAGED", "SCO-REVIEW2023-C10-SHAPED-THE-PLAN",
                        "SCO-REVIEW2023-C10-FINDINGS", "SCO-SG2020-P4-ONGOING-ENGAGEMENT"),
                row("11", "Family support", "A local strategy for whole family support across the continuum of "
                        + "need.", "SCO-REVIEW2020-C11-FAMILY-SUPPORT-STRATEGY",
                        "SCO-REVIEW2020-C11-FAMILY-SUPPORT-CONTINUUM", "SCO-SG2016-P49-FAMILY-SUPPORT",
                        "SCO-SG2016-P49-PREVENTATIVE-FAMILY-SUPPORT"),
                row("12", "Resources", "The partners' collective resources, how they will be spent over the period, "
                        + "the funding streams and the shift to prevention and early intervention.",
                        "SCO-REVIEW2023-C12-COLLECTIVE-RESOURCES", "SCO-REVIEW2023-C12-WORKFORCE",
                        "SCO-REVIEW2023-C12-SPENDING", "SCO-REVIEW2023-C12-FUNDING-STREAMS",
                        "SCO-REVIEW2023-C12-SHIFT-TO-PREVENTION", "SCO-REVIEW2023-C12-DISINVESTMENT",
                        "SCO-SG2016-APPD-RESOURCES-TO-PRIORITIES", "SCO-SG2016-P162-COORDINATED-RESOURCES",
                        "SCO-SG2016-P23-SHIFT-TO-PREVENTION"),
                row("13", "Monitoring indicators", "A monitoring approach, who is responsible, methods and data "
                        + "sources, and indicators with targets or a direction of travel.",
                        "SCO-PRACTICE-AIM-MEASURED", "SCO-PRACTICE-MONITORING-APPROACH", "SCO-PRACTICE-MONITORING-RESPONSIBLE",
                        "SCO-PRACTICE-MONITORING-METHODS", "SCO-PRACTICE-MEASURE-DATA-SOURCE", "SCO-PRACTICE-MEASURE-OWNER",
                        "SCO-PRACTICE-MEASURE-TARGET-OR-DIRECTION", "SCO-PRACTICE-ACTION-MEASURED",
                        "SCO-PRACTICE-PRIORITY-MEASURED"),
                row("14", "SMART", "Information in an accessible format that is specific (priorities, "
                        + "actions, outcomes and the services contributing), measurable (measurable priorities and "
                        + "indicators of progress), achievable (clear aims and robust governance arrangements), relevant "
                        + "(a narrative on children's services and related services) and time-related (timescales for "
                        + "priorities and actions).",
                        "SCO-PRACTICE-GOVERNANCE", "SCO-PRACTICE-ACTION-LEAD", "SCO-PRACTICE-PRIORITY-MEASURED",
                        "SCO-PRACTICE-MEASURE-TARGET-OR-DIRECTION", "SCO-CYPSA-S8-CHILDRENS-SERVICES",
                        "SCO-CYPSA-S8-RELATED-SERVICES", "SCO-PRACTICE-PRIORITY-TIMESCALE", "SCO-PRACTICE-ACTION-TIMESCALE",
                        "SCO-PRACTICE-PLAN-SUMMARY", "SCO-PRACTICE-ACCESSIBLE-VERSION", "SCO-PRACTICE-AIM-MEASURED"),
                row("15", "Links to plans and reports", "Clear links to other national and local plans, reports and "
                        + "strategies.", "SCO-PRACTICE-CHILD-PROTECTION-LINK", "SCO-SG2020-P152-CHILD-PROTECTION-LINK",
                        "SCO-PRACTICE-CORPORATE-PARENTING-LINK", "SCO-CYPSA-S59-CORPORATE-PARENTING-PLAN",
                        "SCO-REVIEW2023-C15-CHILD-POVERTY-LINK", "SCO-REVIEW2023-C15-PROMISE-LINK",
                        "SCO-REVIEW2023-C15-RIGHTS-REPORT-LINK", "SCO-REVIEW2023-C15-LOIP-LINK"));
    }

    private static ReviewCriterion row(String id, String title, String fullyMet, String... ruleIds) {
        return new ReviewCriterion(id, title, fullyMet, new Citation(REVIEW, "criterion " + id + " (Appendix B)", URL),
                List.of(ruleIds));
    }
}
