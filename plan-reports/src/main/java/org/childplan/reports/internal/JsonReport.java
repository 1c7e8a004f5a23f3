package org.childplan.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apiguardian.api.API;
import org.childplan.reports.ReportOptions;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Verdict;

/**
 * Writes reports as one JSON document: {@code reportVersion}, {@code failLevel}, {@code verdict} over all plans at
 * that level, and {@code reports}, each in the form of {@link ComplianceReport#toJson()}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** Writes {@code reports} to {@code out}. */
    public static void write(List<ComplianceReport> reports, ReportOptions options, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("reportVersion", ComplianceReport.REPORT_VERSION);
        root.put("failLevel", options.failLevel().name());
        boolean fails = reports.stream().anyMatch(report -> report.verdict(options.failLevel()) == Verdict.FAIL);
        root.put("verdict", (fails ? Verdict.FAIL : Verdict.PASS).name());
        ArrayNode array = root.putArray("reports");
        for (ComplianceReport report : reports) {
            array.add(MAPPER.readTree(report.toJson()));
        }
        MAPPER.writeValue(out, root);
        out.write("\n");
    }
}
