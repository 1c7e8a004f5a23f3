package org.childplan.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.model.Plan;
import org.childplan.model.internal.io.DocumentKind;
import org.childplan.model.internal.io.DocumentReader;
import org.childplan.model.internal.io.PlanMappers;
import org.childplan.model.internal.io.ReadErrors;
import org.childplan.model.internal.io.ScannedDocument;
import org.childplan.model.io.PlanReadException.Kind;

/**
 * Reads and writes plan documents as YAML or JSON.
 *
 * <p>Reading is strict: a property the model does not know, a value of the wrong shape, a date that does not exist or
 * an enum value out of its list is a {@link PlanReadException} that says where (file, line, column, JSON Pointer) and
 * what was expected; free-form data belongs under an {@code extensions} map. Every element read keeps where it was
 * written ({@link PlanDocument#locationOf(String)}). Documents are bounded by {@link ReadLimits}; a file is read only
 * when it is a regular file (not a device or pipe), as UTF-8 without unpaired surrogates, one YAML document without
 * tags, and every date must lie within {@link org.childplan.model.SupportedDates}.
 *
 * <p>Writing is stable: the same plan always gives the same bytes, with properties in the model's order, map entries
 * sorted, {@code null}s and empty lists left out, dates as ISO-8601 text and a final newline; reading what was written
 * gives an equal plan.
 *
 * <p>Embedders with their own {@code ObjectMapper} can register {@link ChildplanModule} instead.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanDocuments {

    private PlanDocuments() {
    }

    /**
     * Reads the plan in {@code file} within the default {@link ReadLimits}, choosing the format by the file's extension
     * ({@code .yaml}, {@code .yml}, {@code .json}) or, failing that, its content.
     *
     * @throws PlanReadException when the file cannot be read or does not hold a well-formed plan
     * @throws NullPointerException when {@code file} is null
     */
    public static PlanDocument read(Path file) throws PlanReadException {
        Objects.requireNonNull(file, "file");
        return read(file, ReadLimits.defaults());
    }

    /**
     * Reads the plan in {@code file} within {@code limits}, choosing the format by the file's extension or content.
     *
     * @throws PlanReadException when the file cannot be read or does not hold a well-formed plan
     * @throws NullPointerException when {@code file} or {@code limits} is null
     */
    public static PlanDocument read(Path file, ReadLimits limits) throws PlanReadException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return read(DocumentReader.readText(file, limits), file.toString(), limits);
    }

    /**
     * Reads the plan in {@code content} within the default {@link ReadLimits}, naming it {@code source} in locations
     * and errors; the format is chosen by {@code source}'s extension or, failing that, the content.
     *
     * @throws PlanReadException when {@code content} is not a well-formed plan
     */
    public static PlanDocument read(String content, String source) throws PlanReadException {
        return read(content, source, ReadLimits.defaults());
    }

    /**
     * Reads the plan in {@code content} within {@code limits}, naming it {@code source} in locations and errors.
     *
     * @throws PlanReadException when {@code content} is not a well-formed plan or exceeds a limit
     */
    public static PlanDocument read(String content, String source, ReadLimits limits) throws PlanReadException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        ScannedDocument scanned = DocumentReader.scan(content, source, limits, DocumentKind.PLAN);
        Plan plan;
        try (JsonParser tokens = scanned.tokens().asParser(PlanMappers.constraints(limits))) {
            plan = PlanMappers.READER.readValue(tokens);
        } catch (JsonMappingException e) {
            throw ReadErrors.binding(e, scanned, source);
        } catch (IOException e) {
            throw new PlanReadException(Kind.IO, source, null, null, "the document cannot be read", null);
        }
        if (plan == null) {
            throw new PlanReadException(Kind.WRONG_TYPE, source, scanned.locations().get(""), "",
                    "expected a plan but found null", "an object");
        }
        return new PlanDocument(plan, source, scanned.format(), scanned.locations());
    }

    /**
     * Writes {@code plan} in {@code format}: the same plan always gives the same text, ending in a newline.
     *
     * @throws UncheckedIOException never in practice; writing to a string does not fail
     */
    public static String write(Plan plan, PlanFormat format) {
        Objects.requireNonNull(plan, "plan");
        try {
            String text = (format == PlanFormat.JSON ? PlanMappers.JSON_WRITER : PlanMappers.YAML_WRITER)
                    .writeValueAsString(plan);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code plan} to {@code file} as UTF-8, in the format its extension names.
     *
     * @throws IllegalArgumentException when the file name ends in none of {@code .yaml}, {@code .yml}, {@code .json}
     * @throws IOException when the file cannot be written
     */
    public static void write(Plan plan, Path file) throws IOException {
        PlanFormat format = PlanFormat.fromFileName(file.getFileName().toString())
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format of " + file + ": name it .yaml, .yml or .json"));
        Files.writeString(file, write(plan, format), StandardCharsets.UTF_8);
    }

    /**
     * The text of {@code file} as every reader of this library reads it, without parsing it: a regular file only,
     * within {@code limits}, strict UTF-8, with a located {@link PlanReadException} otherwise. For a caller that reads
     * a file once and parses it later, or gives the text to another reader (a waiver file's).
     */
    public static String readText(Path file, ReadLimits limits) throws PlanReadException {
        return DocumentReader.readText(file, limits);
    }
}
