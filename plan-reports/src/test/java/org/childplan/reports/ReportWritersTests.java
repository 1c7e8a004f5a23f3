package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.childplan.reports.spi.ReportWriter;
import org.childplan.rules.ComplianceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format is a {@link ReportWriter} found with {@code ServiceLoader}, the text format included. */
class ReportWritersTests {

    private static final CheckResults RESULTS = CheckResults.of(List.of(ExampleReports.all().get(0)));

    private static String write(ReportWriter writer, ReportOptions options) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(RESULTS, options, out);
        return out.toString();
    }

    @Test
    void theBuiltInWritersAreFoundInTheirOrderEachWithItsOwnNameAndFile() {
        assertThat(ReportWriters.names())
                .containsExactly("text", "json", "sarif", "junit", "markdown", "html", "github", "gitlab");
        assertThat(ReportWriters.all()).extracting(ReportWriter::fileName).doesNotHaveDuplicates()
                .contains("childplan.txt", "childplan.sarif");
        assertThat(ReportWriters.all()).allSatisfy(writer -> assertThat(writer.description()).isNotBlank());
    }

    @Test
    @SuppressWarnings("deprecation")
    void eachFormatOfTheDeprecatedEnumIsWrittenByTheWriterOfItsNameUnderTheSameFileName() throws Exception {
        for (ReportFormat format : ReportFormat.values()) {
            ReportWriter writer = ReportWriters.named(format.displayName());

            assertThat(writer.fileName()).isEqualTo(format.fileName());
            assertThat(write(writer, ReportOptions.defaults()))
                    .isEqualTo(ReportRenderers.render(format, RESULTS, ReportOptions.defaults()));
        }
    }

    @Test
    void aWriterIsNamedInAnyCaseAndAnUnknownNameIsRefusedWithTheNames() {
        assertThat(ReportWriters.named(" SARIF ").name()).isEqualTo("sarif");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportWriters.named("pdf"))
                .withMessage("unknown report format 'pdf': expected one of "
                        + String.join(", ", ReportWriters.names()));
    }

    @Test
    void theTextWriterColoursOnlyWhenAsked() throws Exception {
        ReportWriter text = ReportWriters.named("text");
        ComplianceReport report = RESULTS.reports().get(0);

        String plain = write(text, ReportOptions.defaults());
        String coloured = write(text, ReportOptions.defaults().withColour(true));

        assertThat(plain).startsWith(report.planTitle()).doesNotContain("\u001B[");
        assertThat(coloured).contains("\u001B[1m").contains("\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void writeAllWritesWithEachWriterUnderItsFileName(@TempDir Path folder) throws Exception {
        List<ReportWriter> writers = Arrays.asList(ReportWriters.named("text"), ReportWriters.named("json"));

        Map<String, Path> written = ReportRenderers.writeAll(folder, writers, RESULTS, ReportOptions.defaults());

        assertThat(written).containsExactly(Map.entry("text", folder.resolve("childplan.txt")),
                Map.entry("json", folder.resolve("childplan.json")));
        assertThat(Files.readString(folder.resolve("childplan.txt")))
                .isEqualTo(write(writers.get(0), ReportOptions.defaults()));
    }
}
