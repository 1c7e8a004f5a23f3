package org.childplan.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.childplan.model.Action;
import org.childplan.model.AnnualReport;
import org.childplan.model.Consultation;
import org.childplan.model.Measure;
import org.childplan.model.Plan;
import org.childplan.model.Service;
import org.childplan.model.Timescale;

/**
 * A stand-in for the model's validator, checking the example plans for unique ids, resolving cross-references and
 * dates in order; each problem is a sentence that starts with the JSON Pointer of the offending element.
 *
 * <p>To be replaced by {@code org.childplan.model.validation} when that lands.
 */
final class CrossReferences {

    private CrossReferences() {
    }

    /** The ids that are not unique within their list. */
    static List<String> duplicateIds(Plan plan) {
        List<String> problems = new ArrayList<>();
        duplicates(problems, "/bodies", plan.bodies(), body -> body.id());
        duplicates(problems, "/priorities", plan.priorities(), priority -> priority.id());
        duplicates(problems, "/outcomes", plan.outcomes(), outcome -> outcome.id());
        duplicates(problems, "/actions", plan.actions(), action -> action.id());
        duplicates(problems, "/measures", plan.measures(), measure -> measure.id());
        duplicates(problems, "/services", plan.services(), service -> service.id());
        duplicates(problems, "/consultations", plan.consultations(), consultation -> consultation.id());
        return problems;
    }

    /** The references by id that name nothing in the plan. */
    static List<String> danglingReferences(Plan plan) {
        Set<String> bodies = ids(plan.bodies(), body -> body.id());
        Set<String> priorities = ids(plan.priorities(), priority -> priority.id());
        Set<String> measures = ids(plan.measures(), measure -> measure.id());
        List<String> problems = new ArrayList<>();
        if (plan.governance() != null) {
            resolve(problems, "/governance/members", plan.governance().members(), bodies, "body");
        }
        if (plan.needsAssessment() != null) {
            resolve(problems, "/needsAssessment/preparedBy", plan.needsAssessment().preparedBy(), bodies, "body");
        }
        for (int i = 0; i < plan.outcomes().size(); i++) {
            String at = "/outcomes/" + i + "/priorities";
            resolve(problems, at, plan.outcomes().get(i).priorities(), priorities, "priority");
        }
        for (int i = 0; i < plan.actions().size(); i++) {
            Action action = plan.actions().get(i);
            String at = "/actions/" + i;
            if (action.lead() != null) {
                resolveOne(problems, at + "/lead", action.lead(), bodies, "body");
            }
            resolve(problems, at + "/partners", action.partners(), bodies, "body");
            resolve(problems, at + "/priorities", action.priorities(), priorities, "priority");
            resolve(problems, at + "/measures", action.measures(), measures, "measure");
        }
        for (int i = 0; i < plan.measures().size(); i++) {
            String at = "/measures/" + i + "/priorities";
            resolve(problems, at, plan.measures().get(i).priorities(), priorities, "priority");
        }
        for (int i = 0; i < plan.services().size(); i++) {
            Service service = plan.services().get(i);
            if (service.provider() != null) {
                resolveOne(problems, "/services/" + i + "/provider", service.provider(), bodies, "body");
            }
        }
        for (int i = 0; i < plan.consultations().size(); i++) {
            resolve(problems, "/consultations/" + i + "/bodies", plan.consultations().get(i).bodies(), bodies, "body");
        }
        return problems;
    }

    /** The pairs of dates that are out of order. */
    static List<String> datesOutOfOrder(Plan plan) {
        List<String> problems = new ArrayList<>();
        if (plan.period() != null) {
            notBefore(problems, "/period", plan.period().start(), plan.period().end(), "start", "end");
            if (plan.previousPlan() != null && plan.previousPlan().end() != null) {
                notBefore(problems, "/period/start", plan.previousPlan().end().plusDays(1), plan.period().start(),
                        "day after the previous plan's end", "period start");
            }
        }
        if (plan.previousPlan() != null) {
            var previous = plan.previousPlan();
            notBefore(problems, "/previousPlan", previous.start(), previous.end(), "start", "end");
        }
        for (int i = 0; i < plan.actions().size(); i++) {
            Timescale timescale = plan.actions().get(i).timescale();
            if (timescale != null) {
                String at = "/actions/" + i + "/timescale";
                notBefore(problems, at, timescale.start(), timescale.due(), "start", "due");
            }
        }
        for (int i = 0; i < plan.measures().size(); i++) {
            Measure measure = plan.measures().get(i);
            if (measure.baseline() != null && measure.target() != null) {
                notBefore(problems, "/measures/" + i, measure.baseline().date(), measure.target().date(),
                        "baseline date", "target date");
            }
        }
        for (int i = 0; i < plan.consultations().size(); i++) {
            Consultation consultation = plan.consultations().get(i);
            notBefore(problems, "/consultations/" + i, consultation.from(), consultation.to(), "from", "to");
        }
        for (int i = 0; i < plan.annualReports().size(); i++) {
            AnnualReport report = plan.annualReports().get(i);
            String at = "/annualReports/" + i;
            notBefore(problems, at, report.coversFrom(), report.coversTo(), "coversFrom", "coversTo");
            notBefore(problems, at, report.coversTo(), report.published(), "coversTo", "published");
        }
        return problems;
    }

    private static <T> void duplicates(List<String> problems, String at, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                problems.add(at + "/" + i + "/id: the id '" + value + "' is used more than once in " + at);
            }
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    private static void resolve(
            List<String> problems, String at, List<String> references, Set<String> ids, String kind) {
        for (int i = 0; i < references.size(); i++) {
            resolveOne(problems, at + "/" + i, references.get(i), ids, kind);
        }
    }

    private static void resolveOne(List<String> problems, String at, String reference, Set<String> ids, String kind) {
        if (!ids.contains(reference)) {
            problems.add(at + ": '" + reference + "' names no " + kind + " of the plan");
        }
    }

    private static void notBefore(List<String> problems, String at, LocalDate earlier, LocalDate later,
            String earlierName, String laterName) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            problems.add(at + ": " + laterName + " " + later + " is before " + earlierName + " " + earlier);
        }
    }
}
