package org.childplan.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanReadException;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.childplan.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * The log samples of this module's README give the example plans' own counts: a summary line of an example plan
 * ({@code moray-csp-2017-2020.yaml: 2 errors, 4 warnings, 20 info, 3 waived: 3 errors ... — FAILED}) counts, with the
 * findings it shows waived, the findings of the example's report, so that a rule that changes them fails here until the
 * README says so.
 */
class ReadmeSampleTests {

    private static final Path README = Path.of("README.md");
    private static final Pattern SUMMARY = Pattern.compile("([\\w-]+\\.yaml): (.+?) — (?:PASSED|FAILED)");
    private static final Pattern COUNT = Pattern.compile("(\\d+) (error|warning|info)");

    @Test
    void everySummaryLineOfAnExamplePlanCountsTheFindingsOfItsReport() throws IOException {
        PlanChecker checker = PlanChecker.forAllJurisdictions();
        List<String> checked = new ArrayList<>();
        Matcher summary = SUMMARY.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (summary.find()) {
            ExamplePlans example = example(summary.group(1));
            if (example == null) {
                continue;
            }
            ComplianceReport report = checker.check(readExample(example));
            Map<Severity, Integer> expected = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                expected.put(severity, report.count(severity));
            }
            assertThat(counted(summary.group(2))).as("the counts, waived ones included, of '%s'", summary.group())
                    .isEqualTo(expected);
            checked.add(summary.group(1));
        }
        assertThat(checked).as("summary lines of example plans in the README").isNotEmpty();
    }

    /** The counts of a summary, those waived added to the others: {@code 2 errors, 3 waived: 3 errors} is 5 errors. */
    private static Map<Severity, Integer> counted(String counts) {
        Map<Severity, Integer> counted = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counted.put(severity, 0);
        }
        if (counts.equals("no findings")) {
            return counted;
        }
        Matcher count = COUNT.matcher(counts.replaceAll("\\d+ waived: ", "").replaceAll("\\(waivers? expires? [^)]*\\)", ""));
        while (count.find()) {
            counted.merge(Severity.valueOf(count.group(2).toUpperCase(Locale.ROOT)),
                    Integer.parseInt(count.group(1)), Integer::sum);
        }
        return counted;
    }

    private static ExamplePlans example(String fileName) {
        for (ExamplePlans example : ExamplePlans.values()) {
            if (example.fileName().equals(fileName)) {
                return example;
            }
        }
        return null;
    }

    private static PlanDocument readExample(ExamplePlans example) {
        try {
            return example.read();
        } catch (PlanReadException e) {
            throw new AssertionError("the example " + example.fileName() + " does not read", e);
        }
    }
}
