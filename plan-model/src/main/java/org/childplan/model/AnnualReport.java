package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.childplan.model.internal.Copies;
import org.apiguardian.api.API;
import org.childplan.model.validation.DatesInOrder;
import org.childplan.model.validation.SupportedDate;

/**
 * A report on progress made under a plan over one year of its period.
 *
 * @param title the report's title
 * @param coversFrom the first day of the year it reports on
 * @param coversTo the last day of the year it reports on
 * @param published when it was published, as the source gives it: a day, a month ({@code 2024-06}) or a year, or
 *     {@code null} when not (yet) published; never before {@code coversTo}, as a report is on a year that has ended
 * @param location where it was published
 * @param actionsDelivered how far each action of the plan was delivered in the year
 * @param measureResults the values the plan's measures reached in the year
 * @param aimsAchieved how far the services achieved the plan's aims in the year, in the report's words
 * @param groupOutcomes how wellbeing outcomes changed for all children and for groups with particular needs
 * @param sufficiency what the report sets out for the year of a Welsh annual sufficiency plan (s75D of the Social
 *     Services and Well-being (Wales) Act 2014), or {@code null} for any other report or when not recorded
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@DatesInOrder
@RecordBuilder
public record AnnualReport(
        @NotBlank String title, @NotNull @SupportedDate LocalDate coversFrom, @NotNull @SupportedDate LocalDate coversTo,
        @SupportedDate PartialDate published, String location,
        List<@NotNull @Valid ActionDelivery> actionsDelivered,
        List<@NotNull @Valid MeasureResult> measureResults,
        String aimsAchieved,
        List<@NotNull @Valid GroupOutcome> groupOutcomes,
        @Valid SufficiencyReport sufficiency) {

    /** Copies the lists so that the record stays immutable. */
    public AnnualReport {
        actionsDelivered = Copies.list(actionsDelivered);
        measureResults = Copies.list(measureResults);
        groupOutcomes = Copies.list(groupOutcomes);
    }

    /** A report known by its title, year, publication and location only, saying nothing of its content. */
    public AnnualReport(String title, LocalDate coversFrom, LocalDate coversTo, PartialDate published,
            String location) {
        this(title, coversFrom, coversTo, published, location, List.of(), List.of(), null, List.of(), null);
    }

    /**
     * A report published on a day, known by its title, year, publication and location only, as every report was
     * recorded before dates could be partial.
     */
    public AnnualReport(String title, LocalDate coversFrom, LocalDate coversTo, LocalDate published, String location) {
        this(title, coversFrom, coversTo, published == null ? null : PartialDate.of(published), location);
    }
}
