package org.childplan.rules.england;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.ChildrenActOutcome;
import org.childplan.model.Plan;

/**
 * The five outcomes of Children Act 2004 s10(2) as a plan addresses them, for the England rules.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ChildrenActOutcomes {

    private ChildrenActOutcomes() {
    }

    /** The outcomes that no priority, outcome or action of {@code plan} addresses, in the order of s10(2). */
    public static List<ChildrenActOutcome> unaddressed(Plan plan) {
        Set<ChildrenActOutcome> addressed = EnumSet.noneOf(ChildrenActOutcome.class);
        plan.priorities().forEach(priority -> addressed.addAll(priority.childrenActOutcomes()));
        plan.outcomes().forEach(outcome -> addressed.addAll(outcome.childrenActOutcomes()));
        plan.actions().forEach(action -> addressed.addAll(action.childrenActOutcomes()));
        return EnumSet.complementOf(toEnumSet(addressed)).stream().toList();
    }

    /**
     * The priorities, outcomes and actions of {@code plan} tagged with any of the five outcomes, in plan order: the
     * evidence that the plan addresses them.
     */
    public static List<Object> addressing(Plan plan) {
        List<Object> elements = new ArrayList<>();
        plan.priorities().stream().filter(priority -> !priority.childrenActOutcomes().isEmpty()).forEach(elements::add);
        plan.outcomes().stream().filter(outcome -> !outcome.childrenActOutcomes().isEmpty()).forEach(elements::add);
        plan.actions().stream().filter(action -> !action.childrenActOutcomes().isEmpty()).forEach(elements::add);
        return elements;
    }

    /** The priorities, outcomes and actions of {@code plan} tagged with {@code outcome}, in plan order. */
    public static List<Object> addressing(Plan plan, ChildrenActOutcome outcome) {
        List<Object> elements = new ArrayList<>();
        plan.priorities().stream().filter(priority -> priority.childrenActOutcomes().contains(outcome)).forEach(elements::add);
        plan.outcomes().stream().filter(each -> each.childrenActOutcomes().contains(outcome)).forEach(elements::add);
        plan.actions().stream().filter(action -> action.childrenActOutcomes().contains(outcome)).forEach(elements::add);
        return elements;
    }

    /** Whether some priority, outcome or action of {@code plan} addresses {@code outcome}. */
    public static boolean addresses(Plan plan, ChildrenActOutcome outcome) {
        return !unaddressed(plan).contains(outcome);
    }

    /** The words of s10(2) for {@code outcome}, for example {@code protection from harm and neglect}. */
    public static String words(ChildrenActOutcome outcome) {
        return switch (outcome) {
            case BE_HEALTHY -> "physical and mental health and emotional well-being";
            case STAY_SAFE -> "protection from harm and neglect";
            case ENJOY_AND_ACHIEVE -> "education, training and recreation";
            case MAKE_A_POSITIVE_CONTRIBUTION -> "the contribution made by them to society";
            case ACHIEVE_ECONOMIC_WELL_BEING -> "social and economic well-being";
        };
    }

    /** The unaddressed outcomes as {@code NAME (s10(2)(x))}, joined by commas. */
    public static String describeUnaddressed(Plan plan) {
        return String.join(", ", unaddressed(plan).stream()
                .map(outcome -> outcome.name() + " (" + outcome.provision() + ")").toList());
    }

    private static EnumSet<ChildrenActOutcome> toEnumSet(Set<ChildrenActOutcome> outcomes) {
        return outcomes.isEmpty() ? EnumSet.noneOf(ChildrenActOutcome.class) : EnumSet.copyOf(outcomes);
    }
}
