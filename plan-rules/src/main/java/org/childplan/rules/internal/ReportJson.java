package org.childplan.rules.internal;

import org.apiguardian.api.API;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.childplan.rules.AimCoverage;
import org.childplan.rules.AppliedPack;
import org.childplan.rules.Citation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Evidence;
import org.childplan.rules.Finding;
import org.childplan.rules.MetRule;
import org.childplan.rules.NothingToCheck;
import org.childplan.rules.LawChange;
import org.childplan.rules.Regime;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.ThemeCoverage;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.Waiver;
import org.childplan.rules.WaiverNotice;
import org.childplan.model.io.SourceLocation;

/**
 * Writes a report in the JSON form documented on {@link ComplianceReport#toJson()}.
 *
 * <p>The form is built field by field rather than by serialising the records, so that renaming a Java component
 * cannot silently change the published format.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(ComplianceReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("reportVersion", ComplianceReport.REPORT_VERSION);
        ObjectNode plan = root.putObject("plan");
        plan.put("id", report.planId());
        putIfPresent(plan, "title", report.planTitle());
        putIfPresent(plan, "source", report.source());
        root.put("jurisdiction", report.jurisdiction().name());
        root.put("asOf", report.asOf().toString());
        root.put("completeRecord", report.completeRecord());
        root.put("judged", report.judged());
        ArrayNode packs = root.putArray("packs");
        for (AppliedPack pack : report.packs()) {
            packs.addObject()
                    .put("id", pack.id())
                    .put("title", pack.title())
                    .put("version", pack.version())
                    .put("jurisdiction", pack.jurisdiction().name());
        }
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach((severity, count) -> counts.put(severity.name(), count));
        root.put("verdict", report.verdict(FailLevel.ERROR).name());
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(finding -> finding(findings.addObject(), finding));
        ArrayNode passed = root.putArray("passed");
        report.passed().stream().map(RuleDescriptor::id).forEach(passed::add);
        ArrayNode met = root.putArray("met");
        for (MetRule rule : report.met()) {
            ObjectNode node = met.addObject().put("ruleId", rule.rule().id());
            ArrayNode evidence = node.putArray("evidence");
            for (Evidence element : rule.evidence()) {
                ObjectNode item = evidence.addObject().put("pointer", element.pointer());
                element.location().ifPresent(location -> location(item, location));
            }
        }
        ArrayNode nothingToCheck = root.putArray("nothingToCheck");
        for (NothingToCheck rule : report.nothingToCheck()) {
            nothingToCheck.addObject().put("ruleId", rule.rule().id()).put("lookedFor", rule.lookedFor());
        }
        ArrayNode notApplicable = root.putArray("notApplicable");
        for (NotApplicableRule rule : report.notApplicable()) {
            notApplicable.addObject().put("ruleId", rule.rule().id()).put("reason", rule.reason());
        }
        ArrayNode coverage = root.putArray("coverage");
        for (AimCoverage aim : report.coverage()) {
            ObjectNode row = coverage.addObject();
            row.put("aim", aim.aim().name());
            row.put("provision", aim.aim().provision());
            strings(row.putArray("priorities"), aim.priorities());
            strings(row.putArray("actions"), aim.actions());
            strings(row.putArray("measures"), aim.measures());
        }
        ArrayNode themes = root.putArray("themes");
        for (ThemeCoverage theme : report.themes()) {
            ObjectNode row = themes.addObject();
            row.put("theme", theme.theme().name());
            strings(row.putArray("priorities"), theme.priorities());
            strings(row.putArray("actions"), theme.actions());
            strings(row.putArray("services"), theme.services());
            strings(row.putArray("measures"), theme.measures());
        }
        ArrayNode regimes = root.putArray("regimes");
        for (Regime regime : report.regimes()) {
            ObjectNode row = regimes.addObject()
                    .put("name", regime.name())
                    .put("instrument", regime.instrument())
                    .put("url", regime.url())
                    .put("inForceFrom", regime.inForceFrom().toString());
            if (regime.inForceTo() != null) {
                row.put("inForceTo", regime.inForceTo().toString());
            }
        }
        ArrayNode lawChanges = root.putArray("lawChanges");
        for (LawChange change : report.lawChanges()) {
            ObjectNode row = lawChanges.addObject()
                    .put("date", change.date().toString())
                    .put("description", change.description());
            strings(row.putArray("rulesStopping"), change.rulesStopping());
            strings(row.putArray("rulesStarting"), change.rulesStarting());
        }
        ArrayNode waived = root.putArray("waived");
        for (WaivedFinding waivedFinding : report.waived()) {
            ObjectNode node = waived.addObject();
            finding(node, waivedFinding.finding());
            waiver(node.putObject("waiver"), waivedFinding.waiver());
        }
        ArrayNode notices = root.putArray("waiverNotices");
        for (WaiverNotice notice : report.waiverNotices()) {
            ObjectNode node = notices.addObject();
            node.put("kind", notice.kind().name());
            node.put("message", notice.message());
            waiver(node.putObject("waiver"), notice.waiver());
        }
        if (!report.ruleErrors().isEmpty()) {
            // Written only when a rule failed, so that a report of a sound check keeps its form.
            ArrayNode errors = root.putArray("ruleErrors");
            report.ruleErrors().forEach(error -> errors.addObject()
                    .put("ruleId", error.rule().id())
                    .put("pack", error.rule().pack())
                    .put("message", error.message()));
        }
        return root;
    }

    private static void waiver(ObjectNode node, Waiver waiver) {
        node.put("ruleId", waiver.ruleId());
        putIfPresent(node, "pointer", waiver.pointer());
        putIfPresent(node, "planId", waiver.planId());
        node.put("justification", waiver.justification());
        node.put("approvedBy", waiver.approvedBy());
        node.put("expires", waiver.expires().toString());
        waiver.sourceLocation().ifPresent(location -> location(node, location));
    }

    private static void location(ObjectNode node, SourceLocation location) {
        node.putObject("location")
                .put("source", location.source())
                .put("line", location.line())
                .put("column", location.column());
    }

    /** The report as indented JSON text. */
    public static String write(ComplianceReport report) {
        try {
            return MAPPER.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().name());
        node.put("outcome", finding.outcome().name());
        node.put("title", finding.title());
        node.put("message", finding.message());
        Citation citation = finding.citation();
        node.putObject("citation")
                .put("instrument", citation.instrument())
                .put("provision", citation.provision())
                .put("url", citation.url());
        node.put("pointer", finding.pointer());
        finding.location().ifPresent(location -> location(node, location));
        node.put("remedy", finding.remedy());
        node.put("basis", finding.basis().name());
        if (!finding.pack().isEmpty()) {
            node.put("pack", finding.pack());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
