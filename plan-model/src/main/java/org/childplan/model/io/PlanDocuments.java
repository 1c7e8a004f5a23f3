package org.childplan.model.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.model.Plan;

/**
 * Reads and writes plan documents as YAML or JSON. (Provisional implementation: locations and located errors follow.)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanDocuments {

    private static final ObjectMapper YAML = configure(new YAMLMapper());
    private static final ObjectMapper JSON = configure(new ObjectMapper());

    private PlanDocuments() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Reads the plan in {@code file}, choosing the format by the file's name or content. */
    public static PlanDocument read(Path file) throws PlanReadException {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new PlanReadException(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads the plan in {@code content}, naming it {@code source} in locations and errors. */
    public static PlanDocument read(String content, String source) throws PlanReadException {
        PlanFormat format = content.stripLeading().startsWith("{") ? PlanFormat.JSON : PlanFormat.YAML;
        try {
            Plan plan = (format == PlanFormat.JSON ? JSON : YAML).readValue(content, Plan.class);
            return new PlanDocument(plan, source, format, Map.of());
        } catch (IOException e) {
            throw new PlanReadException(source, e.getMessage());
        }
    }

    /** Writes {@code plan} in {@code format}. */
    public static String write(Plan plan, PlanFormat format) {
        try {
            return (format == PlanFormat.JSON ? JSON : YAML).writeValueAsString(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
