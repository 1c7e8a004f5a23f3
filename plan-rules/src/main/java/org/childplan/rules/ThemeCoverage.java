package org.childplan.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.Action;
import org.childplan.model.Measure;
import org.childplan.model.Plan;
import org.childplan.model.Priority;
import org.childplan.model.Service;
import org.childplan.model.Theme;
import org.childplan.model.ThemeLinks;

/**
 * One of the three themes (early action and prevention, integration, the use of resources) against the priorities,
 * actions, services and measures of a plan that address it, in any jurisdiction.
 *
 * <p>A priority addresses a theme when {@link Plan#themes()} lists it for the theme or it is tagged with the Scottish
 * aim of s9(2) that states the theme ({@link Theme#scottishAim()}). An action addresses it likewise, or by serving a
 * priority that does. A service addresses it when listed. A measure tracks it when listed, or when it tracks a
 * priority, or is a measure of an action, that addresses the theme.
 *
 * @param theme the theme
 * @param priorities ids of the priorities that address it, in plan order
 * @param actions ids of the actions that address it, in plan order
 * @param services ids of the services that address it, in plan order
 * @param measures ids of the measures that track it, in plan order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ThemeCoverage(
        Theme theme, List<String> priorities, List<String> actions, List<String> services, List<String> measures) {

    /** Copies the lists so that the record stays immutable. */
    public ThemeCoverage {
        Objects.requireNonNull(theme, "theme");
        priorities = List.copyOf(priorities);
        actions = List.copyOf(actions);
        services = List.copyOf(services);
        measures = List.copyOf(measures);
    }

    /** The coverage of {@code plan}: one row per theme, in the order of {@link Theme}. */
    public static List<ThemeCoverage> of(Plan plan) {
        List<ThemeCoverage> rows = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            rows.add(of(plan, theme));
        }
        return rows;
    }

    private static ThemeCoverage of(Plan plan, Theme theme) {
        Set<String> listedPriorities = new HashSet<>();
        Set<String> listedActions = new HashSet<>();
        Set<String> listedServices = new HashSet<>();
        Set<String> listedMeasures = new HashSet<>();
        for (ThemeLinks links : plan.themes()) {
            if (links != null && links.theme() == theme) {
                listedPriorities.addAll(links.priorities());
                listedActions.addAll(links.actions());
                listedServices.addAll(links.services());
                listedMeasures.addAll(links.measures());
            }
        }
        List<String> priorities = plan.priorities().stream()
                .filter(Objects::nonNull)
                .filter(priority -> listedPriorities.contains(priority.id())
                        || priority.aims().contains(theme.scottishAim()))
                .map(Priority::id)
                .toList();
        Set<String> themedPriorities = new HashSet<>(priorities);
        List<String> actions = plan.actions().stream()
                .filter(Objects::nonNull)
                .filter(action -> listedActions.contains(action.id()) || action.aims().contains(theme.scottishAim())
                        || action.priorities().stream().anyMatch(themedPriorities::contains))
                .map(Action::id)
                .toList();
        Set<String> measuresOfActions = new HashSet<>();
        plan.actions().stream()
                .filter(Objects::nonNull)
                .filter(action -> actions.contains(action.id()))
                .forEach(action -> measuresOfActions.addAll(action.measures()));
        List<String> services = plan.services().stream()
                .filter(Objects::nonNull)
                .filter(service -> listedServices.contains(service.id()))
                .map(Service::id)
                .toList();
        List<String> measures = plan.measures().stream()
                .filter(Objects::nonNull)
                .filter(measure -> listedMeasures.contains(measure.id()) || measuresOfActions.contains(measure.id())
                        || measure.priorities().stream().anyMatch(themedPriorities::contains))
                .map(Measure::id)
                .toList();
        return new ThemeCoverage(theme, priorities, actions, services, measures);
    }

    /**
     * The priorities, actions and services of {@code plan} that address {@code theme}, in that order and each in plan
     * order: the elements a rule names as the evidence that a plan addresses the theme (measures track a theme; they
     * do not address it by themselves).
     */
    public static List<Object> elementsOf(Plan plan, Theme theme) {
        ThemeCoverage row = of(plan, theme);
        List<Object> elements = new ArrayList<>();
        plan.priorities().stream().filter(Objects::nonNull)
                .filter(priority -> row.priorities.contains(priority.id())).forEach(elements::add);
        plan.actions().stream().filter(Objects::nonNull)
                .filter(action -> row.actions.contains(action.id())).forEach(elements::add);
        plan.services().stream().filter(Objects::nonNull)
                .filter(service -> row.services.contains(service.id())).forEach(elements::add);
        return elements;
    }

    /** The kinds of element none of which addresses the theme, for example {@code [service, measure]}. */
    public List<String> missingElements() {
        List<String> missing = new ArrayList<>();
        if (priorities.isEmpty()) {
            missing.add("priority");
        }
        if (actions.isEmpty()) {
            missing.add("action");
        }
        if (services.isEmpty()) {
            missing.add("service");
        }
        if (measures.isEmpty()) {
            missing.add("measure");
        }
        return missing;
    }

    /** Whether a priority, an action, a service and a measure each address the theme. */
    public boolean isComplete() {
        return missingElements().isEmpty();
    }
}
