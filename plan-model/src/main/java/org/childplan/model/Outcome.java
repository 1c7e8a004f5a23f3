package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.hibernate.validator.constraints.UniqueElements;
import org.apiguardian.api.API;
import org.childplan.model.validation.Identifier;

/**
 * An outcome a plan aims for.
 *
 * @param id the identifier of this outcome
 * @param statement the outcome in the plan's words
 * @param priorities ids of the {@link Priority priorities} it belongs to
 * @param wellbeingIndicators the wellbeing indicators (Scotland) it serves
 * @param childrenActOutcomes the Children Act 2004 outcomes (England) it serves
 * @param cooperationActOutcomes the aspects of well-being of the Children's Services Co-operation Act (Northern
 *     Ireland) 2015, s1(2), it serves
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Outcome(
        @NotBlank @Identifier String id,
        @NotBlank String statement,
        List<@NotBlank String> priorities,
        @UniqueElements List<@NotNull WellbeingIndicator> wellbeingIndicators,
        @UniqueElements List<@NotNull ChildrenActOutcome> childrenActOutcomes,
        @UniqueElements List<@NotNull CooperationActOutcome> cooperationActOutcomes) {

    /** Copies the lists so that the record stays immutable. */
    public Outcome {
        priorities = Copies.list(priorities);
        wellbeingIndicators = Copies.list(wellbeingIndicators);
        childrenActOutcomes = Copies.list(childrenActOutcomes);
        cooperationActOutcomes = Copies.list(cooperationActOutcomes);
    }
}
