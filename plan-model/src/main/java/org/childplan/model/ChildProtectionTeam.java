package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * A multi-agency child protection team that the safeguarding arrangements establish for the area, to support the
 * local authority in its enquiries under s47 of the Children Act 1989 (Children Act 2004 s16EA, inserted by the
 * Children's Wellbeing and Schools Act 2026 s3).
 *
 * @param name the team's name, for example {@code Testshire multi-agency child protection team (north)}
 * @param members the kinds of person the document records among the team's members; empty when it records none
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ChildProtectionTeam(@NotBlank String name, List<@NotNull ChildProtectionTeamMember> members) {

    /** Copies the list so that the record stays immutable. */
    public ChildProtectionTeam {
        members = Copies.list(members);
    }
}
