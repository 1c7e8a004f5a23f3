package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanSchemaTests {

    private static final JsonSchema SCHEMA = loadSchema();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema loadSchema() {
        try (InputStream in = PlanSchema.open()) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> schemaErrors(Path document) throws IOException {
        String name = document.getFileName().toString();
        JsonNode tree = (name.endsWith(".json") ? JSON : YAML).readTree(Files.readString(document));
        return SCHEMA.validate(tree);
    }

    static List<Path> documents(String folder) throws IOException, URISyntaxException {
        Path directory = Path.of(PlanSchemaTests.class.getResource("/documents/" + folder).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    static List<Path> validDocuments() throws Exception {
        return documents("valid");
    }

    static List<Path> invalidDocuments() throws Exception {
        return documents("invalid");
    }

    @Test
    void theSchemaIsShippedAtItsDocumentedResourcePath() throws IOException {
        JsonNode schema;
        try (InputStream in = PlanSchemaTests.class.getClassLoader().getResourceAsStream(PlanSchema.RESOURCE)) {
            schema = JSON.readTree(in);
        }

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("required").toString()).contains("\"id\"", "\"title\"", "\"jurisdiction\"");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("properties").path("extensions").has("additionalProperties")).isFalse();
        assertThat(schema.at("/$defs/Jurisdiction/enum").toString())
                .isEqualTo("[\"SCOTLAND\",\"ENGLAND\",\"WALES\",\"NORTHERN_IRELAND\"]");
        assertThat(schema.at("/$defs/Period/properties/start/format").asText()).isEqualTo("date");
        assertThat(schema.at("/$defs/NeedsAssessment/properties/date/pattern").asText())
                .isEqualTo(org.childplan.model.PartialDate.PATTERN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void aValidDocumentIsValidForTheSchemaAndTheReader(Path document) throws Exception {
        assertThat(schemaErrors(document)).isEmpty();
        assertThatCode(() -> PlanDocuments.read(document)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void anInvalidDocumentIsInvalidForTheSchemaAndTheReader(Path document) throws Exception {
        assertThat(schemaErrors(document)).isNotEmpty();
        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(document));
        assertThat(error).isNotNull();
        assertThat(error.kind()).isNotIn(PlanReadException.Kind.IO, PlanReadException.Kind.LIMIT_EXCEEDED);
        assertThat(error.line()).isPositive();
        assertThat(error.getMessage())
                .startsWith(document + ":")
                .doesNotContain("org.childplan", "java.", "com.fasterxml", "Exception", "\n");
    }

    @Test
    void aPlanWrittenInEitherFormatIsValidForTheSchema() throws Exception {
        var plan = PlanDocumentsTests.richPlan();

        assertThat(SCHEMA.validate(JSON.readTree(PlanDocuments.write(plan, PlanFormat.JSON)))).isEmpty();
        assertThat(SCHEMA.validate(YAML.readTree(PlanDocuments.write(plan, PlanFormat.YAML)))).isEmpty();
    }

    @Test
    void theReaderAcceptsANumberWhereTextIsExpectedAndTheSchemaDoesNot() throws Exception {
        String content = "id: x\ntitle: T\narea: A\njurisdiction: SCOTLAND\nstatus: DRAFT\nedition: 2\n";

        assertThat(PlanDocuments.read(content, "plan.yaml").plan().edition()).isEqualTo("2");
        assertThat(SCHEMA.validate(YAML.readTree(content))).isNotEmpty();
    }

    @Test
    void theSchemaRejectsBlankTextThatTheReaderLeavesToValidation() throws Exception {
        String content = "id: x\ntitle: \"\"\narea: A\njurisdiction: SCOTLAND\nstatus: DRAFT\n";

        assertThat(PlanDocuments.read(content, "plan.yaml").plan().title()).isEmpty();
        assertThat(SCHEMA.validate(YAML.readTree(content))).isNotEmpty();
    }
}
