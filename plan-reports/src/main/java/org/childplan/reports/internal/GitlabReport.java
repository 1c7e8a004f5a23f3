package org.childplan.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.UncheckedPlan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;

/**
 * Writes reports as a GitLab Code Quality report: a JSON array of issues, which GitLab shows in the merge request.
 *
 * <p>Each finding is an issue with {@code description} (rule, message and legal source), {@code check_name} (the rule
 * id), {@code fingerprint} (a SHA-256 of the rule, plan, pointer and message, the same from run to run),
 * {@code severity} and {@code location} ({@code path} relative to the source root, {@code lines.begin}). A finding
 * that fails at the fail level is {@code blocker} (error), {@code critical} (warning) or {@code major} (info); one
 * that does not is {@code major} (error), {@code minor} (warning) or {@code info} (info). Each problem of a document
 * that could not be checked is a {@code blocker} issue named {@code childplan/not-checked}. Waived findings are not
 * listed. The description of a finding on a standard the area has set itself says whose standard it is and that it
 * is not a statutory duty.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class GitlabReport {

    /** The check name of a problem that kept a document from being checked. */
    public static final String NOT_CHECKED = "childplan/not-checked";

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private GitlabReport() {
    }

    /** Writes {@code results} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        ArrayNode issues = MAPPER.createArrayNode();
        for (UncheckedPlan plan : results.unchecked()) {
            for (UncheckedPlan.Problem problem : plan.problems()) {
                Optional<SourceLocation> at = problem.location();
                String file = at.map(SourceLocation::source).orElse(plan.source());
                String pointer = problem.pointer() == null ? "" : problem.pointer();
                issue(issues, (pointer.isEmpty() ? "" : pointer + ": ") + problem.message() + ". "
                                + UncheckedDocuments.WHY_IT_FAILS, NOT_CHECKED,
                        fingerprint(NOT_CHECKED, PlanFiles.name(file, options), pointer, problem.message()),
                        "blocker", PlanFiles.name(file, options), at.map(SourceLocation::line).orElse(1));
            }
        }
        for (ComplianceReport report : results.reports()) {
            for (Finding finding : report.findings()) {
                String file = finding.location().map(SourceLocation::source).orElse(report.source());
                issue(issues, finding.ruleId() + ": " + finding.message() + " (" + MarkdownReport.outcomeWords(report, finding) + "; "
                                + (finding.isLocalStandard() ? LocalStandards.basisInWords(report, finding)
                                        + ", not a statutory duty; " : "")
                                + finding.citation() + ")", finding.ruleId(),
                        fingerprint(finding.ruleId(), report.planId(), finding.pointer(), finding.message()),
                        severity(finding, report.failsAt(finding, options.failLevel())),
                        file == null ? report.planId() : PlanFiles.name(file, options),
                        finding.location().map(SourceLocation::line).orElse(1));
            }
        }
        MAPPER.writeValue(out, issues);
        out.write(System.lineSeparator());
    }

    private static void issue(ArrayNode issues, String description, String checkName, String fingerprint,
            String severity, String path, int line) {
        ObjectNode issue = issues.addObject()
                .put("description", description)
                .put("check_name", checkName)
                .put("fingerprint", fingerprint)
                .put("severity", severity);
        issue.putObject("location").put("path", path).putObject("lines").put("begin", Math.max(1, line));
    }

    private static String severity(Finding finding, boolean fails) {
        return switch (finding.severity()) {
            case ERROR -> fails ? "blocker" : "major";
            case WARNING -> fails ? "critical" : "minor";
            case INFO -> fails ? "major" : "info";
        };
    }

    private static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
