package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * An aim or outcome the plan adopts for itself as a whole (an "overarching aim"), in the plan's own words, with the
 * statutory aims and outcomes it states.
 *
 * <p>A plan that adopts the aims of s9(2) of the Children and Young People (Scotland) Act 2014, the Children Act 2004
 * outcomes or the aspects of well-being of the Children's Services Co-operation Act (Northern Ireland) 2015 at plan
 * level records them here, tagged as priorities are; whether each is then carried into priorities and actions, and
 * measured, is read from those elements.
 *
 * @param text the aim as the plan states it
 * @param aims the aims of s9(2) of the 2014 Act (Scotland) this aim states
 * @param wellbeingIndicators the wellbeing indicators (Scotland) this aim states
 * @param childrenActOutcomes the Children Act 2004 outcomes (England) this aim states
 * @param cooperationActOutcomes the aspects of well-being of the Children's Services Co-operation Act (Northern
 *     Ireland) 2015, s1(2), this aim states
 * @param extensions free-form data that the model does not describe
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record PlanAim(
        @NotBlank String text,
        @UniqueElements List<@NotNull StatutoryAim> aims,
        @UniqueElements List<@NotNull WellbeingIndicator> wellbeingIndicators,
        @UniqueElements List<@NotNull ChildrenActOutcome> childrenActOutcomes,
        @UniqueElements List<@NotNull CooperationActOutcome> cooperationActOutcomes,
        Map<String, Object> extensions) {

    /** Copies the collections so that the record stays immutable. */
    public PlanAim {
        aims = Copies.list(aims);
        wellbeingIndicators = Copies.list(wellbeingIndicators);
        childrenActOutcomes = Copies.list(childrenActOutcomes);
        cooperationActOutcomes = Copies.list(cooperationActOutcomes);
        extensions = Copies.map(extensions);
    }
}
