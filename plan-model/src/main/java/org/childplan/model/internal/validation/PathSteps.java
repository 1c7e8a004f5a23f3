package org.childplan.model.internal.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Bean Validation property path as plain steps into the plan document: component names and list positions (or map
 * keys), and the JSON Pointer they make.
 *
 * <p>In a Bean Validation path the position belongs to the node after the list ({@code actions[2].lead} is the node
 * {@code actions} followed by the node {@code lead} at index 2); container element nodes such as
 * {@code <list element>} and bean nodes have no name in the document. So {@code actions[2].lead} becomes
 * {@code actions, 2, lead} and {@code bodies[0].<list element>} becomes {@code bodies, 0}.
 */
public final class PathSteps {

    /**
     * One step: a component name, or a position or key.
     *
     * @param name the component name, or {@code null} for a position or key
     * @param index the position (an {@link Integer}) or map key, or {@code null} for a name
     */
    public record Step(String name, Object index) {

        /** A step into the component {@code name}. */
        public static Step named(String name) {
            return new Step(name, null);
        }

        /** A step to position or key {@code index}. */
        public static Step at(Object index) {
            return new Step(null, index);
        }

        /** Whether this step is a component name. */
        public boolean isName() {
            return name != null;
        }

        /** The step as it appears in a JSON Pointer, before escaping. */
        public String text() {
            return isName() ? name : String.valueOf(index);
        }
    }

    private PathSteps() {
    }

    /** The steps of {@code path}. */
    public static List<Step> of(Path path) {
        List<Step> steps = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
                // An element of a set has neither; the pointer then stops at the set.
                if (index != null) {
                    steps.add(Step.at(index));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                steps.add(Step.named(node.getName()));
            }
        }
        return List.copyOf(steps);
    }

    /** The JSON Pointer (RFC 6901) of {@code steps}; the empty string for the whole document. */
    public static String pointer(List<Step> steps) {
        StringBuilder pointer = new StringBuilder();
        for (Step step : steps) {
            pointer.append('/').append(step.text().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
