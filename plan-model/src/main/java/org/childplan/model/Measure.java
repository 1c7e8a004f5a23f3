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
 * A measure by which a plan tracks progress.\n *\n * @param id the identifier of this measure\n * @param title what is measured\n * @param description more detail, in the plan's words\n * @param unit the unit, or {@code null}\n * @param baseline where the measure starts\n * @param target where the plan wants it to be\n * @param frequency how often it is measured\n * @param dataSource where the data comes from\n * @param priorities ids of the {@link Priority priorities} it tracks\n * @param extensions free-form data that the model does not describe
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
        Map<String, Object> extensions) {

    /** Copies the collections so that the record stays immutable. */
    public Measure {
        priorities = Copies.list(priorities);
        extensions = Copies.map(extensions);
    }
}
