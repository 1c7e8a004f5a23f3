package org.childplan.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Evidence;

/**
 * Writes check results as one JSON document: {@code reportVersion}; {@code failLevel}; {@code verdict} over the whole
 * run at that level ({@code FAIL} when a plan fails or a document could not be checked); {@code reports}, each in the
 * form of {@link ComplianceReport#toJson()} plus {@code failLevelVerdict}, that plan's verdict at the fail level; and
 * {@code unchecked}, each document that could not be checked with its {@code source} and {@code problems}
 * ({@code message}, {@code pointer} and {@code location} when known). A plan judged by a pack with review criteria
 * also has {@code reviewScorecard}: each criterion's {@code id}, {@code title}, {@code score}, {@code rules},
 * {@code met}, {@code evidence} and {@code missing} (see {@link ReviewScorecard}).
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

    /** Writes {@code results} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("reportVersion", ComplianceReport.REPORT_VERSION);
        root.put("failLevel", options.failLevel().name());
        root.put("verdict", results.verdict(options.failLevel()).name());
        ArrayNode reports = root.putArray("reports");
        for (ComplianceReport report : results.reports()) {
            ObjectNode node = (ObjectNode) MAPPER.readTree(report.toJson());
            node.put("failLevelVerdict", report.verdict(options.failLevel()).name());
            ReviewScorecard scorecard = ReviewScorecard.of(report);
            if (!scorecard.isEmpty()) {
                scorecard(node.putArray("reviewScorecard"), scorecard);
            }
            reports.add(node);
        }
        ArrayNode unchecked = root.putArray("unchecked");
        for (UncheckedPlan plan : results.unchecked()) {
            ObjectNode node = unchecked.addObject().put("source", plan.source());
            ArrayNode problems = node.putArray("problems");
            for (UncheckedPlan.Problem problem : plan.problems()) {
                ObjectNode row = problems.addObject().put("message", problem.message());
                if (problem.pointer() != null) {
                    row.put("pointer", problem.pointer());
                }
                problem.location().ifPresent(location -> row.putObject("location")
                        .put("source", location.source())
                        .put("line", location.line())
                        .put("column", location.column()));
            }
        }
        MAPPER.writeValue(out, root);
        out.write("\n");
    }

    private static void scorecard(ArrayNode rows, ReviewScorecard scorecard) {
        for (ReviewScorecard.Row row : scorecard.rows()) {
            ObjectNode item = rows.addObject()
                    .put("id", row.id())
                    .put("title", row.title())
                    .put("score", row.score().score().name());
            ArrayNode rules = item.putArray("rules");
            row.score().criterion().ruleIds().forEach(rules::add);
            ArrayNode met = item.putArray("met");
            row.score().met().forEach(met::add);
            ArrayNode evidence = item.putArray("evidence");
            for (Evidence element : row.score().evidence()) {
                ObjectNode pointer = evidence.addObject().put("pointer", element.pointer());
                element.location().ifPresent(location -> pointer.putObject("location")
                        .put("source", location.source())
                        .put("line", location.line())
                        .put("column", location.column()));
            }
            ArrayNode missing = item.putArray("missing");
            for (ReviewScorecard.Missing finding : row.missing()) {
                missing.addObject()
                        .put("ruleId", finding.ruleId())
                        .put("outcome", finding.outcome().name())
                        .put("message", finding.message())
                        .put("pointer", finding.pointer());
            }
        }
    }
}
