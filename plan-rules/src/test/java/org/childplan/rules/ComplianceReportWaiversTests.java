package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.junit.jupiter.api.Test;

class ComplianceReportWaiversTests {

    private static final PlanChecker SCOTLAND = PlanChecker.forJurisdiction(Jurisdiction.SCOTLAND);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 3, 31);
    private static final Citation S13 = new Citation("Children and Young People (Scotland) Act 2014", "s13(1)",
            "https://www.legislation.gov.uk/asp/2014/8/section/13");

    private static Finding finding(String ruleId, Severity severity, String pointer) {
        return new Finding(ruleId, severity, "title of " + ruleId, "message at " + pointer, S13, pointer, null, "remedy");
    }

    private static ComplianceReport report(Finding... findings) {
        return new ComplianceReport("plan-a", "Plan A", "plan-a.yaml", Jurisdiction.SCOTLAND, LocalDate.of(2024, 4, 1),
                List.of(), List.of(findings), List.of(), List.of(), List.of());
    }

    private static Waiver waiver(String ruleId, String pointer) {
        return new Waiver(ruleId, pointer, null, "Delayed by the inspection.", "Board chair", EXPIRY,
                new SourceLocation("waivers.yaml", 2, 5));
    }

    @Test
    void waiversGivenInCodeRefuseANullListOrElementNamingTheParameter() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Waivers.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("waivers");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Waivers.of(java.util.Arrays.asList(
                        waiver("R-ERROR", null), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("waivers holds null");
    }

    @Test
    void anUnexpiredWaiverMovesItsFindingOutOfTheVerdictAndKeepsItWithTheJustification() {
        ComplianceReport report = report(finding("R-ERROR", Severity.ERROR, "/annualReports"),
                finding("R-INFO", Severity.INFO, ""));
        assertThat(report.verdict(FailLevel.ERROR)).isEqualTo(Verdict.FAIL);

        ComplianceReport waived = report.withWaivers(Waivers.of(List.of(waiver("R-ERROR", "/annualReports"))), EXPIRY);

        assertThat(waived.verdict(FailLevel.ERROR)).isEqualTo(Verdict.PASS);
        assertThat(waived.findings()).extracting(Finding::ruleId).containsExactly("R-INFO");
        assertThat(waived.count(Severity.ERROR)).isZero();
        assertThat(waived.waived()).singleElement().satisfies(entry -> {
            assertThat(entry.finding().ruleId()).isEqualTo("R-ERROR");
            assertThat(entry.waiver().justification()).isEqualTo("Delayed by the inspection.");
            assertThat(entry.waiver().approvedBy()).isEqualTo("Board chair");
        });
        assertThat(waived.waiverNotices()).isEmpty();
    }

    @Test
    void aWaiverThatExpiredYesterdayWaivesNothingAndIsReportedWithItsFilePositionAndExpiry() {
        ComplianceReport report = report(finding("R-ERROR", Severity.ERROR, "/annualReports"));

        ComplianceReport checked = report.withWaivers(Waivers.of(List.of(waiver("R-ERROR", null))), EXPIRY.plusDays(1));

        assertThat(checked.verdict(FailLevel.ERROR)).isEqualTo(Verdict.FAIL);
        assertThat(checked.findings()).hasSize(1);
        assertThat(checked.waived()).isEmpty();
        assertThat(checked.waiverNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(WaiverNotice.Kind.EXPIRED);
            assertThat(notice.message()).startsWith("waiver waivers.yaml:2:5 (R-ERROR) expired on 2026-03-31 "
                    + "(checked on 2026-04-01)");
        });
    }

    @Test
    void aWaiverThatExpiresTodayStillHolds() {
        ComplianceReport checked = report(finding("R-ERROR", Severity.ERROR, "/annualReports"))
                .withWaivers(Waivers.of(List.of(waiver("R-ERROR", null))), EXPIRY);

        assertThat(checked.waived()).hasSize(1);
        assertThat(checked.waiverNotices()).isEmpty();
    }

    @Test
    void aRuleOnlyWaiverCoversEveryFindingOfTheRuleButAPointerWaiverOnlyItsElementAndWhatIsInside() {
        ComplianceReport report = report(finding("R", Severity.ERROR, "/actions/0"), finding("R", Severity.ERROR, "/actions/1"),
                finding("R", Severity.ERROR, "/actions/10"), finding("R", Severity.ERROR, "/measures"));

        ComplianceReport ruleOnly = report.withWaivers(Waivers.of(List.of(waiver("R", null))), EXPIRY);
        ComplianceReport pointer = report.withWaivers(Waivers.of(List.of(waiver("R", "/actions/1"))), EXPIRY);
        ComplianceReport parent = report.withWaivers(Waivers.of(List.of(waiver("R", "/actions"))), EXPIRY);

        assertThat(ruleOnly.findings()).isEmpty();
        assertThat(ruleOnly.waived()).hasSize(4);
        assertThat(pointer.waived()).extracting(entry -> entry.finding().pointer()).containsExactly("/actions/1");
        assertThat(pointer.findings()).extracting(Finding::pointer).containsExactly("/actions/0", "/actions/10", "/measures");
        assertThat(parent.waived()).extracting(entry -> entry.finding().pointer())
                .containsExactly("/actions/0", "/actions/1", "/actions/10");
    }

    @Test
    void aWaiverOfAnotherRuleOrAnotherPlanDoesNotWaive() {
        ComplianceReport report = report(finding("R", Severity.ERROR, "/actions"));
        Waiver otherPlan = new Waiver("R", null, "plan-b", "why", "who", EXPIRY, null);

        ComplianceReport checked = report.withWaivers(Waivers.of(List.of(waiver("OTHER", null), otherPlan)), EXPIRY);

        assertThat(checked.findings()).hasSize(1);
        assertThat(checked.waived()).isEmpty();
        assertThat(checked.waiverNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(WaiverNotice.Kind.UNMATCHED);
            assertThat(notice.waiver().ruleId()).isEqualTo("OTHER");
            assertThat(notice.message()).contains("matches no finding of plan plan-a")
                    .contains("no rule of the applied packs has the id OTHER");
        });
    }

    @Test
    void aWaiverWhosePointerMatchesNoFindingIsReportedAsUnmatched() {
        ComplianceReport checked = report(finding("R", Severity.ERROR, "/actions"))
                .withWaivers(Waivers.of(List.of(waiver("R", "/measures"))), EXPIRY);

        assertThat(checked.findings()).hasSize(1);
        assertThat(checked.waiverNotices()).extracting(WaiverNotice::kind).containsExactly(WaiverNotice.Kind.UNMATCHED);
        assertThat(checked.waiverNotices().get(0).message()).contains("elsewhere than /measures");
    }

    @Test
    void aWaiverOfARuleThatPassedIsReportedAsUnmatchedSayingSo() throws Exception {
        ComplianceReport report = SCOTLAND.check(TestPlans.compliantDocument(), LocalDate.of(2018, 5, 1));
        assertThat(report.findingsOf("SCO-CYPSA-S9-WELLBEING")).isEmpty();

        ComplianceReport checked = report.withWaivers(
                Waivers.of(List.of(waiver("SCO-CYPSA-S9-WELLBEING", null))), EXPIRY);

        assertThat(checked.waiverNotices()).singleElement()
                .satisfies(notice -> assertThat(notice.message()).contains("the rule passed"));
    }

    @Test
    void aRealLateAnnualReportWaivedByItsFileTurnsTheVerdictToPassAndTheJsonCarriesTheWaiver() throws Exception {
        ComplianceReport report = SCOTLAND.check(TestPlans.compliantDocument(), LocalDate.of(2019, 5, 1));
        assertThat(report.verdict(FailLevel.ERROR)).isEqualTo(Verdict.FAIL);
        Waivers waivers = Waivers.read("""
                waivers:
                  - ruleId: SCO-CYPSA-S13-ANNUAL-REPORT
                    pointer: /annualReports
                    justification: The first report waits for the joint inspection.
                    approvedBy: Board chair
                    expires: 2019-06-30
                  - ruleId: SCO-PRACTICE-GOVERNANCE
                    justification: Old.
                    approvedBy: Board chair
                    expires: 2019-04-30
                """, "waivers.yaml");

        ComplianceReport checked = report.withWaivers(waivers, LocalDate.of(2019, 5, 1));

        assertThat(checked.verdict(FailLevel.ERROR)).isEqualTo(Verdict.PASS);
        assertThat(checked.passed()).isEqualTo(report.passed());
        JsonNode json = new ObjectMapper().readTree(checked.toJson());
        assertThat(json.get("verdict").asText()).isEqualTo("PASS");
        assertThat(json.at("/counts/ERROR").asInt()).isZero();
        assertThat(json.at("/waived/0/ruleId").asText()).isEqualTo("SCO-CYPSA-S13-ANNUAL-REPORT");
        assertThat(json.at("/waived/0/waiver/justification").asText())
                .isEqualTo("The first report waits for the joint inspection.");
        assertThat(json.at("/waived/0/waiver/location/line").asInt()).isEqualTo(2);
        assertThat(json.at("/waiverNotices/0/kind").asText()).isEqualTo("EXPIRED");
        assertThat(json.at("/waiverNotices/0/waiver/expires").asText()).isEqualTo("2019-04-30");
        assertThat(json.at("/waiverNotices/0/message").asText()).contains("waivers.yaml:7:5");
        assertThat(new ObjectMapper().readTree(report.toJson()).get("waived").isEmpty()).isTrue();
    }
}
