package org.childplan.model.internal.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.nio.file.Path;
import org.childplan.model.Plan;
import org.childplan.model.io.PlanSchema;

/**
 * Generates the JSON Schema (draft 2020-12) of a plan document from the model's records, constraints and Javadoc.
 *
 * <p>Build tooling, in the tests: the schema is committed as {@link #PINNED} and ships in the jar from there;
 * {@code PlanSchemaGenerationTests} fails when it differs from what this generates, and writes it when run with
 * {@code -Dchildplan.updateDocs=true}.
 */
public final class PlanSchemaGenerator {

    /** The schema's title. */
    public static final String TITLE = "childplan plan document";

    /** The committed schema, relative to plan-model's folder. */
    public static final Path PINNED = Path.of("src", "main", "resources", "org", "childplan", "model",
            "plan.schema.json");

    private PlanSchemaGenerator() {
    }

    /** The schema's text, described with {@code javadoc}: 2-space indent, {@code "name": value}, a final newline. */
    public static String generate(ModelJavadoc javadoc) {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.NULLABLE_FIELDS_BY_DEFAULT)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                .with(new PlanSchemaModule(javadoc));
        ObjectNode generated = new SchemaGenerator(builder.build()).generateSchema(Plan.class);

        ObjectMapper mapper = new ObjectMapper();
        ObjectNode schema = mapper.createObjectNode();
        schema.set("$schema", generated.remove("$schema"));
        schema.put("$id", PlanSchema.ID);
        schema.put("title", TITLE);
        schema.set("description", generated.remove("description"));
        schema.setAll(generated);

        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return mapper.writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
