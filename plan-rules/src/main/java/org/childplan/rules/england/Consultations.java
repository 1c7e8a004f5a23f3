package org.childplan.rules.england;

import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.ConsultedGroup;
import org.childplan.model.Plan;

/**
 * The groups a plan's consultations reached, for the England rules.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Consultations {

    private Consultations() {
    }

    /** Those of {@code groups} that none of the consultations of {@code plan} reached, in the order given. */
    public static List<ConsultedGroup> missing(Plan plan, ConsultedGroup... groups) {
        return Arrays.stream(groups)
                .filter(group -> plan.consultations().stream().noneMatch(consultation -> consultation.groups().contains(group)))
                .toList();
    }
}
