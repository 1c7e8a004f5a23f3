package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.childplan.rules.ComplianceReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports for machines are the same bytes whatever the default locale: Turkish lower-cases I to a dotless ı. */
class DefaultLocaleReportsTests {

    private Locale saved;

    @BeforeEach
    void useTurkish() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void sarifRuleNamesAreAsciiCamelCaseOfTheRuleIds() throws Exception {
        String sarif = ReportRenderers.render(ReportFormat.SARIF, ExampleReports.all(), ReportOptions.defaults());

        JsonNode rules = new ObjectMapper().readTree(sarif).at("/runs/0/tool/driver/rules");
        assertThat(rules).isNotEmpty();
        for (JsonNode rule : rules) {
            assertThat(rule.path("name").asText()).as(rule.path("id").asText()).matches("[A-Z][A-Za-z0-9]*");
        }
        assertThat(sarif).doesNotContain("\u0131", "\u0130");
    }

    @Test
    void everyFormatIsTheSameInTurkishAsInTheRootLocale() {
        List<ComplianceReport> reports = ExampleReports.all();
        for (ReportFormat format : EnumSet.allOf(ReportFormat.class)) {
            String turkish = ReportRenderers.render(format, reports, ReportOptions.defaults());
            Locale.setDefault(Locale.ROOT);
            String root = ReportRenderers.render(format, reports, ReportOptions.defaults());
            Locale.setDefault(Locale.forLanguageTag("tr"));

            assertThat(turkish).as(format.displayName()).isEqualTo(root);
        }
    }
}
