package org.childplan.reports.internal;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.CaseUtils;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Severity;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.Waiver;
import org.childplan.rules.WaiverNotice;

/**
 * Writes reports as one SARIF 2.1.0 run, with the object model of {@code com.contrastsecurity:java-sarif}.
 *
 * <p>The driver lists every rule of the applied packs. Each finding is a result at the plan file's line and column
 * (when known) and at its JSON Pointer as a logical location. Its partial fingerprint hashes the rule id, plan id and
 * pointer, never the line, so that code scanning tracks a finding across commits that move it. Waived findings are
 * results with an external, accepted suppression carrying the justification; waiver notices are tool notifications.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SarifReport {

    /** The key of the partial fingerprint; the version suffix changes if what is hashed ever changes. */
    public static final String FINGERPRINT_KEY = "childplanFinding/v1";

    static final String SRCROOT = "%SRCROOT%";
    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /**
     * The generated model omits values equal to the schema's defaults; results and rule configurations are written
     * with every value set, so that a reader sees each level rather than having to know the default is "warning".
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class EveryValueSet {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build())
            .addMixIn(Result.class, EveryValueSet.class)
            .addMixIn(ReportingConfiguration.class, EveryValueSet.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private SarifReport() {
    }

    /** Writes {@code reports} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        List<ComplianceReport> reports = results.reports();
        MAPPER.writeValue(out, log(reports, options));
        out.write("\n");
    }

    static SarifSchema210 log(List<ComplianceReport> reports, ReportOptions options) {
        List<RuleDescriptor> rules = AppliedRules.catalogue(reports);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        ToolComponent driver = new ToolComponent()
                .withName(ToolInfo.NAME)
                .withVersion(ToolInfo.VERSION)
                .withRules(new LinkedHashSet<>(rules.stream().map(SarifReport::rule).toList()));
        if (options.informationUri() != null) {
            driver.setInformationUri(URI.create(options.informationUri()));
        }
        Path root = options.effectiveSourceRoot();
        List<Result> results = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (ComplianceReport report : reports) {
            Map<String, Integer> occurrences = new HashMap<>();
            for (Finding finding : report.findings()) {
                results.add(result(report, finding, ruleIndex, root, occurrences));
            }
            for (WaivedFinding waived : report.waived()) {
                results.add(result(report, waived.finding(), ruleIndex, root, occurrences)
                        .withSuppressions(new LinkedHashSet<>(List.of(suppression(waived.waiver(), root)))));
            }
            for (WaiverNotice notice : report.waiverNotices()) {
                notifications.add(notification(notice, root));
            }
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withInvocations(List.of(new Invocation()
                        .withExecutionSuccessful(true)
                        .withToolExecutionNotifications(notifications)))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withResults(results);
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static ReportingDescriptor rule(RuleDescriptor rule) {
        PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(List.of(
                "childplan", rule.jurisdiction().name().toLowerCase(java.util.Locale.ROOT), rule.severity().name().toLowerCase(java.util.Locale.ROOT))));
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("instrument", rule.citation().instrument());
        citation.put("provision", rule.citation().provision());
        citation.put("url", rule.citation().url());
        properties.setAdditionalProperty("citation", citation);
        properties.setAdditionalProperty("severity", rule.severity().name());
        properties.setAdditionalProperty("inForceFrom", rule.inForceFrom().toString());
        rule.inForceUntil().ifPresent(date -> properties.setAdditionalProperty("inForceTo", date.toString()));
        properties.setAdditionalProperty("pack", rule.pack());
        properties.setAdditionalProperty("jurisdiction", rule.jurisdiction().name());
        String inForce = "In force from " + rule.inForceFrom() + rule.inForceUntil().map(to -> " to " + to).orElse("");
        return new ReportingDescriptor()
                .withId(rule.id())
                .withName(CaseUtils.toCamelCase(rule.id(), true, '-'))
                .withShortDescription(new MultiformatMessageString().withText(rule.title()))
                .withFullDescription(new MultiformatMessageString().withText(rule.title() + " Source: " + rule.citation()
                        + ". " + inForce + "."))
                .withHelp(new MultiformatMessageString().withText(rule.remedy() + " Legal source: " + rule.citation()
                        + ", " + rule.citation().url()))
                .withHelpUri(URI.create(rule.citation().url()))
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withLevel(configurationLevel(rule.severity()))
                        .withRank(null))
                .withProperties(properties);
    }

    private static Result result(ComplianceReport report, Finding finding, Map<String, Integer> ruleIndex, Path root,
            Map<String, Integer> occurrences) {
        Location location = new Location().withLogicalLocations(new LinkedHashSet<>(List.of(new LogicalLocation()
                .withName(lastSegment(finding.pointer()))
                .withFullyQualifiedName(finding.pointer().isEmpty() ? "/" : finding.pointer())
                )));
        String file = finding.location().map(SourceLocation::source).orElse(report.source());
        if (file != null) {
            physical(file, finding.location(), root).ifPresent(location::setPhysicalLocation);
        }
        String identity = finding.ruleId() + "\u0000" + report.planId() + "\u0000" + finding.pointer();
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(FINGERPRINT_KEY, sha256(identity) + (occurrence > 1 ? ":" + occurrence : ""));
        PropertyBag properties = new PropertyBag();
        properties.setAdditionalProperty("planId", report.planId());
        properties.setAdditionalProperty("pointer", finding.pointer());
        properties.setAdditionalProperty("citation", finding.citation().toString());
        properties.setAdditionalProperty("remedy", finding.remedy());
        return new Result()
                .withRuleId(finding.ruleId())
                .withRuleIndex(ruleIndex.get(finding.ruleId()))
                .withKind(Result.Kind.FAIL)
                .withLevel(resultLevel(finding.severity()))
                .withMessage(new Message().withText(finding.message()))
                .withLocations(List.of(location))
                .withPartialFingerprints(fingerprints)
                .withRank(null)
                .withProperties(properties);
    }

    private static Optional<PhysicalLocation> physical(String file, Optional<SourceLocation> at, Path root) {
        return PlanFiles.uri(file, root).map(uri -> {
            ArtifactLocation artifact = new ArtifactLocation().withUri(uri.uri());
            if (uri.relativeToRoot()) {
                artifact.setUriBaseId(SRCROOT);
            }
            PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact);
            at.ifPresent(location -> physical.setRegion(new Region()
                    .withStartLine(location.line())
                    .withStartColumn(location.column())));
            return physical;
        });
    }

    private static Suppression suppression(Waiver waiver, Path root) {
        Suppression suppression = new Suppression()
                .withKind(Suppression.Kind.EXTERNAL)
                .withStatus(Suppression.Status.ACCEPTED)
                .withJustification(waiver.justification() + " (approved by " + waiver.approvedBy() + "; expires "
                        + waiver.expires() + ")");
        waiver.sourceLocation().flatMap(at -> physical(at.source(), Optional.of(at), root))
                .ifPresent(physical -> suppression.setLocation(new Location().withPhysicalLocation(physical)));
        return suppression;
    }

    private static Notification notification(WaiverNotice notice, Path root) {
        Notification notification = new Notification()
                .withLevel(Notification.Level.WARNING)
                .withMessage(new Message().withText(notice.message()));
        notice.waiver().sourceLocation().flatMap(at -> physical(at.source(), Optional.of(at), root))
                .ifPresent(physical -> notification.setLocations(
                        new LinkedHashSet<>(List.of(new Location().withPhysicalLocation(physical)))));
        return notification;
    }

    private static ReportingConfiguration.Level configurationLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
        };
    }

    private static Result.Level resultLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case INFO -> Result.Level.NOTE;
        };
    }

    private static String lastSegment(String pointer) {
        if (pointer.isEmpty()) {
            return "plan";
        }
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
