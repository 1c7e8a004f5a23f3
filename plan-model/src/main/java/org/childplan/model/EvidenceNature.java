package org.childplan.model;

import org.apiguardian.api.API;

/**
 * Whether a piece of evidence in a needs assessment counts or describes.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EvidenceNature {
    /** Numbers: statistics, rates, survey counts, service data. */
    QUANTITATIVE,
    /** Words: the views and experiences of children, families and staff, case reviews, inspection findings. */
    QUALITATIVE
}
