package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The eleven national outcomes of Scotland's National Performance Framework as published in 2018 under Part 1 of the
 * Community Empowerment (Scotland) Act 2015, which a Scottish plan's vision, priorities and actions may be linked to.
 *
 * <p>The list and the short names in brackets are those of the Scottish Government's consultation "Review of the
 * National Outcomes" (consult.gov.scot, closed 5 June 2023, read 2026-12-03), which calls them the current eleven
 * outcomes. The set applies from its publication in 2018 until a revised set replaces it; the review proposed new
 * outcomes (Care, Climate Action, Housing) and amended others, and a revised set, once published, is a new dated
 * vocabulary, not an edit of this one.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum NationalOutcome {
    /** We grow up loved, safe and respected so that we realise our full potential ('Children'). */
    CHILDREN_AND_YOUNG_PEOPLE,
    /** We live in communities that are inclusive, empowered, resilient and safe ('Communities'). */
    COMMUNITIES,
    /** We are creative and our vibrant and diverse cultures are expressed and enjoyed widely ('Culture'). */
    CULTURE,
    /** We have a globally competitive, entrepreneurial, inclusive and sustainable economy ('Economy'). */
    ECONOMY,
    /** We are well educated, skilled and able to contribute to society ('Education'). */
    EDUCATION,
    /** We value, enjoy, protect and enhance our environment ('Environment'). */
    ENVIRONMENT,
    /** We have thriving and innovative businesses, with quality jobs and fair work for everyone ('Business and Fair Work'). */
    FAIR_WORK_AND_BUSINESS,
    /** We are healthy and active ('Health'). */
    HEALTH,
    /** We respect, protect and fulfil human rights and live free from discrimination ('Human Rights'). */
    HUMAN_RIGHTS,
    /** We are open, connected and make a positive contribution internationally ('International'). */
    INTERNATIONAL,
    /** We tackle poverty by sharing opportunities, wealth and power more equally ('Poverty'). */
    POVERTY
}
