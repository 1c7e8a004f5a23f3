package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childplan.model.Jurisdiction;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.Severity;
import org.childplan.rules.Waiver;
import org.childplan.rules.Waivers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as a person meets it: rendered in headless Chromium (the system's, Debian's package {@code chromium}),
 * checked with axe-core, photographed, and its index links followed, by the Node script in {@code src/test/browser}.
 *
 * <p>Runs only when the environment variable {@code CHILDPLAN_BROWSER_TESTS} is {@code required} (as CI sets it, after
 * installing Chromium and running {@code npm ci} in {@code src/test/browser}); then a missing tool fails the test
 * rather than skipping it. The screenshots are written to {@code target/browser/}.
 */
class HtmlReportBrowserTests {

    private static JsonNode result;
    private static CheckResults rendered;

    @BeforeAll
    static void renderTheExamplesAndOpenThemInChromium() throws Exception {
        BrowserCheck.requireTools();
        List<ComplianceReport> reports = new ArrayList<>(ExampleReports.all());
        reports.add(ExampleReports.withLaw(ExampleReports.handMade("waived", "A plan with a waived finding",
                        Jurisdiction.ENGLAND, "plans/waived.yaml",
                        ExampleReports.finding("R", Severity.ERROR, "/annualReports", "late", null)),
                        List.of(ExampleReports.ORDER_1996), List.of(ExampleReports.CYPP_2005))
                .withWaivers(Waivers.of(List.of(new Waiver("R", null, null, "Delayed by the inspection.",
                        "Board chair", LocalDate.of(2026, 3, 31), null))), LocalDate.of(2026, 1, 1)));
        rendered = new CheckResults(reports, List.of(ExampleReports.unchecked(ExampleReports.INVALID,
                "plans/invalid.yaml")));
        result = BrowserCheck.open("childplan", ReportRenderers.render(ReportFormat.HTML, rendered,
                ReportOptions.defaults()));
    }

    @Test
    void axeFindsNoViolationOfWcagOrBestPractice() {
        assertThat(result.path("axe").path("passes").asInt()).as("axe rules passed").isGreaterThan(20);
        assertThat(result.path("axe").path("violations")).as("axe violations: %s", result.path("axe").path("violations"))
                .isEmpty();
    }

    @Test
    void eachIndexLinkLeadsToItsDocumentsSectionAndShowsIt() {
        List<String> expected = new ArrayList<>();
        rendered.unchecked().forEach(plan -> expected.add("Not checked: " + plan.source()));
        rendered.reports().forEach(report -> expected.add(report.planTitle() == null ? report.planId()
                : report.planTitle()));
        List<String> headings = new ArrayList<>();
        for (JsonNode link : result.path("links")) {
            assertThat(link.path("found").asBoolean()).as("target of %s exists", link.path("href")).isTrue();
            assertThat(link.path("hash").asText()).as("hash after clicking %s", link.path("href"))
                    .isEqualTo(link.path("href").asText());
            assertThat(link.path("inView").asBoolean()).as("target of %s in view", link.path("href")).isTrue();
            headings.add(link.path("heading").asText());
        }
        assertThat(headings).containsExactlyElementsOf(expected);
    }

    @Test
    void theFirstTabReachesAVisibleSkipLinkThatLeadsToTheMainContent() {
        JsonNode skipLink = result.path("skipLink");
        assertThat(skipLink.path("text").asText()).isEqualTo("Skip to the report");
        assertThat(skipLink.path("visible").asBoolean()).as("skip link visible when focused").isTrue();
        assertThat(skipLink.path("hashAfterEnter").asText()).isEqualTo("#main");
    }

    @Test
    void thePageLoadsNothingRunsNoScriptOfItsOwnAndFitsAPhonesWidthWithEveryVerdictOnOneLine() {
        assertThat(result.path("requests")).as("requests beyond the page itself").isEmpty();
        assertThat(result.path("pageErrors")).as("errors in the page").isEmpty();
        assertThat(result.path("narrow").path("pageWidth").asInt()).as("page width at a phone's width")
                .isLessThanOrEqualTo(result.path("narrow").path("windowWidth").asInt());
        assertThat(result.path("narrow").path("verdicts").asInt()).as("verdict badges")
                .isEqualTo(1 + rendered.reports().size() * 2 + rendered.unchecked().size() * 2);
        assertThat(result.path("narrow").path("brokenVerdicts").asInt()).as("verdict badges broken across lines")
                .isZero();
    }

    @Test
    void theScreenshotsArePicturesOfTheWholePage() throws IOException {
        assertThat(BrowserCheck.screenshotSize("childplan.png")).satisfies(size -> {
            assertThat(size[0]).as("width").isEqualTo(1280);
            assertThat(size[1]).as("height: the full page, not the window").isGreaterThan(900);
        });
        assertThat(BrowserCheck.screenshotSize("childplan-narrow.png")[0]).as("narrow width").isEqualTo(390);
    }
}
