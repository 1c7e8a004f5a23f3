package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.childplan.model.internal.Copies;
import org.apiguardian.api.API;
import org.childplan.model.validation.Identifier;

/**
 * A measure by which a plan tracks progress.
 *
 * @param id the identifier of this measure
 * @param title what is measured
 * @param description more detail, in the plan's words
 * @param unit the unit, or {@code null}; for example {@code %} or {@code children per 1,000}
 * @param baseline where the measure starts
 * @param target where the plan wants it to be
 * @param frequency how often it is measured
 * @param dataSource where the data comes from
 * @param priorities ids of the {@link Priority priorities} it tracks
 * @param owner id of the {@link Body} that owns the measure: collects it and answers for it
 * @param direction the way the plan wants the measure to move, stated when it sets no numeric target (and may be
 *     stated beside one)
 * @param extensions free-form data that the model does not describe
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Measure(
        @NotBlank @Identifier String id,
        @NotBlank String title,
        String description,
        String unit,
        @Valid MeasureValue baseline,
        @Valid MeasureValue target,
        ReportingFrequency frequency,
        String dataSource,
        List<@NotBlank String> priorities,
        String owner,
        DirectionOfTravel direction,
        Map<String, Object> extensions) {

    /** Copies the collections so that the record stays immutable. */
    public Measure {
        priorities = Copies.list(priorities);
        extensions = Copies.map(extensions);
    }
}
