package org.childplan.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Verdict;
import picocli.CommandLine.Help.Ansi;

/**
 * Writes the outcome of a check as one JSON object, the same shape whatever the number of files.
 *
 * <p>Version {@value #FORMAT_VERSION} of the form: {@code formatVersion}; {@code failLevel} ({@code ERROR},
 * {@code WARNING}, {@code INFO} or {@code NEVER}); {@code verdict} ({@code PASS} or {@code FAIL}: whether every plan
 * passed at that level and every file could be checked); {@code reports}, one per plan checked, in the order the
 * files were given, each exactly the report's own JSON ({@link ComplianceReport#toJson()}, with its own
 * {@code reportVersion}) plus {@code failLevelVerdict}, the plan's verdict at {@code failLevel}; and {@code unchecked},
 * one line per file that could not be checked. Fields may be added within a version; none is removed or changes
 * meaning.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonReportRenderer implements ReportRenderer {

    /** The version of the form; raised when it changes incompatibly. */
    public static final String FORMAT_VERSION = "1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void render(CheckRun run, PrintWriter out, Ansi ansi) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("failLevel", run.failLevel().name());
        root.put("verdict", run.anyFails() || !run.unchecked().isEmpty() ? Verdict.FAIL.name() : Verdict.PASS.name());
        ArrayNode reports = root.putArray("reports");
        for (ComplianceReport report : run.reports()) {
            ObjectNode node = (ObjectNode) read(report.toJson());
            node.put("failLevelVerdict", report.verdict(run.failLevel()).name());
            reports.add(node);
        }
        ArrayNode unchecked = root.putArray("unchecked");
        run.unchecked().forEach(unchecked::add);
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
