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
 * An action a plan commits to.
 *
 * @param id the identifier of this action
 * @param title what is to be done
 * @param description more detail, in the plan's words
 * @param lead id of the {@link Body} that leads it
 * @param partners ids of the {@link Body bodies} that take part
 * @param timescale when it is to happen
 * @param resources the resources committed to it
 * @param priorities ids of the {@link Priority priorities} it serves
 * @param measures ids of the {@link Measure measures} that track it
 * @param aims the aims of s9(2) of the 2014 Act (Scotland) it addresses
 * @param wellbeingIndicators the wellbeing indicators (Scotland) it addresses
 * @param childrenActOutcomes the Children Act 2004 outcomes (England) it addresses
 * @param cooperationActOutcomes the aspects of well-being of the Children's Services Co-operation Act (Northern
 *     Ireland) 2015, s1(2), it addresses
 * @param nationalOutcomes the national outcomes of Scotland's National Performance Framework it serves
 * @param uncrcArticles the articles of the UN Convention on the Rights of the Child it puts into practice
 * @param extensions free-form data that the model does not describe
 * @param languages the languages other than English through the medium of which the action provides, or arranges,
 *     services (for example {@code Welsh}); empty when it names none
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Action(
        @NotBlank @Identifier String id,
        @NotBlank String title,
        String description,
        String lead,
        List<@NotBlank String> partners,
        @Valid Timescale timescale,
        String resources,
        List<@NotBlank String> priorities,
        List<@NotBlank String> measures,
        @UniqueElements List<@NotNull StatutoryAim> aims,
        @UniqueElements List<@NotNull WellbeingIndicator> wellbeingIndicators,
        @UniqueElements List<@NotNull ChildrenActOutcome> childrenActOutcomes,
        @UniqueElements List<@NotNull CooperationActOutcome> cooperationActOutcomes,
        @UniqueElements List<@NotNull NationalOutcome> nationalOutcomes,
        @UniqueElements List<@NotNull @Min(1) @Max(54) Integer> uncrcArticles,
        Map<String, Object> extensions,
        @UniqueElements List<@NotBlank String> languages) {

    /** Copies the collections so that the record stays immutable. */
    public Action {
        partners = Copies.list(partners);
        priorities = Copies.list(priorities);
        measures = Copies.list(measures);
        aims = Copies.list(aims);
        wellbeingIndicators = Copies.list(wellbeingIndicators);
        childrenActOutcomes = Copies.list(childrenActOutcomes);
        cooperationActOutcomes = Copies.list(cooperationActOutcomes);
        nationalOutcomes = Copies.list(nationalOutcomes);
        uncrcArticles = Copies.list(uncrcArticles);
        extensions = Copies.map(extensions);
        languages = Copies.list(languages);
    }
}
