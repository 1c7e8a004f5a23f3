package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Severity;
import org.junit.jupiter.api.Test;

class GithubReportTests {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String PLAN = ROOT.resolve("plans/p.yaml").toString();

    @Test
    void aFailingFindingIsAnErrorOnItsLineAndTheOthersAreWarningsOrNoticesBySeverity() {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, PLAN,
                ExampleReports.finding("R-ERROR", Severity.ERROR, "/a", "No report", new SourceLocation(PLAN, 3, 5)),
                ExampleReports.finding("R-WARN", Severity.WARNING, "/b", "Late", new SourceLocation(PLAN, 7, 1)),
                ExampleReports.finding("R-INFO", Severity.INFO, "/c", "Unmeasured", new SourceLocation(PLAN, 9, 1)));

        List<String> lines = ReportRenderers.render(ReportFormat.GITHUB, List.of(report), ReportOptions.defaults())
                .lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("::error file=plans/p.yaml,line=3,col=5,title=R-ERROR::ERROR (not met):"
                + " No report%0ALegal source: Children and Young People (Scotland) Act 2014, s13(1)");
        assertThat(lines.get(0)).endsWith("%0ARemedy: Publish it.");
        assertThat(lines.get(1)).startsWith("::warning file=plans/p.yaml,line=7,col=1,title=R-WARN::");
        assertThat(lines.get(2)).startsWith("::notice file=plans/p.yaml,line=9,col=1,title=R-INFO::")
                .contains("%0ASource: Children and Young People (Scotland) Act 2014").doesNotContain("Legal source");
        assertThat(lines.get(3)).isEqualTo("childplan: 1 plan(s) checked, 0 not checked; FAIL at fail level ERROR");
    }

    @Test
    void atFailLevelWarningAWarningIsAnError() {
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, PLAN,
                ExampleReports.finding("R-WARN", Severity.WARNING, "/b", "Late", new SourceLocation(PLAN, 7, 1)));

        String out = ReportRenderers.render(ReportFormat.GITHUB, List.of(report),
                ReportOptions.defaults().withFailLevel(FailLevel.WARNING));

        assertThat(out).startsWith("::error file=plans/p.yaml,line=7,col=1,title=R-WARN::");
    }

    @Test
    void planTextCannotEndTheMessageOrStartAWorkflowCommandOfItsOwn() {
        String file = ROOT.resolve("plans/a,b:c%.yaml").toString();
        ComplianceReport report = ExampleReports.handMade("p", "P", Jurisdiction.SCOTLAND, file,
                ExampleReports.finding("R", Severity.ERROR, "/a", "100% done\r\n::add-mask::secret\n::error::x",
                        new SourceLocation(file, 1, 1)));

        String out = ReportRenderers.render(ReportFormat.GITHUB, List.of(report), ReportOptions.defaults());

        assertThat(out.lines().filter(line -> line.startsWith("::"))).hasSize(1);
        assertThat(out).startsWith("::error file=plans/a%2Cb%3Ac%25.yaml,line=1,col=1,title=R::ERROR (not met): 100%25"
                + " done\\r\\n::add-mask::secret\\n::error::x%0ALegal source: ");
    }

    @Test
    void eachProblemOfADocumentNotCheckedIsAnError() {
        UncheckedPlan broken = ExampleReports.unchecked(ExampleReports.MALFORMED, ROOT.resolve("broken.yaml").toString());

        String out = ReportRenderers.render(ReportFormat.GITHUB, new CheckResults(List.of(), List.of(broken)),
                ReportOptions.defaults());

        assertThat(out).startsWith("::error file=broken.yaml,line=1,").contains(",title=not checked::")
                .contains("0 plan(s) checked, 1 not checked; FAIL");
    }
}
