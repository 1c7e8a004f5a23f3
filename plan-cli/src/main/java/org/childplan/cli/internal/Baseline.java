package org.childplan.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanReadException;
import org.childplan.model.io.ReadLimits;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.Waiver;

/**
 * The findings of an earlier JSON report ({@code --baseline}), known and accepted for now, counted as PHPStan counts
 * the errors of its baseline: each finding of the baseline excuses at most one finding of this check, which is
 * reported as waived by the baseline; a finding no entry is left for fails as usual.
 *
 * <p>A finding of this check is matched first to an entry with the same rule id, plan id, JSON Pointer and message.
 * Only then is a finding left over matched to an entry left over with the same rule id, plan id and pointer but
 * another message: the same finding worded otherwise by another version of childplan, so that a reworded message does
 * not fail every plan at once. So four findings of one rule at one place, where the baseline holds one, leave three
 * new ones, whatever their messages.
 *
 * @param file the baseline report, as named in the waived findings
 * @param known each finding of the baseline, waived or not, once for each time the baseline holds it
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Baseline(String file, List<Entry> known) {

    /**
     * What identifies a finding across runs: its rule, its plan, its place in the plan and what it says, never its
     * line.
     *
     * @param ruleId the rule's id
     * @param planId the plan's id
     * @param pointer the JSON Pointer of the finding's place in the plan
     * @param message the finding's message
     */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Entry(String ruleId, String planId, String pointer, String message) {

        /** The entry of {@code finding}, a finding of the plan {@code planId}. */
        static Entry of(Finding finding, String planId) {
            return new Entry(finding.ruleId(), planId, finding.pointer(), finding.message());
        }

        /** The entry without its message: what a finding worded otherwise still shares with it. */
        Place place() {
            return new Place(ruleId, planId, pointer);
        }
    }

    private record Place(String ruleId, String planId, String pointer) {
    }

    /** Copies the entries. */
    public Baseline {
        known = List.copyOf(known);
    }

    /**
     * Reads the JSON report {@code file} ({@code childplan check --format json}) as plans and waiver files are read:
     * a regular file only, no larger than {@link ReadLimits#defaults()} allows, in UTF-8.
     *
     * @throws BadInputException when the file is missing, not a regular file, too large or unreadable, is not JSON
     *     (the message says at which line and column), is a report of a version this childplan does not read, or
     *     holds a finding with no rule id
     */
    public static Baseline read(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": --baseline names a folder; give the JSON report of an earlier check"
                    + " (childplan check --format json)");
        }
        String text;
        try {
            text = PlanDocuments.readText(file, ReadLimits.defaults());
        } catch (PlanReadException e) {
            throw new BadInputException(file + ": --baseline report: " + e.problem());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BadInputException((at == null || at.getLineNr() < 1 ? file.toString()
                    : file + ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not a childplan JSON report: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("reports").isArray()) {
            throw new BadInputException(file + ": not a childplan JSON report (childplan check --format json): it has"
                    + " no \"reports\" array");
        }
        JsonNode version = root.path("reportVersion");
        if (!version.isTextual() || !version.asText().equals(ComplianceReport.REPORT_VERSION)) {
            throw new BadInputException(file + ": /reportVersion: " + (version.isMissingNode() ? "missing"
                    : version.toString()) + ", where this childplan reads reports of version \""
                    + ComplianceReport.REPORT_VERSION + "\" only; write the baseline again with childplan check"
                    + " --format json");
        }
        List<Entry> known = new ArrayList<>();
        JsonNode reports = root.path("reports");
        for (int r = 0; r < reports.size(); r++) {
            JsonNode report = reports.get(r);
            JsonNode planId = report.at("/plan/id");
            if (!planId.isTextual() || planId.asText().isBlank()) {
                throw new BadInputException(file + ": /reports/" + r + "/plan/id: missing; each report of a baseline"
                        + " names its plan");
            }
            for (String list : List.of("findings", "waived")) {
                JsonNode findings = report.path(list);
                for (int f = 0; f < findings.size(); f++) {
                    JsonNode ruleId = findings.get(f).path("ruleId");
                    if (!ruleId.isTextual() || ruleId.asText().isBlank()) {
                        throw new BadInputException(file + ": /reports/" + r + "/" + list + "/" + f + "/ruleId: "
                                + (ruleId.isMissingNode() ? "missing" : ruleId.toString())
                                + "; each finding of a baseline names its rule");
                    }
                    known.add(entry(findings.get(f), planId.asText()));
                }
            }
        }
        return new Baseline(name, known);
    }

    private static Entry entry(JsonNode finding, String planId) {
        return new Entry(finding.path("ruleId").asText(), planId, finding.path("pointer").asText(),
                finding.path("message").asText());
    }

    /**
     * {@code report} with the findings known to the baseline moved to the waived findings, waived by it on
     * {@code today}: first those the baseline holds word for word, then those it holds at the same place worded
     * otherwise, each entry of the baseline excusing one finding at most.
     */
    public ComplianceReport apply(ComplianceReport report, LocalDate today) {
        Map<Entry, Integer> unused = new HashMap<>();
        for (Entry entry : known) {
            if (entry.planId().equals(report.planId())) {
                unused.merge(entry, 1, Integer::sum);
            }
        }
        List<Finding> findings = report.findings();
        // The reason each finding is known, by its index among the report's findings; null while it is new.
        String[] reasons = new String[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            // A duty not yet due fails nothing and asks nothing yet, so it stays a finding, as waivers leave it.
            if (finding.outcome() != RuleOutcome.NOT_YET_DUE && take(unused, Entry.of(finding, report.planId()))) {
                reasons[i] = "known: the finding is in the baseline report " + file;
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (reasons[i] != null || finding.outcome() == RuleOutcome.NOT_YET_DUE) {
                continue;
            }
            Place place = Entry.of(finding, report.planId()).place();
            Entry reworded = unused.keySet().stream()
                    .filter(entry -> entry.place().equals(place))
                    .min(Comparator.comparing(Entry::message))
                    .orElse(null);
            if (reworded != null && take(unused, reworded)) {
                reasons[i] = "known: the baseline report " + file + " holds this finding worded otherwise: "
                        + reworded.message();
            }
        }
        List<Finding> remaining = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>(report.waived());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (reasons[i] == null) {
                remaining.add(finding);
            } else {
                waived.add(new WaivedFinding(finding, new Waiver(finding.ruleId(), finding.pointer(), report.planId(),
                        reasons[i], "baseline " + file, today, null)));
            }
        }
        if (remaining.size() == findings.size()) {
            return report;
        }
        return new ComplianceReport(report.planId(), report.planTitle(), report.source(), report.jurisdiction(),
                report.asOf(), report.packs(), remaining, report.met(), report.nothingToCheck(),
                report.notApplicable(), report.coverage(), report.regimes(), report.lawChanges(), waived,
                report.waiverNotices(), report.completeRecord(), report.themes(), report.ruleErrors());
    }

    /** Uses one of the entries {@code entry} still has left; whether there was one. */
    private static boolean take(Map<Entry, Integer> unused, Entry entry) {
        Integer left = unused.get(entry);
        if (left == null) {
            return false;
        }
        if (left == 1) {
            unused.remove(entry);
        } else {
            unused.put(entry, left - 1);
        }
        return true;
    }
}
