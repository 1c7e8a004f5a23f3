package org.childplan.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.FailLevel;
import org.childplan.rules.Severity;
import org.childplan.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRunTests {

    private static final String GLENARDOCH = "glenardoch-csp-2023-2026.yaml";
    private static final String MORAY = "moray-csp-2017-2020.yaml";
    private static final String KINGSMERE = "kingsmere-cypp-2024-2027.yaml";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void everyPlanIsCheckedAndReportedAndOnlyThoseWithErrorsFail() throws IOException {
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        write(MORAY, ExamplePlans.MORAY_CSP_2017_2020.content());

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.ERROR, Optional.empty(), GLENARDOCH, MORAY), log);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.checked()).extracting(CheckRun.Checked::name, CheckRun.Checked::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GLENARDOCH, Verdict.PASS),
                        org.assertj.core.groups.Tuple.tuple(MORAY, Verdict.FAIL));
        assertThat(outcome.failed()).extracting(CheckRun.Checked::name).containsExactly(MORAY);
        CheckRun.Checked moray = outcome.failed().get(0);
        assertThat(log.lines)
                .contains("[INFO] [childplan] checking 2 plans in plans (fail on error)")
                .contains("[ERROR] [childplan] " + Summaries.summary(MORAY, moray.report(), FailLevel.ERROR))
                .contains("[INFO] [childplan] " + Summaries.summary(GLENARDOCH, outcome.checked().get(0).report(),
                        FailLevel.ERROR))
                .contains("[INFO] [childplan] report: " + Path.of("target", "childplan", "moray-csp-2017-2020.json"));
        assertThat(log.lines).filteredOn(line -> line.startsWith("[ERROR] [childplan]   "))
                .hasSize(Math.min(moray.report().count(Severity.ERROR), CheckRun.FINDINGS_LOGGED_PER_PLAN))
                .allMatch(line -> line.contains(MORAY + ":"));
    }

    @Test
    void eachReportIsTheJsonOfItsPlansReportNamedAfterThePlanFile() throws IOException {
        write(MORAY, ExamplePlans.MORAY_CSP_2017_2020.content());

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.ERROR, Optional.empty(), MORAY), log);

        Path report = project.resolve("target/childplan/moray-csp-2017-2020.json");
        assertThat(outcome.reportFiles()).containsExactly(report);
        assertThat(Files.readString(report)).isEqualTo(outcome.checked().get(0).report().toJson());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("plan").path("source").asText()).isEqualTo(project.resolve("plans").resolve(MORAY).toString());
    }

    @Test
    void aPlanThatCannotBeReadIsAProblemWithItsFileLineAndColumnAndTheOthersAreStillChecked() throws IOException {
        write("broken.yaml", "id: broken\ntitle: [unclosed\n");
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.ERROR, Optional.empty(), "broken.yaml", GLENARDOCH),
                log);

        assertThat(outcome.checked()).extracting(CheckRun.Checked::name).containsExactly(GLENARDOCH);
        assertThat(outcome.problems()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches(java.util.regex.Pattern.quote(project.resolve("plans/broken.yaml").toString())
                        + ":2:\\d+: .*malformed YAML: expected ',' or ']'.*");
        assertThat(log.lines).contains("[ERROR] [childplan] " + outcome.problems().get(0));
    }

    @Test
    void eachPlanIsJudgedByItsOwnJurisdictionUnlessOneIsGiven() throws IOException {
        write(GLENARDOCH, ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        write(KINGSMERE, ExamplePlans.KINGSMERE_CYPP_2024_2027.content());

        CheckRun.Outcome byTheirOwn = CheckRun.run(settings(FailLevel.NEVER, Optional.empty(), GLENARDOCH, KINGSMERE),
                log);
        CheckRun.Outcome byScotland = CheckRun.run(
                settings(FailLevel.NEVER, Optional.of(Jurisdiction.SCOTLAND), GLENARDOCH, KINGSMERE), log);

        assertThat(byTheirOwn.problems()).isEmpty();
        assertThat(byTheirOwn.checked()).extracting(plan -> plan.report().jurisdiction())
                .containsExactly(Jurisdiction.SCOTLAND, Jurisdiction.ENGLAND);
        assertThat(byScotland.problems()).isEmpty();
        assertThat(byScotland.checked()).extracting(plan -> plan.report().jurisdiction())
                .containsExactly(Jurisdiction.SCOTLAND, Jurisdiction.SCOTLAND);
    }

    @Test
    void theAsOfDateGivenIsTheDateWhoseLawApplies() throws IOException {
        write(MORAY, ExamplePlans.MORAY_CSP_2017_2020.content());
        CheckRun.Settings defaults = settings(FailLevel.NEVER, Optional.empty(), MORAY);
        CheckRun.Settings onADate = new CheckRun.Settings(defaults.folder(), defaults.planFiles(),
                defaults.jurisdiction(), Optional.of(LocalDate.of(2019, 6, 30)), defaults.failLevel(),
                defaults.formats(), defaults.outputDirectory(), defaults.displayBase());

        assertThat(CheckRun.run(defaults, log).checked().get(0).report().asOf()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(CheckRun.run(onADate, log).checked().get(0).report().asOf()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    void atFailLevelNeverAPlanWithErrorsPassesAndNoFindingIsLoggedAsAnError() throws IOException {
        write(MORAY, ExamplePlans.MORAY_CSP_2017_2020.content());

        CheckRun.Outcome outcome = CheckRun.run(settings(FailLevel.NEVER, Optional.empty(), MORAY), log);

        assertThat(outcome.checked().get(0).report().count(Severity.ERROR)).isPositive();
        assertThat(outcome.failed()).isEmpty();
        assertThat(log.lines).noneMatch(line -> line.startsWith("[ERROR]"));
    }

    private void write(String name, String content) throws IOException {
        Path file = project.resolve("plans").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private CheckRun.Settings settings(FailLevel failLevel, Optional<Jurisdiction> jurisdiction, String... plans) {
        return new CheckRun.Settings(project.resolve("plans"), List.of(plans).stream().map(Path::of).toList(),
                jurisdiction, Optional.empty(), failLevel, Set.of("json"), project.resolve("target/childplan"),
                project);
    }
}
