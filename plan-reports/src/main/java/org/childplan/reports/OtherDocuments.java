package org.childplan.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.ReadLimits;

/**
 * Tells plan files from the other documents kept beside them: waiver files, childplan's own reports, SARIF logs,
 * lists, and, in a folder search, other mappings that name none of a plan's required properties.
 *
 * <p>Both methods answer what a file is when it is not a plan, in words fit to follow its name in a message
 * ({@code "a waiver file"}, {@code "childplan's JSON report"}), or empty when it may be a plan. A file that cannot be
 * read or parsed, an empty document, {@code {}} and a scalar may be plans, so that checking them says what is wrong.
 * Only the top level of a document is read, as a stream of tokens, without building it.
 *
 * <pre>{@code
 * OtherDocuments.whenFound(file).ifPresentOrElse(
 *         kind -> log.info(file + ": left out: " + kind + ", not a plan"),
 *         () -> planFiles.add(file));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OtherDocuments {

    /**
     * The top-level properties every plan has (the plan schema's {@code required}): a document found in a folder
     * naming none of them is not taken for a plan.
     */
    public static final List<String> REQUIRED_PLAN_PROPERTIES = List.of("id", "title", "area", "jurisdiction", "status");

    private static final Pattern SARIF_FILE_NAME = Pattern.compile(".*\\.sarif(\\.json)?");

    private OtherDocuments() {
    }

    /**
     * What {@code file}, named as a plan, is when it is recognisably another kind of document; empty when it is to be
     * read as a plan. Recognised: a SARIF log by its name ({@code .sarif}, {@code .sarif.json}) or its top-level
     * {@code runs}; a document that is a list (childplan's GitLab report, {@code rules --format json}); a mapping
     * naming none of a plan's required properties that has the top-level key of a waiver file ({@code waivers}) or
     * of a childplan report ({@code reportVersion}, {@code diffVersion}, {@code plans} with {@code counts}). Any
     * other file is read as a plan, since naming it says it is meant to be one.
     *
     * @param file the file named
     */
    public static Optional<String> whenNamed(Path file) {
        return otherKind(Objects.requireNonNull(file, "file"), false);
    }

    /**
     * What {@code file}, found by searching a folder for plans, is when it is not a plan; empty when it may be one.
     * Recognised as by {@link #whenNamed(Path)}, and also any other non-empty mapping naming none of
     * {@link #REQUIRED_PLAN_PROPERTIES} (a {@code package.json}, a {@code docker-compose.yml}).
     *
     * @param file the file found
     */
    public static Optional<String> whenFound(Path file) {
        return otherKind(Objects.requireNonNull(file, "file"), true);
    }

    private static Optional<String> otherKind(Path file, boolean found) {
        Path fileName = file.getFileName();
        if (fileName != null && SARIF_FILE_NAME.matcher(fileName.toString().toLowerCase(Locale.ROOT)).matches()) {
            return Optional.of("a SARIF log");
        }
        TopLevel top = TopLevel.of(file);
        if (top.list()) {
            return Optional.of("a list (such as childplan's GitLab report or rule catalogue)");
        }
        List<String> keys = top.keys();
        if (keys.isEmpty() || keys.stream().anyMatch(REQUIRED_PLAN_PROPERTIES::contains)) {
            return Optional.empty();
        }
        if (keys.contains("waivers")) {
            return Optional.of("a waiver file");
        }
        if (keys.contains("reportVersion")) {
            return Optional.of("childplan's JSON report");
        }
        if (keys.contains("diffVersion")) {
            return Optional.of("childplan's diff report");
        }
        if (keys.contains("plans") && keys.contains("counts")) {
            return Optional.of("childplan's scorecard");
        }
        if (keys.contains("runs")) {
            return Optional.of("a SARIF log");
        }
        return found ? Optional.of("a document naming none of a plan's required properties") : Optional.empty();
    }

    /**
     * The top level of a document: whether it is a list, and the keys of a mapping, read as a stream of tokens
     * without building the document. Anything that cannot be read is neither (and taken for a plan).
     */
    private record TopLevel(boolean list, List<String> keys) {

        private static final TopLevel UNKNOWN = new TopLevel(false, List.of());

        static TopLevel of(Path file) {
            String text;
            try {
                text = PlanDocuments.readText(file, ReadLimits.defaults());
            } catch (PlanReadException | RuntimeException e) {
                return UNKNOWN;
            }
            boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
            try (JsonParser parser = (json ? new JsonFactory() : new YAMLFactory()).createParser(text)) {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    return new TopLevel(true, List.of());
                }
                if (first != JsonToken.START_OBJECT) {
                    return UNKNOWN;
                }
                List<String> keys = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    keys.add(parser.currentName());
                    parser.nextToken();
                    parser.skipChildren();
                }
                return new TopLevel(false, keys);
            } catch (IOException | RuntimeException e) {
                // A document that does not parse is taken for a plan, so that reading it locates the error.
                return UNKNOWN;
            }
        }
    }
}
