package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.model.internal.Copies;

/**
 * The parts of a plan that address one of the three themes ({@link Theme}), in any jurisdiction: its priorities,
 * actions, services and measures, named by id.
 *
 * <p>A Scottish plan need not list what its aims already say: a priority or action tagged with an aim of s9(2) that
 * states a theme addresses that theme (see {@link Theme#of(StatutoryAim)}).
 *
 * @param theme the theme
 * @param description how the plan addresses it, in the plan's words
 * @param priorities ids of the {@link Priority priorities} that address it
 * @param actions ids of the {@link Action actions} that address it
 * @param services ids of the {@link Service services} that address it
 * @param measures ids of the {@link Measure measures} that track it
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record ThemeLinks(
        @NotNull Theme theme,
        String description,
        List<@NotBlank String> priorities,
        List<@NotBlank String> actions,
        List<@NotBlank String> services,
        List<@NotBlank String> measures) {

    /** Copies the lists so that the record stays immutable. */
    public ThemeLinks {
        priorities = Copies.list(priorities);
        actions = Copies.list(actions);
        services = Copies.list(services);
        measures = Copies.list(measures);
    }
}
