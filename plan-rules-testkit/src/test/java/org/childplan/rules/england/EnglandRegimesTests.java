package org.childplan.rules.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childplan.rules.testkit.ComplianceReportAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import org.childplan.model.DocumentKind;
import org.childplan.model.Jurisdiction;
import org.childplan.model.Plan;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.LawChange;
import org.childplan.rules.NotApplicableRule;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Regime;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.Severity;
import org.childplan.rules.TestPlans;
import org.junit.jupiter.api.Test;

/** English law at a point in time: which regime judges a plan, and what changes within its period. */
class EnglandRegimesTests {

    private static final PlanChecker ENGLAND = PlanChecker.forJurisdiction(Jurisdiction.ENGLAND);
    private static final String BASE = "/org/childplan/rules/england/";

    private static Plan plan(String base, String patch) throws Exception {
        return TestPlans.patched(BASE + base, new YAMLMapper().readTree(patch));
    }

    @Test
    void englishLawHasFiveRegimesEachBeginningTheDayAfterTheOneBeforeEnds() {
        java.util.List<Regime> regimes = org.childplan.rules.RulePacks.regimes(new EnglandRulePack());

        assertThat(regimes).hasSize(5);
        for (int i = 1; i < regimes.size(); i++) {
            assertThat(regimes.get(i).inForceFrom()).isEqualTo(regimes.get(i - 1).inForceTo().plusDays(1));
        }
        assertThat(regimes.get(0).inForceFrom()).isEqualTo(LocalDate.of(1996, 4, 1));
        assertThat(regimes.get(4).inForceTo()).isNull();
    }

    @Test
    void aPlanOf2004JudgedAsOf2004ByThe1996OrderAndAsOf2006ByThe2005RegulationsGetsEachRegimesFindings() throws Exception {
        Plan plan = plan("compliant-1999.yaml", """
                id: test-england-2004
                period: {start: 2004-04-01, end: 2007-03-31, updateCycle: ANNUAL}
                consultations: null
                """);

        ComplianceReport in2004 = ENGLAND.check(plan, LocalDate.of(2004, 6, 1));
        ComplianceReport in2006 = ENGLAND.check(plan, LocalDate.of(2006, 6, 1));

        assertThat(in2004.regimes()).extracting(Regime::instrument)
                .containsExactly("Children Act 1989 (Amendment) (Children's Services Planning) Order 1996, SI 1996/785");
        assertThat(in2004).hasFinding("ENG-CA1989-SCH2-P1A-3AB-HEALTH").hasFinding("ENG-CA1989-SCH2-P1A-3F-VOLUNTARY-ORGANISATIONS")
                .hasNoFinding("ENG-SI2005-2149-R4-2A-VISION")
                .hasNotApplicable("ENG-SI2005-2149-R4-2A-VISION", "in force from 2005-09-01");
        assertThat(in2004.count(Severity.ERROR)).isEqualTo(3);
        assertThat(in2004.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("ENG-SI2005"));

        assertThat(in2006.regimes()).extracting(Regime::name)
                .containsExactly("the local authority's Children and Young People's Plan (Children Act 2004, s17)");
        assertThat(in2006).hasFinding("ENG-SI2005-2149-R4-2A-VISION").hasFinding("ENG-SI2005-2149-R4-1-OUTCOMES")
                .hasFinding("ENG-SI2005-2149-R7-1A-CHILDREN-AND-FAMILIES")
                .hasNoFinding("ENG-CA1989-SCH2-P1A-3AB-HEALTH")
                .hasNotApplicable("ENG-CA1989-SCH2-P1A-3AB-HEALTH", "in force until 2005-02-28");
        assertThat(in2006.findingsOf("ENG-SI2005-2149-R4-1-OUTCOMES")).hasSize(5);
        assertThat(in2006.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("ENG-CA1989"));
    }

    @Test
    void aPlanIsJudgedOnTheLastDayOfARegimeByItAndOnTheNextDayByTheNext() throws Exception {
        Plan plan = plan("compliant-2010.yaml", "needsAssessment: null");

        assertThat(ENGLAND.check(plan, LocalDate.of(2010, 10, 30)))
                .hasFinding("ENG-SI2010-591-R4-1A-NEEDS-ASSESSMENT")
                .satisfies(report -> assertThat(report.regimes()).extracting(Regime::inForceTo)
                        .containsExactly(LocalDate.of(2010, 10, 30)));
        assertThat(ENGLAND.check(plan, LocalDate.of(2010, 10, 31)))
                .hasNoFinding("ENG-SI2010-591-R4-1A-NEEDS-ASSESSMENT")
                .hasNotApplicable("ENG-SI2010-591-R4-1A-NEEDS-ASSESSMENT", "in force until 2010-10-30")
                .satisfies(report -> assertThat(report.regimes()).extracting(Regime::inForceFrom)
                        .containsExactly(LocalDate.of(2010, 10, 31)));
    }

    @Test
    void aPlanWhosePeriodSpansTheRevocationOfThe2010RegulationsIsToldWhatChangedAndWhichRulesStopApplying() {
        ComplianceReport report = ENGLAND.check(TestPlans.plan(BASE + "compliant-2010.yaml"));

        assertThat(report.lawChanges()).extracting(LawChange::date).contains(LocalDate.of(2010, 10, 31));
        LawChange revocation = report.lawChanges().stream()
                .filter(change -> change.date().equals(LocalDate.of(2010, 10, 31))).findFirst().orElseThrow();
        assertThat(revocation.rulesStopping()).containsExactlyInAnyOrder(
                "ENG-SI2010-591-R3-1-PUBLICATION", "ENG-SI2010-591-R3-1-OUTCOMES", "ENG-SI2010-591-R3-2-PLAN-PERIOD",
                "ENG-SI2010-591-R4-1A-NEEDS-ASSESSMENT", "ENG-SI2010-591-R3-1-TRUST-BOARD", "ENG-SI2010-591-R4-1B-KEY-ACTIONS",
                "ENG-SI2010-591-R5-UNCRC", "ENG-SI2010-591-R7-CHILDREN-AND-FAMILIES", "ENG-SI2010-591-R7-1D-REPRESENTATIVES");
        assertThat(revocation.rulesStarting()).containsExactly("ENG-CA1989-SCH2-THEME-EARLY-ACTION",
                "ENG-CA2004-S10-2-OUTCOMES", "ENG-CA2004-S10-5A-THEME-RESOURCES", "ENG-CA2004-S10-THEME-INTEGRATION");
        assertThat(revocation.description())
                .startsWith("On 2010-10-31 the regime of the Children's Trust Board's Children and Young People's Plan")
                .contains("the rules on Children's Trust Board (Children and Young People's Plan) (England) Regulations 2010, "
                        + "SI 2010/591 (reg 3(1)(a)-(e), reg 3(1), reg 3(2), reg 4(1)(a), reg 4(1)(b), reg 5(1), reg 7(1)(d), reg 7(1)(c)) "
                        + "stop applying: "
                        + "ENG-SI2010-591-R3-1-OUTCOMES, ")
                .endsWith("the rules on Children Act 1989 (Sch 2 paras 4(1), 7) and Children Act 2004 (s10(2)(a)-(e), "
                        + "s10(5A), s10(1), (2)) start applying: ENG-CA1989-SCH2-THEME-EARLY-ACTION, "
                        + "ENG-CA2004-S10-2-OUTCOMES, ENG-CA2004-S10-5A-THEME-RESOURCES, ENG-CA2004-S10-THEME-INTEGRATION.")
                .contains("the regime of no statutory plan: the partners' duties of co-operation and safeguarding began");
    }

    @Test
    void aPlanWhosePeriodSeesNoChangeInTheLawHasNoLawChangesAndTheDayItBeginsIsNotAChange() {
        assertThat(ENGLAND.check(TestPlans.plan(BASE + "compliant-2024.yaml")).lawChanges()).isEmpty();
        Plan from2010 = TestPlans.plan(BASE + "compliant-2010.yaml");
        assertThat(ENGLAND.check(from2010).lawChanges()).extracting(LawChange::date)
                .doesNotContain(LocalDate.of(2010, 4, 1));
    }

    @Test
    void theJsonFormNamesTheRegimesAppliedAndTheChangesInTheLawWithinThePeriod() throws Exception {
        ComplianceReport report = ENGLAND.check(TestPlans.plan(BASE + "compliant-2010.yaml"));
        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertThat(json.get("reportVersion").asText()).isEqualTo("2");
        assertThat(json.at("/regimes/0/instrument").asText()).endsWith("SI 2010/591");
        assertThat(json.at("/regimes/0/inForceFrom").asText()).isEqualTo("2010-04-01");
        assertThat(json.at("/regimes/0/inForceTo").asText()).isEqualTo("2010-10-30");
        assertThat(json.at("/lawChanges/0/date").asText()).isEqualTo("2010-10-31");
        assertThat(json.at("/lawChanges/0/description").asText()).isEqualTo(report.lawChanges().get(0).description());
        assertThat(json.at("/lawChanges/0/rulesStopping")).hasSize(9);
        assertThat(json.at("/lawChanges/0/rulesStarting/0").asText()).isEqualTo("ENG-CA1989-SCH2-THEME-EARLY-ACTION");
        assertThat(json.at("/lawChanges/0/rulesStarting")).hasSize(4);
        assertThat(report.toJson()).doesNotContain("null");

        JsonNode open = new ObjectMapper().readTree(ENGLAND.check(TestPlans.plan(BASE + "compliant-2024.yaml")).toJson());
        assertThat(open.at("/regimes/0").has("inForceTo")).isFalse();
        assertThat(open.get("lawChanges")).isEmpty();
    }

    @Test
    void aVoluntaryPlanAfter2010GetsNoErrorForWhatTheLawNoLongerRequires() throws Exception {
        Plan bare = plan("compliant-2024.yaml", """
                bodies: [{id: council, name: Testshire Council, type: LOCAL_AUTHORITY, role: LEAD}]
                priorities: [{id: P1, title: Early years}]
                linkedPlans: null
                """);

        ComplianceReport report = ENGLAND.check(bare);

        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.coverage()).as("the coverage of the Scottish aims of s9(2)").isEmpty();
        assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING, Severity.INFO);
        assertThat(report).hasFinding("ENG-CA2004-S16E-ARRANGEMENTS");
        assertThat(report.notApplicable()).extracting(NotApplicableRule::rule).extracting(RuleDescriptor::severity)
                .contains(Severity.ERROR);
        // Only the safeguarding partners' own documents (their arrangements and yearly report) carry ERROR duties now.
        assertThat(ENGLAND.rules()).filteredOn(rule -> rule.isInForceOn(report.asOf())
                        && rule.documentKinds().contains(DocumentKind.CHILDREN_AND_YOUNG_PEOPLES_PLAN))
                .extracting(RuleDescriptor::severity).doesNotContain(Severity.ERROR);
    }
}
