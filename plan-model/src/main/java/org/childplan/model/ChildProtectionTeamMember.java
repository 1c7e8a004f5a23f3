package org.childplan.model;

import org.apiguardian.api.API;

/**
 * The persons every multi-agency child protection team includes at least one of (Children Act 2004 s16EA(4), inserted
 * by the Children's Wellbeing and Schools Act 2026 s3).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChildProtectionTeamMember {
    /** A person nominated by the local authority with experience in education in relation to children (s16EA(4)(a)). */
    EDUCATION,
    /** A social worker nominated by the local authority with experience in social work with children (s16EA(4)(b)). */
    SOCIAL_WORK,
    /**
     * A registered health professional nominated by an integrated care board, with experience in healthcare for
     * children (s16EA(4)(c)).
     */
    HEALTH,
    /**
     * A constable or relevant police employee nominated by the chief officer of police, with experience in child
     * protection (s16EA(4)(d)).
     */
    POLICE
}
