package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.model.PartialDate;
import org.childplan.model.Plan;
import org.childplan.model.internal.io.ModelJavadoc;
import org.childplan.model.internal.io.PlanSchemaGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed plan schema is what the model and its Javadoc generate. After a change of the model, regenerate it with
 * {@code mvn -B -pl plan-model -am verify -Dtest=PlanSchemaGenerationTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dchildplan.updateDocs=true}.
 */
class PlanSchemaGenerationTests {

    private static final String REGENERATE = "regenerate with -Dchildplan.updateDocs=true (see this test's Javadoc)";

    private static ModelJavadoc javadoc;
    private static String generated;
    private static JsonNode schema;

    @BeforeAll
    static void generate() throws IOException {
        javadoc = ModelJavadoc.read();
        generated = PlanSchemaGenerator.generate(javadoc);
        if (Boolean.getBoolean("childplan.updateDocs")) {
            Files.writeString(PlanSchemaGenerator.PINNED, generated, StandardCharsets.UTF_8);
        }
        schema = new ObjectMapper().readTree(generated);
    }

    @Test
    void theCommittedSchemaIsTheOneTheModelGenerates() throws IOException {
        assertThat(PlanSchemaGenerator.PINNED).as("the committed schema; " + REGENERATE).exists();
        assertThat(Files.readString(PlanSchemaGenerator.PINNED, StandardCharsets.UTF_8))
                .as("%s is out of date; %s", PlanSchemaGenerator.PINNED, REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void theJarShipsTheCommittedSchema() throws IOException {
        assumeFalse(Boolean.getBoolean("childplan.updateDocs"),
                "the class path holds the schema as it was before this run regenerated it");
        try (InputStream in = PlanSchema.open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(PlanSchemaGenerator.PINNED, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSchemaHasAStableIdATitleAndThePlansDescription() {
        assertThat(schema.path("$id").asText()).isEqualTo("urn:childplan:schema:plan:1").isEqualTo(PlanSchema.ID);
        assertThat(schema.path("title").asText()).isEqualTo("childplan plan document");
        assertThat(schema.path("description").asText()).startsWith("A children's services plan: a multi-year");
    }

    @Test
    void theEditorLineOfTheCorpusNamesTheCommittedSchemaByAPathRelativeToThePlan() throws IOException {
        Path plan = Path.of("src", "test", "resources", "documents", "valid", "with-the-editor-schema-line.yaml");
        String firstLine = Files.readAllLines(plan, StandardCharsets.UTF_8).get(0);

        assertThat(firstLine).startsWith("# yaml-language-server: $schema=");
        Path named = plan.getParent().resolve(firstLine.substring(firstLine.indexOf('=') + 1));
        assertThat(named).exists();
        assertThat(Files.isSameFile(named, PlanSchemaGenerator.PINNED)).isTrue();
    }

    @Test
    void everyComponentOfEveryModelRecordInAPlanHasAParamAndEveryTypeADescription() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : modelTypes()) {
            var doc = javadoc.type(type.getSimpleName());
            if (doc.isEmpty() || doc.get().description().isBlank()) {
                missing.add(type.getSimpleName() + ": no Javadoc description");
                continue;
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    String param = doc.get().params().get(component.getName());
                    if (param == null || param.isBlank()) {
                        missing.add(type.getSimpleName() + "." + component.getName() + ": no @param");
                    }
                }
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    String comment = doc.get().constants().get(((Enum<?>) constant).name());
                    if (comment == null || comment.isBlank()) {
                        missing.add(type.getSimpleName() + "." + constant + ": no Javadoc");
                    }
                }
            }
        }
        assertThat(missing).as("the schema's descriptions come from this Javadoc").isEmpty();
    }

    @Test
    void everyPropertyOfTheSchemaHasADescription() {
        List<String> undescribed = new ArrayList<>();
        int properties = 0;
        for (Iterator<Map.Entry<String, JsonNode>> defs = schema.path("$defs").fields(); defs.hasNext(); ) {
            var def = defs.next();
            properties += undescribedProperties("#/$defs/" + def.getKey(), def.getValue(), undescribed);
        }
        properties += undescribedProperties("#", schema, undescribed);

        assertThat(properties).isGreaterThan(140);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyEnumIsDescribedWithItsValues() {
        String aims = schema.at("/$defs/StatutoryAim/description").asText();

        assertThat(aims).startsWith("The aims a Scottish children's services plan")
                .contains("- `WELLBEING`: Children's services are provided in the way which best safeguards");
    }

    @Test
    void examplesComeFromTheJavadocsForExample() {
        assertThat(schema.at("/properties/id/examples/0").asText()).isEqualTo("moray-csp-2017-2020");
        assertThat(schema.at("/properties/id/description").asText())
                .isEqualTo("A stable identifier for the plan, for example `moray-csp-2017-2020`.");
        assertThat(ModelJavadoc.examples("a rate, for example `45`, `12.5%` or `good`"))
                .containsExactly("45", "12.5%", "good");
        assertThat(ModelJavadoc.examples("an id, say `x`")).isEmpty();
    }

    @Test
    void aMissingListIsDescribedAsEmptyByDefault() {
        assertThat(schema.at("/properties/priorities/default").toString()).isEqualTo("[]");
        assertThat(schema.at("/properties/title/default").isMissingNode()).isTrue();
    }

    private static int undescribedProperties(String where, JsonNode object, List<String> undescribed) {
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> properties = object.path("properties").fields();
                properties.hasNext(); ) {
            var property = properties.next();
            count++;
            if (property.getValue().path("description").asText().isBlank()) {
                undescribed.add(where + "/properties/" + property.getKey());
            }
        }
        return count;
    }

    /** The records and enums a plan is made of, found from {@link Plan} through its components' types. */
    private static Set<Class<?>> modelTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        List<Class<?>> toVisit = new ArrayList<>(List.of(Plan.class));
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.remove(0);
            if (!type.getPackageName().equals(Plan.class.getPackageName()) || !types.add(type)) {
                continue;
            }
            if (type.isRecord() && type != PartialDate.class) {
                for (RecordComponent component : type.getRecordComponents()) {
                    collect(component.getGenericType(), toVisit);
                }
            }
        }
        return types;
    }

    private static void collect(Type type, List<Class<?>> into) {
        if (type instanceof Class<?> raw) {
            into.add(raw);
        } else if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, into);
            }
        }
    }
}
