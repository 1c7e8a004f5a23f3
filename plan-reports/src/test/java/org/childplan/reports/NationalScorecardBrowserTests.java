package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.childplan.rules.ComplianceReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national scorecard page (the table of plans by score on each criterion and the heat map of plans against
 * criteria) as a board member meets it: rendered in headless Chromium (Debian's package {@code chromium}), checked
 * with axe-core and photographed at a desktop's and a phone's width, by the Node script in {@code src/test/browser}
 * that also checks the HTML report.
 *
 * <p>Runs only when the environment variable {@code CHILDPLAN_BROWSER_TESTS} is {@code required} (as CI sets it);
 * then a missing tool fails the test rather than skipping it. The screenshots are written to {@code target/browser/}.
 */
class NationalScorecardBrowserTests {

    private static JsonNode result;

    @BeforeAll
    static void renderTheScorecardOfTheExamplesAndOpenItInChromium() throws Exception {
        BrowserCheck.requireTools();
        // Every example, Scottish or not, with the Scottish ones several times over, as a folder of a nation's plans.
        List<ComplianceReport> reports = new ArrayList<>(ExampleReports.all());
        reports.addAll(NationalScorecardTests.REPORTS);
        StringWriter page = new StringWriter();
        NationalScorecard.of(reports).write(NationalScorecard.Format.HTML, page);
        result = BrowserCheck.open("scorecard", page.toString());
    }

    @Test
    void axeFindsNoViolationOfWcagOrBestPractice() {
        assertThat(result.path("axe").path("passes").asInt()).as("axe rules passed").isGreaterThan(15);
        assertThat(result.path("axe").path("violations")).as("axe violations: %s", result.path("axe").path("violations"))
                .isEmpty();
    }

    @Test
    void theFirstTabReachesAVisibleSkipLinkThatLeadsToTheScorecard() {
        JsonNode skipLink = result.path("skipLink");
        assertThat(skipLink.path("text").asText()).isEqualTo("Skip to the scorecard");
        assertThat(skipLink.path("visible").asBoolean()).as("skip link visible when focused").isTrue();
        assertThat(skipLink.path("hashAfterEnter").asText()).isEqualTo("#main");
    }

    @Test
    void thePageLoadsNothingRunsNoScriptAndTheHeatMapScrollsInsideItsOwnRegionOnAPhone() {
        assertThat(result.path("requests")).as("requests beyond the page itself").isEmpty();
        assertThat(result.path("pageErrors")).as("errors in the page").isEmpty();
        assertThat(result.path("narrow").path("pageWidth").asInt()).as("page width at a phone's width")
                .isLessThanOrEqualTo(result.path("narrow").path("windowWidth").asInt());
    }

    @Test
    void theScreenshotsArePicturesOfTheWholePage() throws IOException {
        assertThat(BrowserCheck.screenshotSize("scorecard.png")[0]).as("desktop width").isEqualTo(1280);
        assertThat(BrowserCheck.screenshotSize("scorecard-narrow.png")[0]).as("narrow width").isEqualTo(390);
    }
}
