package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * What a document records of the multi-agency arrangements to safeguard children in its area: how they are
 * independently scrutinised, what the partners have done as a result of them, and how effective they have been.
 *
 * <p>In England these are the safeguarding partners' arrangements and their yearly report (Children Act 2004
 * ss16E-16G), whose documents are of the kinds {@link DocumentKind#SAFEGUARDING_ARRANGEMENTS} and
 * {@link DocumentKind#SAFEGUARDING_REPORT}; a plan elsewhere may record its own area's arrangements (a child protection
 * committee, a regional safeguarding board) in the same terms. Every part is optional: a document records what it
 * shows.
 *
 * @param independentScrutiny how the arrangements provide for scrutiny of their effectiveness by an independent
 *     person (who scrutinises, and how), or {@code null} when not recorded
 * @param partnersActivity what the safeguarding partners and relevant agencies have done as a result of the
 *     arrangements over the period reported, or {@code null} when not recorded
 * @param effectiveness how effective the arrangements have been in practice over the period reported, or
 *     {@code null} when not recorded
 * @param educationAndChildcareAgencies the relevant agencies with functions relating to childcare or education that
 *     the arrangements include (in England the designated childcare or education agencies of Children Act 2004
 *     s16E(1)(aa), once in force), by name; empty when none is recorded
 * @param childProtectionTeams the multi-agency child protection teams the arrangements establish for the area (in
 *     England Children Act 2004 s16EA, once in force); empty when none is recorded
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record SafeguardingArrangements(String independentScrutiny, String partnersActivity, String effectiveness,
        List<@NotBlank String> educationAndChildcareAgencies, List<@NotNull @Valid ChildProtectionTeam> childProtectionTeams) {

    /** Copies the lists so that the record stays immutable. */
    public SafeguardingArrangements {
        educationAndChildcareAgencies = Copies.list(educationAndChildcareAgencies);
        childProtectionTeams = Copies.list(childProtectionTeams);
    }
}
