package org.childplan.rules.northernireland;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.childplan.model.BodyType;
import org.childplan.model.Consultation;
import org.childplan.model.Plan;
import org.childplan.model.Review;

/**
 * The children's services plan of the Children (Northern Ireland) Order 1995, Sch 2 para 2A, as a plan records it,
 * for the Northern Ireland rules: its financial years and the consultation of district councils.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ChildrenOrderPlans {

    private ChildrenOrderPlans() {
    }

    /**
     * A financial year (1 April to 31 March) of a plan's life, with the reviews of the plan dated in it.
     *
     * @param from its first day
     * @param to its last day
     * @param reviews the reviews of the plan dated within it
     * @since 0.1
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record FinancialYear(LocalDate from, LocalDate to, List<Review> reviews) {
    }

    /**
     * The financial years that begin within the period of {@code plan} and have ended before {@code asOf}, each with
     * the reviews dated in it; empty when the plan states no period.
     */
    public static List<FinancialYear> endedFinancialYears(Plan plan, LocalDate asOf) {
        List<FinancialYear> years = new ArrayList<>();
        if (plan.period() == null || asOf == null) {
            return years;
        }
        LocalDate start = plan.period().start();
        LocalDate from = LocalDate.of(start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1, Month.APRIL, 1);
        if (from.isBefore(start)) {
            from = from.plusYears(1);
        }
        while (!from.isAfter(plan.period().end())) {
            LocalDate to = from.plusYears(1).minusDays(1);
            if (!to.isBefore(asOf)) {
                break;
            }
            LocalDate first = from;
            List<Review> reviews = plan.reviews().stream()
                    .filter(review -> review.madeWithin(first, to))
                    .toList();
            years.add(new FinancialYear(from, to, reviews));
            from = from.plusYears(1);
        }
        return years;
    }

    /** The consultations of {@code plan} that name among their bodies a body of {@code type}, in plan order. */
    public static List<Consultation> consultationsOf(Plan plan, BodyType type) {
        Set<String> ids = plan.bodies().stream().filter(body -> body.type() == type).map(body -> body.id())
                .collect(Collectors.toSet());
        return plan.consultations().stream().filter(consultation -> consultation.bodies().stream().anyMatch(ids::contains))
                .toList();
    }
}
