package org.childplan.rules.wales;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.Action;
import org.childplan.model.Body;
import org.childplan.model.BodyType;
import org.childplan.model.NeedLevel;
import org.childplan.model.Plan;
import org.childplan.model.PlanRole;
import org.childplan.model.Service;
import org.childplan.model.Theme;
import org.childplan.rules.ThemeCoverage;

/**
 * What an area plan under s14A(2) of the Social Services and Well-being (Wales) Act 2014 sets out, as the Wales rules
 * read it from the plan: the relevant bodies (the local authorities and Local Health Boards) that prepare it, their
 * preventative services and action, the actions through the medium of Welsh and the action they take jointly.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AreaPlanContent {

    private static final Set<NeedLevel> PREVENTATIVE = Set.of(NeedLevel.UNIVERSAL_PREVENTION, NeedLevel.EARLY_INTERVENTION);

    private AreaPlanContent() {
    }

    /** Whether {@code type} is a Local Health Board as the plan model records one (a health board or authority). */
    public static boolean isHealthBoard(BodyType type) {
        return type == BodyType.HEALTH_BOARD || type == BodyType.HEALTH_AUTHORITY;
    }

    /**
     * The ids of the bodies of {@code plan} that prepare it (as lead or joint preparer) and are local authorities
     * ({@code healthBoards} false) or Local Health Boards (true), in plan order.
     */
    public static List<String> preparers(Plan plan, boolean healthBoards) {
        return plan.bodies().stream().filter(Objects::nonNull)
                .filter(body -> body.role() == PlanRole.LEAD || body.role() == PlanRole.JOINT_PREPARER)
                .filter(body -> healthBoards ? isHealthBoard(body.type()) : body.type() == BodyType.LOCAL_AUTHORITY)
                .map(Body::id)
                .toList();
    }

    /**
     * The preventative services and action of the bodies {@code bodyIds}: their services placed on universal and
     * primary prevention or early intervention, and their services and the actions they lead or take part in that
     * the plan links to early action and prevention, in plan order (actions, then services).
     */
    public static List<Object> preventative(Plan plan, List<String> bodyIds) {
        List<Object> prevention = ThemeCoverage.elementsOf(plan, Theme.EARLY_ACTION_AND_PREVENTION);
        Set<Object> found = new LinkedHashSet<>();
        for (Action action : plan.actions()) {
            if (action != null && prevention.contains(action) && involves(action, bodyIds)) {
                found.add(action);
            }
        }
        for (Service service : plan.services()) {
            if (service != null && bodyIds.contains(service.provider())
                    && (prevention.contains(service) || service.continuum().stream().anyMatch(PREVENTATIVE::contains))) {
                found.add(service);
            }
        }
        return new ArrayList<>(found);
    }

    /** The actions of {@code plan} that provide or arrange services through the medium of Welsh. */
    public static List<Action> throughWelsh(Plan plan) {
        return plan.actions().stream().filter(Objects::nonNull)
                .filter(action -> action.languages().stream().anyMatch(AreaPlanContent::isWelsh))
                .toList();
    }

    /**
     * The relevant bodies named in {@code plan} (its local authorities and Local Health Boards, whatever their role),
     * in plan order.
     */
    public static List<String> relevantBodies(Plan plan) {
        return plan.bodies().stream().filter(Objects::nonNull)
                .filter(body -> body.type() == BodyType.LOCAL_AUTHORITY || isHealthBoard(body.type()))
                .map(Body::id)
                .toList();
    }

    /** The actions of {@code plan} that two or more of its relevant bodies lead or take part in together. */
    public static List<Action> joint(Plan plan) {
        List<String> relevant = relevantBodies(plan);
        return plan.actions().stream().filter(Objects::nonNull)
                .filter(action -> {
                    Set<String> involved = new LinkedHashSet<>(action.partners());
                    if (action.lead() != null) {
                        involved.add(action.lead());
                    }
                    involved.retainAll(relevant);
                    return involved.size() >= 2;
                })
                .toList();
    }

    private static boolean involves(Action action, List<String> bodyIds) {
        return bodyIds.contains(action.lead()) || action.partners().stream().anyMatch(bodyIds::contains);
    }

    private static boolean isWelsh(String language) {
        String name = language.strip().toLowerCase(Locale.ROOT);
        return name.equals("welsh") || name.equals("cymraeg");
    }
}
