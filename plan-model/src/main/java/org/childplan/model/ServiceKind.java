package org.childplan.model;

import org.apiguardian.api.API;

/**
 * Whether a service is a children's service or a related service, the distinction of the Children and Young People
 * (Scotland) Act 2014, section 7(1).
 *
 * @see <a href="https://www.legislation.gov.uk/asp/2014/8/section/7">2014 asp 8, s7</a>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ServiceKind {
    /** A service provided wholly or mainly to, or for the benefit of, children. */
    CHILDRENS_SERVICE,
    /** A service that is not a children's service but is capable of having a significant effect on the wellbeing of children. */
    RELATED_SERVICE
}
