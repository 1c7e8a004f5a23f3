package org.childplan.rules.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Iterator;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.model.Plan;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;

/**
 * Plans made from a base plan and a JSON merge patch (RFC 7396), as the rule cases describe them.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PatchedPlans {

    private static final YAMLMapper YAML = new YAMLMapper();

    private PatchedPlans() {
    }

    /** The plan of the YAML text {@code base} (named {@code name} in errors), with {@code patch} applied if given. */
    public static Plan patched(String name, String base, JsonNode patch) {
        String content = base;
        if (patch != null) {
            try {
                content = YAML.writeValueAsString(mergePatch(YAML.readTree(base), patch));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(name + ": " + e.getOriginalMessage(), e);
            }
        }
        try {
            return PlanDocuments.read(content, patch == null ? name : "patched " + name).plan();
        } catch (PlanReadException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** {@code patch} applied to {@code target} as a JSON merge patch: objects merge, {@code null} removes. */
    public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : YAML.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
