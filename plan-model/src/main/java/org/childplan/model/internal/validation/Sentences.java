package org.childplan.model.internal.validation;

import java.util.ArrayList;
import java.util.List;
import org.childplan.model.Plan;

/**
 * Turns a constraint's message fragment ("must be given") into a sentence about the element it concerns: "Action 'a-3':
 * 'title' must be given."
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentence for {@code fragment} about the element of {@code plan} at {@code steps}. */
    public static String about(Plan plan, List<PathSteps.Step> steps, String fragment) {
        String subject;
        int consumed;
        if (steps.size() >= 2 && steps.get(0).isName() && Subjects.isList(steps.get(0).name())
                && steps.get(1).index() instanceof Integer index) {
            subject = Subjects.element(plan, steps.get(0).name(), index);
            consumed = 2;
        } else if (!steps.isEmpty() && steps.get(0).isName() && Subjects.isSingle(steps.get(0).name())) {
            subject = Subjects.single(steps.get(0).name());
            consumed = 1;
        } else {
            subject = Subjects.PLAN;
            consumed = 0;
        }
        String field = field(steps.subList(consumed, steps.size()));
        String sentence = subject + (field.isEmpty() ? "" : ": " + field) + " " + fragment;
        return sentence.endsWith(".") || sentence.endsWith("?") ? sentence : sentence + ".";
    }

    /**
     * The steps below the subject in words: {@code 'timescale.due'}, {@code entry 2 of 'partners'},
     * {@code 'status' of entry 1 of 'objectives'}.
     */
    static String field(List<PathSteps.Step> steps) {
        List<String> names = new ArrayList<>();
        List<List<Object>> indices = new ArrayList<>();
        for (PathSteps.Step step : steps) {
            if (step.isName() || names.isEmpty()) {
                names.add(step.isName() ? step.name() : null);
                indices.add(new ArrayList<>());
            }
            if (!step.isName()) {
                indices.get(indices.size() - 1).add(step.index());
            }
        }
        List<String> parts = new ArrayList<>();
        String dotted = null;
        for (int segment = names.size() - 1; segment >= 0; segment--) {
            String name = names.get(segment);
            if (indices.get(segment).isEmpty()) {
                dotted = dotted == null ? name : name + "." + dotted;
                continue;
            }
            if (dotted != null) {
                parts.add("'" + dotted + "'");
                dotted = null;
            }
            List<Object> positions = indices.get(segment);
            for (int i = positions.size() - 1; i >= 0; i--) {
                parts.add(entry(positions.get(i)));
            }
            if (name != null) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " of '" + name + "'");
            }
        }
        if (dotted != null) {
            parts.add("'" + dotted + "'");
        }
        return String.join(" of ", parts);
    }

    private static String entry(Object index) {
        return index instanceof Integer position ? "entry " + (position + 1) : "entry '" + index + "'";
    }
}
