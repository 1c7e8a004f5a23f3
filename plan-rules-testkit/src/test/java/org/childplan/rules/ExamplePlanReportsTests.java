package org.childplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.rules.testkit.ComplianceReportAssert.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example plan of plan-examples, read from its source folder, gets a report with citations from the packs of
 * its jurisdiction. The expected reports are pinned in plan-examples; these tests hold the packs to the seeds' regimes.
 */
class ExamplePlanReportsTests {

    private static final Path EXAMPLES = Path.of("../plan-examples/src/main/resources/org/childplan/examples");
    private static final PlanChecker CHECKER = PlanChecker.forAllJurisdictions();

    static Stream<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static ComplianceReport check(String name) throws Exception {
        PlanDocument document = PlanDocuments.read(EXAMPLES.resolve(name));
        return CHECKER.check(document);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePlanGetsAReportThatNamesItsRegimeAndWhoseFindingsCiteTheirSource(Path file) throws Exception {
        ComplianceReport report = check(file.getFileName().toString());

        assertThat(report.regimes()).as("regimes applied to %s", file).isNotEmpty();
        assertThat(report.findings()).allSatisfy(finding -> {
            assertThat(finding.citation().instrument()).isNotBlank();
            assertThat(finding.citation().url()).startsWith("https://");
            assertThat(finding.pointer()).isNotNull();
        });
        int rules = CHECKER.rules().stream().filter(rule -> rule.jurisdiction() == report.jurisdiction()).toList().size();
        long found = report.findings().stream().map(Finding::ruleId).distinct().count();
        assertThat(found + report.passed().size() + report.notApplicable().size()).isEqualTo(rules);
    }

    @Test
    void cambridgeshires1999UpdateIsJudgedByThe1996OrdersReviewDutiesAndMissesItsConsultation() throws Exception {
        ComplianceReport report = check("cambridgeshire-csp-1999-2002.yaml");

        assertThat(report.regimes()).extracting(Regime::inForceFrom).containsExactly(LocalDate.of(1996, 4, 1));
        assertThat(report).hasFinding("ENG-CA1989-SCH2-P1A-3AB-HEALTH")
                .hasFinding("ENG-CA1989-SCH2-P1A-3F-VOLUNTARY-ORGANISATIONS")
                .hasNotApplicable("ENG-CA1989-SCH2-P1A-1-PUBLICATION", "governs a children's services plan, a Children"
                        + " and Young People's Plan or a revised plan; this document is an update or review of a plan")
                .hasPassed("ENG-CA1989-SCH2-P1A-2A-REVIEW-OF-PLAN");
        assertThat(report.lawChanges()).isEmpty();
    }

    @Test
    void stockportsVoluntary2024PlanGetsNoErrorAndIsJudgedByThePartnersDuties() throws Exception {
        ComplianceReport report = check("stockport-cypp-2024-2027.yaml");

        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.regimes()).extracting(Regime::name)
                .containsExactly("no statutory plan: the partners' duties of co-operation and safeguarding");
        assertThat(report).hasPassed("ENG-CA2004-S16E-ARRANGEMENTS")
                .hasFinding("ENG-CA2004-S16E-SAFEGUARDING-PARTNERS")
                .hasPassed("ENG-CSWA2017-S1-CORPORATE-PARENTING")
                .hasNotApplicable("ENG-SI2010-591-R3-1-PUBLICATION", "in force until 2010-10-30");
    }

    @Test
    void kingsmeresModelPlanMeetsEveryEnglishRuleInForceIn2024() throws Exception {
        assertThat(check("kingsmere-cypp-2024-2027.yaml")).hasNoFindings();
    }

    @Test
    void gwennolsModelAreaPlanMeetsThe2014ActAndIsNotJudgedByTheRevokedChildrenAndYoungPeoplesPlanRegulations()
            throws Exception {
        ComplianceReport report = check("gwennol-area-plan-2023-2028.yaml");

        assertThat(report).hasNoFindings()
                .hasPassed("WAL-SSWBA2014-S14-POPULATION-ASSESSMENT")
                .hasPassed("WAL-SSWBA2014-S14A-AREA-PLAN-PUBLISHED")
                .hasNotApplicable("WAL-SI2007-2316-R4-PLAN-PERIOD", "in force until 2016-03-31");
        assertThat(report.regimes()).extracting(Regime::inForceFrom).containsExactly(LocalDate.of(2016, 4, 6));
    }

    @Test
    void ardglenansModelPlanMeetsEveryNorthernIrelandRuleInForceIn2024() throws Exception {
        ComplianceReport report = check("ardglenan-cypp-2024-2027.yaml");

        assertThat(report).hasNoFindings()
                .hasPassed("NI-CSCA2015-S1-WELL-BEING")
                .hasPassed("NI-CSCA2015-S2-CO-OPERATION");
    }

    @Test
    void cheshireEastsRedesignIsNotTheirChildrenAndYoungPeoplesPlanSoOnlyThePartnersDutiesOfAutumn2009JudgeIt()
            throws Exception {
        ComplianceReport report = check("cheshire-east-childrens-social-care-redesign.yaml");
        String notThePlan = "governs a children's services plan, a Children and Young People's Plan or a revised "
                + "plan; this document is a service redesign";

        assertThat(report.regimes()).extracting(Regime::inForceFrom).containsExactly(LocalDate.of(2005, 9, 1));
        assertThat(report).hasCount(Severity.ERROR, 0)
                .hasNotApplicable("ENG-SI2005-2149-R4-2B-NEEDS-ASSESSMENT", notThePlan)
                .hasNotApplicable("ENG-SI2005-2149-R7-1A-CHILDREN-AND-FAMILIES", notThePlan)
                .hasPassed("ENG-CA2004-S11-SAFEGUARDING")
                .hasPassed("ENG-CA2004-S10-RELEVANT-PARTNERS");
        assertThat(report.lawChanges()).isEmpty();
        assertThat(List.of(report.jurisdiction().name())).containsExactly("ENGLAND");
    }
}
