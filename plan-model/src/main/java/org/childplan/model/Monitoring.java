package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * How a plan's progress is monitored and evaluated: the approach, who is responsible and the methods used. The
 * indicators themselves are the plan's {@link Measure measures}.
 *
 * @param approach the approach to monitoring and evaluating progress, in the plan's words
 * @param responsible the body (by its id) or the group (by its name, for example the plan's oversight group) that is
 *     responsible for measuring progress
 * @param methods the methods and kinds of evidence used (for example surveys, evaluation, consultation feedback,
 *     population data, service data)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Monitoring(String approach, String responsible, List<@NotBlank String> methods) {

    /** Copies the list so that the record stays immutable. */
    public Monitoring {
        methods = Copies.list(methods);
    }
}
