package org.childplan.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.childplan.reports.IoProblems;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.RuleOutcome;
import org.childplan.rules.WaivedFinding;
import org.childplan.rules.Waiver;

/**
 * The findings of an earlier JSON report ({@code --baseline}), known and accepted for now: a finding of this check
 * with the same rule id, plan id and pointer is reported as waived by the baseline and does not fail; a new finding
 * fails as usual.
 *
 * @param file the baseline report, as named in the waived findings
 * @param known the rule id, plan id and pointer of each finding of the baseline, waived or not
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Baseline(String file, Set<Key> known) {

    /** What identifies a finding across runs: its rule, its plan and its place in the plan, never its line. */
    @API(status = API.Status.INTERNAL, since = "0.1")
    public record Key(String ruleId, String planId, String pointer) {
    }

    /** Copies the keys. */
    public Baseline {
        known = Set.copyOf(known);
    }

    /**
     * Reads the JSON report {@code file} ({@code childplan check --format json}).
     *
     * @throws BadInputException when the file cannot be read or is not a childplan JSON report
     */
    public static Baseline read(Path file, String name) {
        PlanFiles.requireReadable(file);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": not a childplan JSON report: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + IoProblems.describe(e));
        }
        if (root == null || !root.path("reports").isArray()) {
            throw new BadInputException(file + ": not a childplan JSON report (childplan check --format json): it has"
                    + " no \"reports\" array");
        }
        Set<Key> known = new HashSet<>();
        for (JsonNode report : root.path("reports")) {
            String planId = report.at("/plan/id").asText();
            for (JsonNode finding : report.path("findings")) {
                known.add(new Key(finding.path("ruleId").asText(), planId, finding.path("pointer").asText()));
            }
            for (JsonNode waived : report.path("waived")) {
                known.add(new Key(waived.path("ruleId").asText(), planId, waived.path("pointer").asText()));
            }
        }
        return new Baseline(name, known);
    }

    /** {@code report} with the findings known to the baseline moved to the waived findings, waived by it on {@code today}. */
    public ComplianceReport apply(ComplianceReport report, LocalDate today) {
        List<Finding> remaining = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>(report.waived());
        for (Finding finding : report.findings()) {
            // A duty not yet due fails nothing and asks nothing yet, so it stays a finding, as waivers leave it.
            if (finding.outcome() != RuleOutcome.NOT_YET_DUE
                    && known.contains(new Key(finding.ruleId(), report.planId(), finding.pointer()))) {
                waived.add(new WaivedFinding(finding, new Waiver(finding.ruleId(), finding.pointer(), report.planId(),
                        "known: the finding is in the baseline report " + file, "baseline " + file, today, null)));
            } else {
                remaining.add(finding);
            }
        }
        if (remaining.size() == report.findings().size()) {
            return report;
        }
        return new ComplianceReport(report.planId(), report.planTitle(), report.source(), report.jurisdiction(),
                report.asOf(), report.packs(), remaining, report.met(), report.nothingToCheck(),
                report.notApplicable(), report.coverage(), report.regimes(), report.lawChanges(), waived,
                report.waiverNotices(), report.completeRecord(), report.themes());
    }
}
