package org.childplan.rules.scotland;

import org.apiguardian.api.API;
import org.childplan.model.EvidenceNature;
import org.childplan.model.NeedsAssessment;
import org.childplan.model.NeedsEvidence;

/**
 * Which kinds of information, quantitative and qualitative, a needs assessment analyses; a helper of the Scotland pack's
 * rules, so that the 2016 guidance's rule and the review's practice rule read "both kinds" the same way.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class EvidenceNatures {

    private EvidenceNatures() {
    }

    /**
     * The kind of information {@code assessment} does not show, in the words of a finding: {@code "qualitative"},
     * {@code "quantitative"} or {@code "quantitative or qualitative"}; {@code null} when it shows both. An assessment
     * that is {@code null} shows neither.
     */
    public static String missing(NeedsAssessment assessment) {
        boolean quantitative = false;
        boolean qualitative = false;
        if (assessment != null) {
            for (NeedsEvidence evidence : assessment.evidence()) {
                quantitative |= evidence.nature() == EvidenceNature.QUANTITATIVE;
                qualitative |= evidence.nature() == EvidenceNature.QUALITATIVE;
            }
        }
        if (quantitative && qualitative) {
            return null;
        }
        return quantitative ? "qualitative" : qualitative ? "quantitative" : "quantitative or qualitative";
    }
}
