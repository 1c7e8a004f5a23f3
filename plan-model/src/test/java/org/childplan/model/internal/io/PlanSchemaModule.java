package org.childplan.model.internal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.TypeScope;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childplan.model.PartialDate;
import org.childplan.model.SupportedDates;
import org.childplan.model.validation.Identifier;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * Teaches the schema generator what the reader and {@code PlanValidator} accept, and what the model's Javadoc says.
 *
 * <ul>
 *   <li>Descriptions: each property's is its record component's {@code @param}, each object's and enum's its type's
 *       Javadoc (with each enum constant's comment); examples are the {@code for example {@code ...}} of a
 *       {@code @param}. Nothing is written by hand here.</li>
 *   <li>Text: the reader takes a number or {@code true}/{@code false} where text is expected ({@code value: 45}), so
 *       text is {@code string}, {@code number} or {@code boolean}; {@code @NotBlank} text must hold a non-space
 *       character, an {@code @Identifier} must match {@link Identifier#PATTERN}.</li>
 *   <li>Lists: {@code @UniqueElements} is {@code uniqueItems}; a missing list reads as an empty one ({@code default}).
 *   <li>Dates: a date is {@code YYYY-MM-DD} and a partial date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 *       (or a bare year, which YAML reads as a number), every one a real day within {@link SupportedDates}: patterns
 *       that an editor checks, which {@code format: date} alone is not; each with examples of its forms.</li>
 *   <li>{@code extensions}: any JSON object.</li>
 * </ul>
 *
 * <p>Build tooling, in the tests: {@code PlanSchemaGenerator} runs it, {@code PlanSchemaGenerationTests} pins the result.
 */
public final class PlanSchemaModule implements Module {

    /** The years of {@link SupportedDates}, 1900 to 2200. */
    static final String YEAR = "(?:19\\d\\d|2[01]\\d\\d|2200)";

    /** The leap years among them: 2000 is one, 1900, 2100 and 2200 are not. */
    static final String LEAP_YEAR = "(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26])"
            + "|21(?:0[48]|[2468][048]|[13579][26]))";

    /** A month and day that every year has: 31 days in seven months, 30 in four, 28 in February. */
    static final String MONTH_DAY = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)"
            + "|02-(?:0[1-9]|1\\d|2[0-8]))";

    /** A real day within the supported dates, as {@code YYYY-MM-DD}. */
    static final String DAY = "(?:" + YEAR + "-" + MONTH_DAY + "|" + LEAP_YEAR + "-02-29)";

    /** A {@link LocalDate} as the reader takes it. */
    public static final String DATE_PATTERN = "^" + DAY + "$";

    /** A {@link PartialDate} written as text, as the reader takes it. */
    public static final String PARTIAL_DATE_PATTERN = "^(?:" + YEAR + "(?:-(?:0[1-9]|1[0-2]))?|" + DAY + ")$";

    private static final String NOT_BLANK = "\\S";

    private final ModelJavadoc javadoc;

    /** A module that reads the model's Javadoc from its sources. */
    public PlanSchemaModule() {
        this(ModelJavadoc.read());
    }

    /** A module that describes the schema with {@code javadoc}. */
    public PlanSchemaModule(ModelJavadoc javadoc) {
        this.javadoc = javadoc;
    }

    @Override
    public void applyToConfigBuilder(SchemaGeneratorConfigBuilder builder) {
        builder.forTypesInGeneral()
                .withCustomDefinitionProvider((type, context) -> {
                    Class<?> raw = type.getErasedType();
                    ObjectNode node = context.getGeneratorConfig().createObjectNode();
                    if (raw == String.class) {
                        node.putArray("type").add("string").add("number").add("boolean");
                        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                                CustomDefinition.AttributeInclusion.YES);
                    }
                    if (raw == PartialDate.class) {
                        node.putArray("type").add("string").add("integer");
                        node.put("pattern", PARTIAL_DATE_PATTERN);
                        node.put("minimum", SupportedDates.EARLIEST.getYear());
                        node.put("maximum", SupportedDates.LATEST.getYear());
                        node.putArray("examples").add(2017).add("2017-03").add("2017-03-31");
                        // A definition of its own, so that its description and a property's stand side by side.
                        return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                                CustomDefinition.AttributeInclusion.YES);
                    }
                    if (raw == LocalDate.class) {
                        node.put("type", "string");
                        node.put("format", "date");
                        node.put("pattern", DATE_PATTERN);
                        node.putArray("examples").add("2023-04-01");
                        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                                CustomDefinition.AttributeInclusion.YES);
                    }
                    if (Map.class.isAssignableFrom(raw)) {
                        node.put("type", "object");
                        // No type attributes: the default "additionalProperties": false must not close the free map.
                        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                                CustomDefinition.AttributeInclusion.NO);
                    }
                    return null;
                })
                .withDescriptionResolver(this::typeDescription);

        builder.forFields()
                .withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null
                        : param(field).map(ModelJavadoc::sentence).orElse(null))
                .withInstanceAttributeOverride((node, field, context) -> {
                    if (field.isFakeContainerItemScope()) {
                        return;
                    }
                    List<String> examples = param(field).map(ModelJavadoc::examples).orElse(List.of());
                    if (!examples.isEmpty() && !field.isContainerType()) {
                        ArrayNode array = node.putArray("examples");
                        examples.forEach(array::add);
                    }
                })
                .withStringPatternResolver(field -> {
                    if (has(field, Identifier.class)) {
                        return "^" + Identifier.PATTERN + "$";
                    }
                    return has(field, NotBlank.class) ? NOT_BLANK : null;
                })
                .withNumberInclusiveMinimumResolver(field -> has(field, Identifier.class) ? BigDecimal.ZERO : null)
                .withArrayUniqueItemsResolver(field -> !field.isFakeContainerItemScope()
                        && field.getAnnotationConsideringFieldAndGetter(UniqueElements.class) != null ? true : null)
                .withDefaultResolver(field -> !field.isFakeContainerItemScope()
                        && Collection.class.isAssignableFrom(field.getType().getErasedType()) ? List.of() : null);
    }

    private static boolean has(FieldScope field, Class<? extends Annotation> annotation) {
        return field.isFakeContainerItemScope()
                ? field.getContainerItemAnnotationConsideringFieldAndGetter(annotation) != null
                : !field.isContainerType() && field.getAnnotationConsideringFieldAndGetter(annotation) != null;
    }

    private Optional<String> param(FieldScope field) {
        return javadoc.type(field.getDeclaringType().getErasedType().getSimpleName())
                .map(type -> type.params().get(field.getDeclaredName()));
    }

    private String typeDescription(TypeScope scope) {
        Class<?> raw = scope.getType().getErasedType();
        if (!raw.getPackageName().equals(PartialDate.class.getPackageName())) {
            return null;
        }
        return javadoc.type(raw.getSimpleName()).map(type -> {
            StringBuilder text = new StringBuilder(type.description());
            if (!type.constants().isEmpty()) {
                text.append("\n");
                type.constants().forEach((name, comment) -> text.append("\n- `").append(name).append("`: ")
                        .append(comment));
            }
            return text.toString().strip();
        }).filter(text -> !text.isEmpty()).orElse(null);
    }
}
