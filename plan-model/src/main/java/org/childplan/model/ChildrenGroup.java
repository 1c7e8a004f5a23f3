package org.childplan.model;

import org.apiguardian.api.API;

/**
 * A group of children with particular wellbeing needs whose outcomes an annual report describes, as the Scottish
 * Government's reviews of children's services plans name them.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChildrenGroup {
    /** All children, young people and families in the area. */
    ALL_CHILDREN,
    /** Care experienced children and young people. */
    CARE_EXPERIENCED,
    /** Young carers. */
    YOUNG_CARERS,
    /** Children and families affected by poverty. */
    POVERTY,
    /** Disabled children, or children affected by disability. */
    DISABILITY,
    /** Pre-birth to three. */
    PRE_BIRTH_TO_THREE,
    /** Unaccompanied asylum-seeking children. */
    UNACCOMPANIED_ASYLUM_SEEKING,
    /** Children in conflict with the law. */
    IN_CONFLICT_WITH_THE_LAW,
    /** Any other group. */
    OTHER
}
