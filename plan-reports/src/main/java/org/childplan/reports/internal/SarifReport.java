package org.childplan.reports.internal;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.model.io.SourceLocation;
import org.childplan.reports.CheckResults;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.UncheckedPlan;
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
 * The run's property bag holds {@code reviewScorecards}: for each plan judged by a pack with national review
 * criteria, each criterion's {@code id}, {@code title}, {@code score}, {@code evidence} and {@code missing}; and
 * {@code themes}: for each plan, each of the three themes with the ids of what addresses it and what is missing.
 *
 * <p>Each problem of a document that could not be checked is an error result of the tool's own rule
 * {@value #PLAN_NOT_CHECKED} (listed in the driver when used), at the document's line and column when known and at
 * the problem's JSON Pointer when it has one.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SarifReport {

    /** The key of the partial fingerprint; the version suffix changes if what is hashed ever changes. */
    public static final String FINGERPRINT_KEY = "childplanFinding/v1";

    /**
     * The id of the tool's own rule for a document that could not be checked: named under the tool's name, in lower
     * case with a slash, apart from the packs' upper-case rule ids.
     */
    public static final String PLAN_NOT_CHECKED = "childplan/plan-not-checked";

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

    /** Writes {@code results} to {@code out}. */
    public static void write(CheckResults results, ReportOptions options, Writer out) throws IOException {
        MAPPER.writeValue(out, log(results, options));
        out.write("\n");
    }

    static SarifSchema210 log(CheckResults checkResults, ReportOptions options) {
        List<ComplianceReport> reports = checkResults.reports();
        List<RuleDescriptor> rules = AppliedRules.catalogue(reports);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        List<ReportingDescriptor> descriptors = new ArrayList<>(rules.stream().map(SarifReport::rule).toList());
        if (!checkResults.unchecked().isEmpty()) {
            // Listed only when used, after the packs' rules, so that the index of every pack rule stays as it was.
            descriptors.add(planNotCheckedRule());
        }
        ToolComponent driver = new ToolComponent()
                .withName(ToolInfo.NAME)
                .withVersion(ToolInfo.VERSION)
                .withRules(new LinkedHashSet<>(descriptors));
        if (options.informationUri() != null) {
            driver.setInformationUri(URI.create(options.informationUri()));
        }
        List<Result> results = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (ComplianceReport report : reports) {
            Map<String, Integer> occurrences = new HashMap<>();
            for (Finding finding : report.findings()) {
                results.add(result(report, finding, ruleIndex, options, occurrences));
            }
            for (WaivedFinding waived : report.waived()) {
                results.add(result(report, waived.finding(), ruleIndex, options, occurrences)
                        .withSuppressions(new LinkedHashSet<>(List.of(suppression(waived.waiver(), options)))));
            }
            for (WaiverNotice notice : report.waiverNotices()) {
                notifications.add(notification(notice, options));
            }
        }
        Map<String, Integer> uncheckedOccurrences = new HashMap<>();
        for (UncheckedPlan plan : checkResults.unchecked()) {
            for (UncheckedPlan.Problem problem : plan.problems()) {
                results.add(unchecked(plan, problem, rules.size(), options, uncheckedOccurrences));
            }
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withInvocations(List.of(new Invocation()
                        // The tool ran to the end and judged every document it was given, including those it could
                        // not check: they are error results about the plans, as a compiler reports a syntax error,
                        // not a failure of the tool. Code scanning treats an unsuccessful execution as a broken
                        // analysis configuration and would hide that the fault is in a plan.
                        .withExecutionSuccessful(true)
                        .withToolExecutionNotifications(notifications)))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withResults(results);
        if (usesSourceRoot(results, notifications)) {
            // Declared without a URI: the root is wherever the repository is checked out, so that the same log comes
            // out on every machine; readers such as code scanning resolve it against the checkout.
            OriginalUriBaseIds bases = new OriginalUriBaseIds();
            bases.setAdditionalProperty(SRCROOT, new ArtifactLocation().withDescription(new Message().withText(
                    "The repository root: the folder the plan and waiver files are named relative to.")));
            run.setOriginalUriBaseIds(bases);
        }
        List<Map<String, Object>> scorecards = scorecards(reports);
        List<Map<String, Object>> themes = themes(reports);
        if (!scorecards.isEmpty() || !themes.isEmpty()) {
            PropertyBag properties = new PropertyBag();
            if (!scorecards.isEmpty()) {
                properties.setAdditionalProperty("reviewScorecards", scorecards);
            }
            if (!themes.isEmpty()) {
                properties.setAdditionalProperty("themes", themes);
            }
            run.setProperties(properties);
        }
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    /**
     * Each plan's scores on its nation's review criteria, for the run's property bag: a score is a reading of the
     * rules' outcomes, not a result of its own.
     */
    private static List<Map<String, Object>> scorecards(List<ComplianceReport> reports) {
        List<Map<String, Object>> scorecards = new ArrayList<>();
        for (ComplianceReport report : reports) {
            ReviewScorecard scorecard = ReviewScorecard.of(report);
            if (scorecard.isEmpty()) {
                continue;
            }
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("planId", report.planId());
            report.sourceName().ifPresent(source -> plan.put("source", source));
            List<Map<String, Object>> criteria = new ArrayList<>();
            for (ReviewScorecard.Row row : scorecard.rows()) {
                Map<String, Object> criterion = new LinkedHashMap<>();
                criterion.put("id", row.id());
                criterion.put("title", row.title());
                criterion.put("score", row.score().score().name());
                criterion.put("evidence", row.evidence());
                criterion.put("missing", row.missing().stream().map(ReviewScorecard.Missing::inWords).toList());
                criteria.add(criterion);
            }
            plan.put("criteria", criteria);
            scorecards.add(plan);
        }
        return scorecards;
    }

    /** Each plan's three themes against what addresses them, for the run's property bag. */
    private static List<Map<String, Object>> themes(List<ComplianceReport> reports) {
        List<Map<String, Object>> plans = new ArrayList<>();
        for (ComplianceReport report : reports) {
            if (ThemesSection.rows(report).isEmpty()) {
                continue;
            }
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("planId", report.planId());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (org.childplan.rules.ThemeCoverage row : ThemesSection.rows(report)) {
                Map<String, Object> theme = new LinkedHashMap<>();
                theme.put("theme", row.theme().name());
                theme.put("priorities", row.priorities());
                theme.put("actions", row.actions());
                theme.put("services", row.services());
                theme.put("measures", row.measures());
                theme.put("missing", row.missingElements());
                rows.add(theme);
            }
            plan.put("themes", rows);
            plans.add(plan);
        }
        return plans;
    }

    private static ReportingDescriptor rule(RuleDescriptor rule) {
        PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(List.of(
                "childplan", rule.jurisdiction().name().toLowerCase(Locale.ROOT), rule.severity().name().toLowerCase(Locale.ROOT),
                basisTag(rule.isLocalStandard(), rule.severity()))));
        properties.setAdditionalProperty("basis", rule.basis().name());
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("instrument", rule.citation().instrument());
        citation.put("provision", rule.citation().provision());
        citation.put("url", rule.citation().url());
        properties.setAdditionalProperty("citation", citation);
        properties.setAdditionalProperty("severity", rule.severity().name());
        rule.inForceSince().ifPresent(date -> properties.setAdditionalProperty("inForceFrom", date.toString()));
        rule.commencementNote().ifPresent(note -> properties.setAdditionalProperty("commencement", note));
        rule.inForceUntil().ifPresent(date -> properties.setAdditionalProperty("inForceTo", date.toString()));
        properties.setAdditionalProperty("pack", rule.pack());
        properties.setAdditionalProperty("jurisdiction", rule.jurisdiction().name());
        String inForce = rule.isComing() ? "Not yet in force: " + rule.commencementNote().orElseThrow()
                : "In force from " + rule.inForceFrom() + rule.inForceUntil().map(to -> " to " + to).orElse("");
        return new ReportingDescriptor()
                .withId(rule.id())
                .withName(camelCase(rule.id()))
                .withShortDescription(new MultiformatMessageString().withText(rule.title()))
                .withFullDescription(new MultiformatMessageString().withText(sentence(rule.title())
                        + (rule.isLocalStandard() ? " Source (a local standard, not a statutory duty): " : " Source: ")
                        + rule.citation() + ". " + inForce + "."))
                .withHelp(new MultiformatMessageString().withText(rule.remedy() + " "
                        + (rule.isLocalStandard() ? "Source (a local standard, not a statutory duty): "
                                : LocalStandards.sourceLabel(false, rule.severity()) + ": ")
                        + rule.citation() + ", " + rule.citation().url()))
                .withHelpUri(URI.create(rule.citation().url()))
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withLevel(configurationLevel(rule.severity()))
                        .withRank(null))
                .withProperties(properties);
    }

    /** {@code text} ending with a full stop, so that a title runs into the next sentence as one. */
    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    /**
     * The tag that says what a rule rests on, keeping the standards an area has set itself apart from the law:
     * {@code local-standard}; or, for a rule of the law, what its severity says the text requires:
     * {@code statutory-duty} ("must"), {@code statutory-expectation} ("should") or {@code good-practice}.
     */
    static String basisTag(boolean localStandard, Severity severity) {
        if (localStandard) {
            return "local-standard";
        }
        return switch (severity) {
            case ERROR -> "statutory-duty";
            case WARNING -> "statutory-expectation";
            case INFO -> "good-practice";
        };
    }

    private static Result result(ComplianceReport report, Finding finding, Map<String, Integer> ruleIndex, ReportOptions options,
            Map<String, Integer> occurrences) {
        Location location = new Location().withLogicalLocations(new LinkedHashSet<>(List.of(new LogicalLocation()
                .withName(lastSegment(finding.pointer()))
                .withFullyQualifiedName(finding.pointer().isEmpty() ? "/" : finding.pointer())
                )));
        String file = finding.location().map(SourceLocation::source).orElse(report.source());
        if (file != null) {
            physical(file, finding.location(), options).ifPresent(location::setPhysicalLocation);
        }
        String identity = finding.ruleId() + "\u0000" + report.planId() + "\u0000" + finding.pointer();
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(FINGERPRINT_KEY, sha256(identity) + (occurrence > 1 ? ":" + occurrence : ""));
        PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(List.of(
                basisTag(finding.isLocalStandard(), finding.severity()))));
        properties.setAdditionalProperty("planId", report.planId());
        properties.setAdditionalProperty("pointer", finding.pointer());
        properties.setAdditionalProperty("basis", finding.basis().name());
        if (!finding.pack().isEmpty()) {
            properties.setAdditionalProperty("pack", finding.pack());
        }
        properties.setAdditionalProperty("citation", finding.citation().toString());
        properties.setAdditionalProperty("remedy", finding.remedy());
        return new Result()
                .withRuleId(finding.ruleId())
                .withRuleIndex(ruleIndex.get(finding.ruleId()))
                .withKind(kind(report, finding))
                .withLevel(kind(report, finding) == Result.Kind.FAIL ? resultLevel(finding.severity()) : Result.Level.NONE)
                .withMessage(new Message().withText(finding.message()))
                .withLocations(List.of(location))
                .withPartialFingerprints(fingerprints)
                .withRank(null)
                .withProperties(properties);
    }

    /**
     * The SARIF kind of a finding: {@code fail} when the document shows the rule not met, or does not evidence it in
     * a complete record; {@code review} when a partial record does not show it; {@code open} when it is not yet due.
     * SARIF gives a result that is not a failure the level {@code none}.
     */
    private static Result.Kind kind(ComplianceReport report, Finding finding) {
        return switch (finding.outcome()) {
            case NOT_MET -> Result.Kind.FAIL;
            case NOT_EVIDENCED -> report.completeRecord() ? Result.Kind.FAIL : Result.Kind.REVIEW;
            default -> Result.Kind.OPEN;
        };
    }

    /**
     * {@code SCO-CYPSA-S13-ANNUAL-REPORT} as {@code ScoCypsaS13AnnualReport}, the same in every default locale
     * (commons-text's {@code CaseUtils} lower-cases in the default locale: in Turkish, I becomes a dotless ı).
     */
    static String camelCase(String ruleId) {
        StringBuilder name = new StringBuilder(ruleId.length());
        for (String word : ruleId.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }

    private static ReportingDescriptor planNotCheckedRule() {
        PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(List.of("childplan", "error")));
        properties.setAdditionalProperty("severity", Severity.ERROR.name());
        return new ReportingDescriptor()
                .withId(PLAN_NOT_CHECKED)
                .withName("PlanNotChecked")
                .withShortDescription(new MultiformatMessageString()
                        .withText("The plan document could not be checked."))
                .withFullDescription(new MultiformatMessageString().withText("The document could not be read, or is "
                        + "not a well-formed plan, so no statutory duty could be checked against it. "
                        + UncheckedDocuments.WHY_IT_FAILS))
                .withHelp(new MultiformatMessageString().withText("Correct the document at the place given: the "
                        + "message says what is wrong and, where it can, what was expected. Then check it again."))
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withLevel(ReportingConfiguration.Level.ERROR)
                        .withRank(null))
                .withProperties(properties);
    }

    private static Result unchecked(UncheckedPlan plan, UncheckedPlan.Problem problem, int ruleIndex, ReportOptions options,
            Map<String, Integer> occurrences) {
        Location location = new Location();
        if (problem.pointer() != null) {
            location.setLogicalLocations(new LinkedHashSet<>(List.of(new LogicalLocation()
                    .withName(lastSegment(problem.pointer()))
                    .withFullyQualifiedName(problem.pointer().isEmpty() ? "/" : problem.pointer()))));
        }
        String file = UncheckedDocuments.file(plan, problem);
        physical(file, problem.location(), options).ifPresent(location::setPhysicalLocation);
        // No plan id is known, so the document is named by its file as the log names it, relative to the source
        // root unless absolute names were asked for (so, by default, not by where the repository is checked out); the message tells apart problems without a pointer. The line is
        // left out, as for findings, so that an alert follows its problem when lines move.
        String identity = PLAN_NOT_CHECKED + "\u0000" + PlanFiles.name(file, options) + "\u0000"
                + Optional.ofNullable(problem.pointer()).orElse("") + "\u0000" + problem.message();
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(FINGERPRINT_KEY, sha256(identity) + (occurrence > 1 ? ":" + occurrence : ""));
        PropertyBag properties = new PropertyBag();
        properties.setAdditionalProperty("source", plan.source());
        if (problem.pointer() != null) {
            properties.setAdditionalProperty("pointer", problem.pointer());
        }
        return new Result()
                .withRuleId(PLAN_NOT_CHECKED)
                .withRuleIndex(ruleIndex)
                .withKind(Result.Kind.FAIL)
                .withLevel(Result.Level.ERROR)
                .withMessage(new Message().withText(problem.message()))
                .withLocations(List.of(location))
                .withPartialFingerprints(fingerprints)
                .withRank(null)
                .withProperties(properties);
    }

    private static Optional<PhysicalLocation> physical(String file, Optional<SourceLocation> at, ReportOptions options) {
        return PlanFiles.uri(file, options).map(uri -> {
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

    private static boolean usesSourceRoot(List<Result> results, List<Notification> notifications) {
        List<Location> locations = new ArrayList<>();
        for (Result result : results) {
            Optional.ofNullable(result.getLocations()).ifPresent(locations::addAll);
            Optional.ofNullable(result.getSuppressions()).orElse(Set.of()).stream().map(Suppression::getLocation)
                    .filter(Objects::nonNull).forEach(locations::add);
        }
        notifications.forEach(notification -> Optional.ofNullable(notification.getLocations())
                .ifPresent(locations::addAll));
        return locations.stream()
                .map(Location::getPhysicalLocation)
                .filter(Objects::nonNull)
                .anyMatch(physical -> SRCROOT.equals(physical.getArtifactLocation().getUriBaseId()));
    }

    private static Suppression suppression(Waiver waiver, ReportOptions options) {
        Suppression suppression = new Suppression()
                .withKind(Suppression.Kind.EXTERNAL)
                .withStatus(Suppression.Status.ACCEPTED)
                .withJustification(waiver.justification() + " (approved by " + waiver.approvedBy() + "; expires "
                        + waiver.expires() + ")");
        waiver.sourceLocation().flatMap(at -> physical(at.source(), Optional.of(at), options))
                .ifPresent(physical -> suppression.setLocation(new Location().withPhysicalLocation(physical)));
        return suppression;
    }

    private static Notification notification(WaiverNotice notice, ReportOptions options) {
        Notification notification = new Notification()
                .withLevel(Notification.Level.WARNING)
                .withMessage(new Message().withText(notice.message()));
        notice.waiver().sourceLocation().flatMap(at -> physical(at.source(), Optional.of(at), options))
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
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
