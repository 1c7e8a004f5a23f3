package org.childplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.childplan.model.io.PlanSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every example plan is valid for the plan schema, as an editor pointed at the schema checks it. */
class ExamplePlansSchemaTests {

    private static final JsonSchema SCHEMA = schema();

    /** Reads YAML as editors do (YAML 1.2: {@code yes} and {@code no} are text) and as the plan reader does. */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build());

    private static JsonSchema schema() {
        try (InputStream in = PlanSchema.open()) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(ExamplePlans.class)
    void everyExamplePlanIsValidForThePlanSchema(ExamplePlans example) throws IOException {
        JsonNode document = YAML.readTree(example.content());

        assertThat(document.isObject()).isTrue();
        assertThat(SCHEMA.validate(document)).as(example.fileName()).isEmpty();
    }
}
