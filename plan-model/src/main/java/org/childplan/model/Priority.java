package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.childplan.model.internal.Copies;
import org.hibernate.validator.constraints.UniqueElements;
import org.apiguardian.api.API;
import org.childplan.model.validation.Identifier;

/**
 * A priority (or ambition, or joint objective) of a plan.
 *
 * @param id the identifier other parts of the plan refer to this priority by
 * @param title the priority's title
 * @param description what the priority means, in the plan's words
 * @param aims the aims of s9(2) of the 2014 Act (Scotland) it serves
 * @param wellbeingIndicators the wellbeing indicators (Scotland) it serves
 * @param childrenActOutcomes the Children Act 2004 outcomes (England) it serves
 * @param cooperationActOutcomes the aspects of well-being of the Children's Services Co-operation Act (Northern
 *     Ireland) 2015, s1(2), it serves
 * @param nationalOutcomes the national outcomes of Scotland's National Performance Framework it serves
 * @param rationale ids of the needs assessment's {@link NeedsFinding findings} that are the reason for it
 * @param timescale when it is to be achieved
 * @param uncrcArticles the articles of the UN Convention on the Rights of the Child it serves
 * @param nationalFramework the outcomes and enablers of the Children's Social Care National Framework (England) it
 *     serves
 * @param extensions free-form data that the model does not describe
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Priority(
        @NotBlank @Identifier String id,
        @NotBlank String title,
        String description,
        @UniqueElements List<@NotNull StatutoryAim> aims,
        @UniqueElements List<@NotNull WellbeingIndicator> wellbeingIndicators,
        @UniqueElements List<@NotNull ChildrenActOutcome> childrenActOutcomes,
        @UniqueElements List<@NotNull CooperationActOutcome> cooperationActOutcomes,
        @UniqueElements List<@NotNull NationalOutcome> nationalOutcomes,
        List<@NotBlank String> rationale,
        @Valid Timescale timescale,
        @UniqueElements List<@NotNull @Min(1) @Max(54) Integer> uncrcArticles,
        @UniqueElements List<@NotNull NationalFrameworkElement> nationalFramework,
        Map<String, Object> extensions) {

    /** Copies the collections so that the record stays immutable. */
    public Priority {
        aims = Copies.list(aims);
        wellbeingIndicators = Copies.list(wellbeingIndicators);
        childrenActOutcomes = Copies.list(childrenActOutcomes);
        cooperationActOutcomes = Copies.list(cooperationActOutcomes);
        nationalOutcomes = Copies.list(nationalOutcomes);
        rationale = Copies.list(rationale);
        uncrcArticles = Copies.list(uncrcArticles);
        nationalFramework = Copies.list(nationalFramework);
        extensions = Copies.map(extensions);
    }
}
