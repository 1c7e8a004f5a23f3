package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The eight aspects of the well-being of children and young persons in the Children's Services Co-operation Act
 * (Northern Ireland) 2015, section 1(2), which the Northern Ireland Executive's Children and Young People's Strategy
 * calls its eight outcomes.
 *
 * @see <a href="https://www.legislation.gov.uk/nia/2015/10/section/1">Children's Services Co-operation Act (Northern
 *     Ireland) 2015, s1</a>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CooperationActOutcome {
    /** Physical and mental health: s1(2)(a). */
    PHYSICAL_AND_MENTAL_HEALTH("s1(2)(a)", "physical and mental health"),
    /** The enjoyment of play and leisure: s1(2)(b). */
    PLAY_AND_LEISURE("s1(2)(b)", "the enjoyment of play and leisure"),
    /** Learning and achievement: s1(2)(c). */
    LEARNING_AND_ACHIEVEMENT("s1(2)(c)", "learning and achievement"),
    /** Living in safety and with stability: s1(2)(d). */
    SAFETY_AND_STABILITY("s1(2)(d)", "living in safety and with stability"),
    /** Economic and environmental well-being: s1(2)(e). */
    ECONOMIC_AND_ENVIRONMENTAL_WELL_BEING("s1(2)(e)", "economic and environmental well-being"),
    /** The making by them of a positive contribution to society: s1(2)(f). */
    POSITIVE_CONTRIBUTION_TO_SOCIETY("s1(2)(f)", "the making by them of a positive contribution to society"),
    /** Living in a society which respects their rights: s1(2)(g). */
    RIGHTS_RESPECTED("s1(2)(g)", "living in a society which respects their rights"),
    /** Living in a society in which equality of opportunity and good relations are promoted: s1(2)(h). */
    EQUALITY_AND_GOOD_RELATIONS("s1(2)(h)",
            "living in a society in which equality of opportunity and good relations are promoted");

    private final String provision;
    private final String words;

    CooperationActOutcome(String provision, String words) {
        this.provision = provision;
        this.words = words;
    }

    /** The provision of the 2015 Act that states this aspect, for example {@code s1(2)(d)}. */
    public String provision() {
        return provision;
    }

    /** The Act's words for this aspect, for example {@code living in safety and with stability}. */
    public String words() {
        return words;
    }
}
