package org.childplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.childplan.model.io.PlanDocument;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Evidence;
import org.childplan.rules.Finding;
import org.childplan.rules.MetRule;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pins the report of every example plan, so that an example cannot rot and a change in a rule pack shows up as a
 * reviewed change of the expected reports in {@code src/test/resources/org/childplan/examples/reports/}.
 *
 * <p>After reviewing a deliberate change, regenerate with the command in {@code docs/writing-a-rule-pack.md},
 * "Regenerating what is pinned".
 */
class ExampleReportsTests {

    private static final Path EXPECTED = Path.of("src/test/resources/org/childplan/examples/reports");
    private static final PlanChecker CHECKER = PlanChecker.forAllJurisdictions();

    @ParameterizedTest
    @EnumSource(ExamplePlans.class)
    void everyExamplesReportIsTheOnePinnedForIt(ExamplePlans example) throws Exception {
        PlanDocument document = example.read();
        ComplianceReport report = CHECKER.check(document);
        String actual = summary(example, report);
        Path expected = EXPECTED.resolve(example.fileName().replace(".yaml", ".report.txt"));

        if (Boolean.getBoolean("childplan.updateExpected")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }

        assertThat(actual).as("report of %s is not the one pinned in %s; after review, regenerate everything pinned from "
                + "the repository root with mvn -B -pl plan-rules-testkit,plan-examples,plan-cli -am verify "
                + "-Dchildplan.updateDocs=true -Dchildplan.updateExpected=true", example.fileName(), expected).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static String summary(ExamplePlans example, ComplianceReport report) {
        StringBuilder text = new StringBuilder()
                .append("# The pinned report of ").append(example.fileName()).append('\n')
                .append("jurisdiction: ").append(report.jurisdiction()).append('\n')
                .append("as of: ").append(report.asOf()).append('\n')
                .append("complete record: ").append(report.completeRecord()).append('\n')
                .append("verdict: ").append(report.verdict(FailLevel.ERROR)).append('\n')
                .append("counts: ").append(report.counts()).append('\n')
                .append("regimes:\n");
        for (Regime regime : report.regimes()) {
            text.append("  ").append(regime.name()).append(" (from ").append(regime.inForceFrom()).append(")\n");
        }
        text.append("findings:\n");
        for (Finding finding : report.findings()) {
            text.append("  ").append(finding.severity()).append(' ').append(finding.outcome().words()).append(' ')
                    .append(finding.ruleId())
                    .append(" at ").append(finding.pointer().isEmpty() ? "(plan)" : finding.pointer())
                    .append(finding.location().map(at -> " line " + at.line() + " column " + at.column()).orElse(""))
                    .append('\n')
                    .append("    ").append(finding.message()).append('\n')
                    .append("    ").append(finding.citation()).append('\n');
        }
        text.append("met:\n");
        for (MetRule rule : report.met()) {
            text.append("  ").append(rule.rule().id()).append(": ").append(rule.evidence().isEmpty()
                    ? "(no evidence named)"
                    : rule.evidence().stream().map(Evidence::pointer).collect(Collectors.joining(", "))).append('\n');
        }
        text.append("nothing to check: ").append(report.nothingToCheck().stream()
                .map(rule -> rule.rule().id() + " (" + rule.lookedFor() + ")").collect(Collectors.joining(", "))).append('\n');
        text.append("not applicable: ").append(report.notApplicable().stream().map(NotApplicableRule::rule)
                .map(RuleDescriptor::id).collect(Collectors.joining(", "))).append('\n');
        return text.toString();
    }
}
