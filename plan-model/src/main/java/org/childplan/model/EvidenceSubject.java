package org.childplan.model;

import org.apiguardian.api.API;

/**
 * What a piece of evidence in a needs assessment is about.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EvidenceSubject {
    /** The child population: its size, ages, localities and groups. */
    POPULATION,
    /** How services perform: demand, reach, waiting times, outcomes of services. */
    SERVICE_PERFORMANCE,
    /** How children and young people are: their wellbeing, health, learning and safety. */
    WELLBEING
}
