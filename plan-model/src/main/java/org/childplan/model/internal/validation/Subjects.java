package org.childplan.model.internal.validation;

import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.WordUtils;
import org.childplan.model.Plan;

/**
 * Names the top-level element of a plan that a sentence is about: "Action 'a-3'", "Body 2", "The plan period".
 *
 * <p>An element with a usable id is named by it; otherwise by its position, counting from 1 as people do.
 */
public final class Subjects {

    /** The plan as a whole. */
    public static final String PLAN = "The plan";

    /**
     * The single-valued parts of the plan ({@link org.childplan.model.PlanPart}), each with what a sentence calls it;
     * {@code SubjectsTests} fails naming a part that is missing here.
     */
    private static final Map<String, String> SINGLE = Map.ofEntries(
            Map.entry("previousPlan", "The previous plan"),
            Map.entry("period", "The plan period"),
            Map.entry("governance", "The governance section"),
            Map.entry("safeguarding", "The safeguarding arrangements section"),
            Map.entry("needsAssessment", "The needs assessment"),
            Map.entry("vision", "The vision"),
            Map.entry("monitoring", "The monitoring section"),
            Map.entry("accessibility", "The accessibility section"),
            Map.entry("resources", "The resources section"),
            Map.entry("girfec", "The Getting it right for every child section"),
            Map.entry("familySupport", "The family support strategy"),
            Map.entry("childrensRights", "The children's rights section"),
            Map.entry("publication", "The publication"),
            Map.entry("previousPlanProgress", "The report of progress on the previous plan"),
            Map.entry("sufficiencyPlan", "The annual sufficiency plan"),
            Map.entry("improvementStatement", "The statement of how the improvements will be achieved"));

    /**
     * The list parts of the plan whose elements have no id ({@link IdList} names those with one), each with what a
     * sentence calls one element; {@code SubjectsTests} fails naming a part that is missing here.
     */
    private static final Map<String, String> OTHER_LISTS = Map.of(
            "approvals", "Approval",
            "annualReports", "Annual report",
            "reviews", "Review",
            "aims", "Plan aim",
            "linkedPlans", "Linked plan",
            "sources", "Source document",
            "themes", "Theme",
            "copiesSent", "Copy of the plan sent");

    private Subjects() {
    }

    /** Whether {@code property} is a plan component that holds a list of elements a sentence can be about. */
    public static boolean isList(String property) {
        return IdList.named(property).isPresent() || OTHER_LISTS.containsKey(property);
    }

    /** Whether {@code property} is a plan component that holds one element a sentence can be about. */
    public static boolean isSingle(String property) {
        return SINGLE.containsKey(property);
    }

    /** The element held by the single-valued plan component {@code property}. */
    public static String single(String property) {
        return SINGLE.getOrDefault(property, PLAN);
    }

    /** The element at {@code index} of the plan's list {@code property}, named by its id when it has a usable one. */
    public static String element(Plan plan, String property, int index) {
        Optional<IdList<?>> idList = IdList.named(property);
        if (idList.isPresent()) {
            String noun = idList.get().noun();
            String id = idList.get().idAt(plan, index);
            String capitalised = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            return id == null || id.isBlank() ? capitalised + " " + (index + 1) : capitalised + " '" + id + "'";
        }
        return OTHER_LISTS.getOrDefault(property, property) + " " + (index + 1);
    }

    /** The element at {@code index} of {@code list} by position, with its name when it has one: "body 1 ('NHS Grampian')". */
    public static String byPosition(Plan plan, IdList<?> list, int index) {
        String name = list.nameAt(plan, index);
        String position = list.noun() + " " + (index + 1);
        if (name == null || name.isBlank()) {
            return position;
        }
        String shortName = name.length() > 60 ? WordUtils.abbreviate(name, 40, 60, "...") : name;
        return position + " ('" + shortName + "')";
    }
}
