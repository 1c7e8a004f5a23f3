package org.childplan.model.internal.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import java.time.LocalDate;
import java.util.Map;
import org.childplan.model.PartialDate;

/**
 * Teaches the schema generator what the reader accepts for the types it maps by hand: a partial date (text in
 * {@link PartialDate#PATTERN}, or a bare year, which YAML reads as a number), a date ({@code format: date}) and the free
 * {@code extensions} maps (any JSON object).
 *
 * <p>Build tooling: the {@code jsonschema-maven-plugin} in plan-model's pom runs it at {@code process-test-classes}.
 */
public final class PlanSchemaModule implements Module {

    @Override
    public void applyToConfigBuilder(SchemaGeneratorConfigBuilder builder) {
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == PartialDate.class) {
                node.putArray("type").add("string").add("integer");
                node.put("pattern", PartialDate.PATTERN);
                node.put("minimum", 1000);
                node.put("maximum", 9999);
                node.put("description", "A date as YYYY, YYYY-MM or YYYY-MM-DD.");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.YES);
            }
            if (raw == LocalDate.class) {
                node.put("type", "string");
                node.put("format", "date");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.YES);
            }
            if (Map.class.isAssignableFrom(raw)) {
                node.put("type", "object");
                node.put("description", "Free-form data that the model does not describe.");
                // No type attributes: the default "additionalProperties": false must not close the free-form map.
                return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            return null;
        });
    }
}
