package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.model.io.SourceLocation;
import org.childplan.model.validation.InvalidPlanException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Finding;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileCheckerTests {

    private static final String HEADER = """
            id: glenardoch-csp-2023-2026
            title: Glenardoch Children's Services Plan 2023-2026
            area: Glenardoch
            jurisdiction: SCOTLAND
            status: PUBLISHED
            """;

    private static final String MISSES_DUTIES = HEADER + """
            period: {start: 2023-04-01, end: 2026-03-31, updateCycle: ANNUAL}
            bodies:
              - {id: glenardoch-council, name: Glenardoch Council, type: LOCAL_AUTHORITY, role: JOINT_PREPARER}
              - {id: nhs-glenardoch, name: NHS Glenardoch, type: HEALTH_BOARD, role: JOINT_PREPARER}
            priorities:
              - id: early-help
                title: Help for families at the earliest stage
                aims: [EARLY_ACTION_AND_PREVENTION]
            actions:
              - id: family-hubs
                title: Open a family hub in each locality
                lead: glenardoch-council
                priorities: [early-help]
                aims: [EARLY_ACTION_AND_PREVENTION]
            """;

    private static final PlanFileChecker CHECKER = PlanFileChecker.create();

    @TempDir
    Path folder;

    @Test
    void aNullListOfFilesOrOfPacksOrANullElementIsRefusedNamingTheParameter() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CHECKER.checkAll(null))
                .isInstanceOf(NullPointerException.class).hasMessage("files");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CHECKER.checkAll(java.util.Arrays.asList(
                        Path.of("plan.yaml"), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("files holds null");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CHECKER.withPacks(null))
                .isInstanceOf(NullPointerException.class).hasMessage("packs");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CHECKER.withPacks(java.util.Arrays.asList(
                        (org.childplan.rules.spi.RulePack) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("packs holds null");
    }

    @Test
    void aWellFormedPlanIsCheckedByItsOwnJurisdictionAtTheStartOfItsPeriod() throws IOException {
        Path file = write("misses-duties.yaml", MISSES_DUTIES);

        PlanFileChecker.Outcome outcome = CHECKER.check(file);

        assertThat(outcome).isInstanceOf(PlanFileChecker.Checked.class);
        assertThat(outcome.file()).isEqualTo(file);
        ComplianceReport report = ((PlanFileChecker.Checked) outcome).report();
        assertThat(report.jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(report.source()).isEqualTo(file.toString());
        assertThat(report.findings()).isNotEmpty();
        assertThat(report.waived()).isEmpty();
    }

    @Test
    void theWaiversGivenAcceptTheFindingsTheyCoverAsOfTheDayGiven() throws IOException {
        Path file = write("misses-duties.yaml", MISSES_DUTIES);
        Finding first = checked(CHECKER.check(file)).findings().get(0);
        Waiver waiver = new Waiver(first.ruleId(), null, null, "Agreed with the inspectorate", "Head of Service",
                LocalDate.of(2025, 3, 31), null);

        ComplianceReport current = checked(CHECKER.withWaivers(Waivers.of(List.of(waiver)), LocalDate.of(2025, 1, 1))
                .check(file));
        ComplianceReport expired = checked(CHECKER.withWaivers(Waivers.of(List.of(waiver)), LocalDate.of(2025, 4, 1))
                .check(file));

        assertThat(current.waived()).extracting(waived -> waived.finding().ruleId()).contains(first.ruleId());
        assertThat(current.findings()).extracting(Finding::ruleId).doesNotContain(first.ruleId());
        assertThat(expired.waived()).isEmpty();
        assertThat(expired.findings()).extracting(Finding::ruleId).contains(first.ruleId());
        assertThat(expired.waiverNotices()).isNotEmpty();
    }

    @Test
    void aDocumentThatIsNotAPlanIsNotCheckedAndItsProblemIsLocated() throws IOException {
        Path file = write("unknown-field.yaml", HEADER + "colour: blue\n");

        PlanFileChecker.NotChecked outcome = notChecked(CHECKER.check(file));

        assertThat(outcome.reason()).isEqualTo(PlanFileChecker.Reason.NOT_READ);
        assertThat(outcome.plan().source()).isEqualTo(file.toString());
        UncheckedPlan.Problem problem = outcome.plan().problems().get(0);
        assertThat(problem.pointer()).isEqualTo("/colour");
        assertThat(problem.location()).map(SourceLocation::line).contains(6);
        assertThat(problem.location()).map(SourceLocation::column).contains(1);
        assertThat(outcome.cause()).isPresent();
        assertThat(outcome.cause().get().getMessage()).startsWith(file + ":6:1: /colour: ");
    }

    @Test
    void malformedYamlIsNotCheckedAndItsProblemIsLocated() throws IOException {
        Path file = write("broken.yaml", HEADER + "bodies: [unclosed\n");

        PlanFileChecker.NotChecked outcome = notChecked(CHECKER.check(file));

        assertThat(outcome.reason()).isEqualTo(PlanFileChecker.Reason.NOT_READ);
        assertThat(outcome.plan().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.location()).map(SourceLocation::line).hasValueSatisfying(
                        line -> assertThat(line).isGreaterThanOrEqualTo(6)));
    }

    @Test
    void aPlanThatIsNotWellFormedIsNotCheckedAndEveryViolationIsReported() throws IOException {
        Path file = write("dangling.yaml", HEADER + """
                period: {start: 2023-04-01, end: 2026-03-31, updateCycle: ANNUAL}
                bodies:
                  - {id: glenardoch-council, name: Glenardoch Council, type: LOCAL_AUTHORITY, role: JOINT_PREPARER}
                actions:
                  - id: family-hubs
                    title: Open a family hub in each locality
                    lead: glenardoch-counsil
                  - id: play-parks
                    title: Renew the play parks
                    lead: nhs-nowhere
                """);

        PlanFileChecker.NotChecked outcome = notChecked(CHECKER.check(file));

        assertThat(outcome.reason()).isEqualTo(PlanFileChecker.Reason.NOT_WELL_FORMED);
        assertThat(outcome.cause()).containsInstanceOf(InvalidPlanException.class);
        InvalidPlanException invalid = (InvalidPlanException) outcome.cause().get();
        assertThat(invalid.violations()).hasSize(2);
        assertThat(outcome.plan().problems()).extracting(UncheckedPlan.Problem::pointer)
                .containsExactly("/actions/0/lead", "/actions/1/lead");
        assertThat(outcome.plan().problems()).allSatisfy(problem -> assertThat(problem.location()).isPresent());
    }

    @Test
    void aFileThatDoesNotExistIsNotChecked() {
        Path file = folder.resolve("missing.yaml");

        PlanFileChecker.NotChecked outcome = notChecked(CHECKER.check(file));

        assertThat(outcome.reason()).isEqualTo(PlanFileChecker.Reason.UNREADABLE);
        assertThat(outcome.cause()).isEmpty();
        assertThat(outcome.plan().source()).isEqualTo(file.toString());
        assertThat(outcome.plan().problems()).extracting(UncheckedPlan.Problem::message).containsExactly("no such file");
    }

    @Test
    void aDirectoryIsNotCheckedAndThePlanFilesInItMustBeNamed() {
        PlanFileChecker.NotChecked outcome = notChecked(CHECKER.check(folder));

        assertThat(outcome.reason()).isEqualTo(PlanFileChecker.Reason.UNREADABLE);
        assertThat(outcome.plan().problems()).extracting(UncheckedPlan.Problem::message)
                .containsExactly("is a directory; name the plan files in it (.yaml, .yml or .json)");
        assertThat(PlanFileChecker.unreadable(folder)).isPresent();
    }

    @Test
    void aReadableFileIsNotUnreadable() throws IOException {
        assertThat(PlanFileChecker.unreadable(write("plan.yaml", MISSES_DUTIES))).isEmpty();
    }

    @Test
    void aPlanWithoutAPeriodIsNotCheckedUnlessAnAsOfDateIsGiven() throws IOException {
        Path file = write("no-period.yaml", """
                id: glenardoch-draft
                title: Glenardoch Children's Services Plan (draft)
                area: Glenardoch
                jurisdiction: SCOTLAND
                status: DRAFT
                bodies:
                  - {id: glenardoch-council, name: Glenardoch Council, type: LOCAL_AUTHORITY, role: JOINT_PREPARER}
                """);

        PlanFileChecker.NotChecked without = notChecked(CHECKER.check(file));
        ComplianceReport with = checked(CHECKER.withAsOf(LocalDate.of(2024, 4, 1)).check(file));

        assertThat(without.reason()).isEqualTo(PlanFileChecker.Reason.NOT_CHECKABLE);
        assertThat(without.cause()).isEmpty();
        assertThat(without.plan().source()).isEqualTo(file.toString());
        assertThat(without.plan().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("period").doesNotContain(file.toString()));
        assertThat(with.asOf()).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void aJurisdictionGivenOverridesThePlansOwn() throws IOException {
        Path file = write("misses-duties.yaml", MISSES_DUTIES);

        ComplianceReport own = checked(CHECKER.check(file));
        ComplianceReport english = checked(CHECKER.withJurisdiction(Jurisdiction.ENGLAND).check(file));

        assertThat(own.jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        assertThat(english.jurisdiction()).isEqualTo(Jurisdiction.ENGLAND);
        assertThat(english.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("SCO-"));
        assertThat(CHECKER.withJurisdiction(Jurisdiction.ENGLAND).withJurisdiction(null).jurisdiction()).isEmpty();
    }

    @Test
    void theDefaultsAreEachPlansOwnJurisdictionAndPeriodWithNoWaivers() {
        assertThat(CHECKER.jurisdiction()).isEmpty();
        assertThat(CHECKER.asOf()).isEmpty();
        assertThat(CHECKER.waivers().isEmpty()).isTrue();
    }

    @Test
    void checkingAllFilesKeepsTheirOrderAndSeparatesThoseNotChecked() throws IOException {
        Path plan = write("misses-duties.yaml", MISSES_DUTIES);
        Path missing = folder.resolve("missing.yaml");
        Path notAPlan = write("unknown-field.yaml", HEADER + "colour: blue\n");

        CheckResults results = CHECKER.checkAll(List.of(missing, plan, notAPlan, plan));

        assertThat(results.reports()).extracting(ComplianceReport::source)
                .containsExactly(plan.toString(), plan.toString());
        assertThat(results.unchecked()).extracting(UncheckedPlan::source)
                .containsExactly(missing.toString(), notAPlan.toString());
    }

    @Test
    void manyFilesCheckedFromSeveralThreadsGiveTheSameResultsAsCheckedOneAfterAnother() throws Exception {
        List<Path> files = new ArrayList<>();
        for (ExamplePlans example : ExamplePlans.values()) {
            files.add(write(example.fileName(), example.content()));
        }
        files.add(write("misses-duties.yaml", MISSES_DUTIES));
        files.add(write("unknown-field.yaml", HEADER + "colour: blue\n"));
        files.add(folder.resolve("missing.yaml"));
        PlanFileChecker checker = PlanFileChecker.create().withAsOf(LocalDate.of(2024, 4, 1));
        List<Path> rounds = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            rounds.addAll(files);
        }

        List<PlanFileChecker.Outcome> sequential = rounds.stream().map(PlanFileChecker.create()
                .withAsOf(LocalDate.of(2024, 4, 1))::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<PlanFileChecker.Outcome> concurrent = new ArrayList<>();
        try {
            List<Future<PlanFileChecker.Outcome>> futures = new ArrayList<>();
            for (Path file : rounds) {
                futures.add(pool.submit(() -> checker.check(file)));
            }
            for (Future<PlanFileChecker.Outcome> future : futures) {
                concurrent.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(concurrent).hasSize(sequential.size());
        for (int i = 0; i < sequential.size(); i++) {
            assertThat(comparable(concurrent.get(i))).as("outcome of %s", rounds.get(i))
                    .isEqualTo(comparable(sequential.get(i)));
        }
        assertThat(sequential).filteredOn(PlanFileChecker.Checked.class::isInstance).hasSize(4 * (files.size() - 2));
    }

    /** The outcome without the exception it may carry, which has no value equality. */
    private static Object comparable(PlanFileChecker.Outcome outcome) {
        return outcome instanceof PlanFileChecker.NotChecked notChecked
                ? List.of(notChecked.file(), notChecked.plan(), notChecked.reason())
                : outcome;
    }

    private static ComplianceReport checked(PlanFileChecker.Outcome outcome) {
        assertThat(outcome).isInstanceOf(PlanFileChecker.Checked.class);
        return ((PlanFileChecker.Checked) outcome).report();
    }

    private static PlanFileChecker.NotChecked notChecked(PlanFileChecker.Outcome outcome) {
        assertThat(outcome).isInstanceOf(PlanFileChecker.NotChecked.class);
        return (PlanFileChecker.NotChecked) outcome;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
