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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.childplan.model.internal.io.PlanSchemaModule;
import org.childplan.model.validation.PlanValidator;
import org.childplan.model.validation.PlanViolation;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan schema and the reader agree: on a corpus of documents (test resources, {@code documents/}), every document
 * in {@code valid} is accepted by both, every one in {@code invalid} refused by both, and the few on which they
 * knowingly disagree are in {@code refused-by-the-reader-only} or {@code accepted-by-the-reader-only}, each listed with
 * its reason in {@code documents/exceptions.yaml}. "The reader" is what the command's {@code validate} does:
 * {@link PlanDocuments#read(Path)}, then {@link PlanValidator}.
 */
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

    static List<Path> documentsRefusedByTheReaderOnly() throws Exception {
        return documents("refused-by-the-reader-only");
    }

    static List<Path> documentsAcceptedByTheReaderOnly() throws Exception {
        return documents("accepted-by-the-reader-only");
    }

    /** What the reader says of a document: nothing when it is read and valid, else why not. */
    private static List<String> readerErrors(Path document) {
        try {
            List<PlanViolation> violations = PlanValidator.create().validate(PlanDocuments.read(document));
            return violations.stream().map(PlanViolation::toString).toList();
        } catch (PlanReadException e) {
            return List.of(e.getMessage());
        }
    }

    /** Where the reader's first complaint about a document is, as a JSON Pointer. */
    private static String readerPointer(Path document) {
        try {
            return PlanValidator.create().validate(PlanDocuments.read(document)).get(0).pointer();
        } catch (PlanReadException e) {
            return e.pointer().orElseThrow();
        }
    }

    /**
     * Whether the schema's complaint is at the reader's place: the same value, or the object that holds it (a schema
     * reports a missing or unknown property at the object, the reader at the property).
     */
    private static boolean samePlace(String schemaLocation, String readerPointer) {
        return readerPointer.equals(schemaLocation)
                || readerPointer.startsWith(schemaLocation + "/")
                        && readerPointer.indexOf('/', schemaLocation.length() + 1) < 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> exceptions() throws Exception {
        Path list = Path.of(PlanSchemaTests.class.getResource("/documents/exceptions.yaml").toURI());
        return YAML.readValue(Files.readString(list), Map.class);
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
        assertThat(schema.at("/$defs/Period/properties/start/pattern").asText())
                .isEqualTo(PlanSchemaModule.DATE_PATTERN);
        assertThat(schema.at("/$defs/PartialDate/pattern").asText()).isEqualTo(PlanSchemaModule.PARTIAL_DATE_PATTERN);
        assertThat(schema.at("/$defs/Priority/properties/aims/uniqueItems").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void aValidDocumentIsValidForTheSchemaAndTheReader(Path document) throws Exception {
        assertThat(schemaErrors(document)).isEmpty();
        assertThat(readerErrors(document)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void anInvalidDocumentIsInvalidForTheSchemaAndTheReader(Path document) throws Exception {
        Set<ValidationMessage> schemaErrors = schemaErrors(document);
        assertThat(schemaErrors).isNotEmpty();
        assertThat(readerErrors(document)).isNotEmpty();
        String readerPointer = readerPointer(document);
        assertThat(schemaErrors).as("the schema and the reader point at the same place, %s", readerPointer)
                .anySatisfy(message -> assertThat(samePlace(message.getInstanceLocation().toString(), readerPointer))
                        .isTrue());
        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(document));
        if (error != null) {
            assertThat(error.kind()).isNotIn(PlanReadException.Kind.IO, PlanReadException.Kind.LIMIT_EXCEEDED);
            assertThat(error.line()).isPositive();
            assertThat(error.getMessage())
                    .startsWith(document + ":")
                    .doesNotContain("org.childplan", "java.", "com.fasterxml", "Exception", "\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsRefusedByTheReaderOnly")
    void aDocumentListedAsRefusedByTheReaderOnlyIsValidForTheSchemaAndNotTheReader(Path document) throws Exception {
        assertThat(schemaErrors(document)).isEmpty();
        assertThat(readerErrors(document)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsAcceptedByTheReaderOnly")
    void aDocumentListedAsAcceptedByTheReaderOnlyIsValidForTheReaderAndNotTheSchema(Path document) throws Exception {
        assertThat(schemaErrors(document)).isNotEmpty();
        assertThat(readerErrors(document)).isEmpty();
    }

    @Test
    void everyDisagreementIsListedWithItsReasonAndEveryListedOneIsInTheCorpus() throws Exception {
        Map<String, Map<String, String>> listed = exceptions();
        Map<String, Set<String>> found = new TreeMap<>();
        for (String folder : List.of("refused-by-the-reader-only", "accepted-by-the-reader-only")) {
            found.put(folder, documents(folder).stream().map(path -> path.getFileName().toString())
                    .collect(Collectors.toCollection(java.util.TreeSet::new)));
        }

        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(found.keySet());
        found.forEach((folder, files) -> {
            assertThat(listed.get(folder).keySet()).as("documents/exceptions.yaml, " + folder)
                    .containsExactlyInAnyOrderElementsOf(files);
            assertThat(listed.get(folder).values()).as("the reason for each").allSatisfy(reason ->
                    assertThat(reason).hasSizeGreaterThan(40));
        });
    }

    @Test
    void aPlanWrittenInEitherFormatIsValidForTheSchema() throws Exception {
        var plan = PlanDocumentsTests.richPlan();

        assertThat(SCHEMA.validate(JSON.readTree(PlanDocuments.write(plan, PlanFormat.JSON)))).isEmpty();
        assertThat(SCHEMA.validate(YAML.readTree(PlanDocuments.write(plan, PlanFormat.YAML)))).isEmpty();
    }

    @Test
    void aNumberOrTrueWhereTextIsExpectedIsReadAsTextAndValidForTheSchema() throws Exception {
        String content = "id: x\ntitle: T\narea: A\njurisdiction: SCOTLAND\nstatus: DRAFT\nedition: 2\n"
                + "measures:\n  - id: m\n    title: M\n    baseline: {value: 45}\n    target: {value: true}\n";

        var plan = PlanDocuments.read(content, "plan.yaml").plan();
        assertThat(plan.edition()).isEqualTo("2");
        assertThat(plan.measures().get(0).baseline().value()).isEqualTo("45");
        assertThat(plan.measures().get(0).target().value()).isEqualTo("true");
        assertThat(SCHEMA.validate(YAML.readTree(content))).isEmpty();
    }

    @Test
    void theSchemaRefusesBlankTextAsTheValidatorDoesThatTheReaderLeavesToIt() throws Exception {
        String content = "id: x\ntitle: \"  \"\narea: A\njurisdiction: SCOTLAND\nstatus: DRAFT\n";

        var plan = PlanDocuments.read(content, "plan.yaml").plan();
        assertThat(plan.title()).isBlank();
        assertThat(PlanValidator.create().validate(plan)).extracting(PlanViolation::pointer).contains("/title");
        assertThat(SCHEMA.validate(YAML.readTree(content))).isNotEmpty();
    }
}
