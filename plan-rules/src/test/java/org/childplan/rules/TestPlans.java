package org.childplan.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.childplan.model.Plan;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;

/** Test plans: the compliant base plans of the packs, and patches of them. */
public final class TestPlans {

    private static final YAMLMapper YAML = new YAMLMapper();
    public static final String COMPLIANT = "/org/childplan/rules/scotland/compliant-plan.yaml";

    private TestPlans() {
    }

    public static String resource(String name) {
        try (InputStream in = TestPlans.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanDocument compliantDocument() {
        return read(resource(COMPLIANT), "compliant-plan.yaml");
    }

    public static Plan compliant() {
        return compliantDocument().plan();
    }

    /** The compliant plan with {@code patch} (a JSON merge patch, RFC 7396, as YAML) applied. */
    public static Plan patched(String patch) {
        return patched(readTree(patch));
    }

    /** The compliant plan with {@code patch} (a JSON merge patch, RFC 7396) applied. */
    public static Plan patched(JsonNode patch) {
        return patched(COMPLIANT, patch);
    }

    /** The plan of the test resource {@code base} as it is. */
    public static Plan plan(String base) {
        return read(resource(base), base.substring(base.lastIndexOf('/') + 1)).plan();
    }

    /** The plan of the test resource {@code base} with {@code patch} (a JSON merge patch, RFC 7396) applied. */
    public static Plan patched(String base, JsonNode patch) {
        if (patch == null) {
            return plan(base);
        }
        JsonNode merged = mergePatch(readTree(resource(base)), patch);
        try {
            return read(YAML.writeValueAsString(merged), "patched " + base).plan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanDocument read(String content, String name) {
        try {
            return PlanDocuments.read(content, name);
        } catch (PlanReadException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static JsonNode readTree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
