package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The aims a Scottish children's services plan is to be prepared with a view to securing: Children and
 * Young People (Scotland) Act 2014, section 9(2).
 *
 * @see <a href="https://www.legislation.gov.uk/asp/2014/8/section/9">2014 asp 8, s9</a>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum StatutoryAim {
    /** Children's services are provided in the way which best safeguards, supports and promotes the wellbeing of children: s9(2)(a)(i). */
    WELLBEING("s9(2)(a)(i)", "safeguarding, supporting and promoting the wellbeing of children"),
    /** Action to meet needs is taken at the earliest appropriate time and, where appropriate, to prevent needs arising: s9(2)(a)(ii). */
    EARLY_ACTION_AND_PREVENTION("s9(2)(a)(ii)", "early action and prevention"),
    /** Children's services are provided in the way which is most integrated from the point of view of recipients: s9(2)(a)(iii). */
    INTEGRATED_FROM_RECIPIENTS_VIEW("s9(2)(a)(iii)", "services that are most integrated from the point of view of recipients"),
    /** Children's services constitute the best use of available resources: s9(2)(a)(iv). */
    BEST_USE_OF_RESOURCES("s9(2)(a)(iv)", "the best use of available resources"),
    /** Related services are provided in the way which safeguards, supports and promotes the wellbeing of children: s9(2)(b). */
    RELATED_SERVICES_WELLBEING("s9(2)(b)", "related services that safeguard, support and promote the wellbeing of children");

    private final String provision;
    private final String description;

    StatutoryAim(String provision, String description) {
        this.provision = provision;
        this.description = description;
    }

    /** The provision of the 2014 Act that states this aim, for example {@code s9(2)(a)(ii)}. */
    public String provision() {
        return provision;
    }

    /** A short description of the aim in plain words, which reads after "the aim of". */
    public String description() {
        return description;
    }
}
