package org.childplan.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.FileSet;
import org.childplan.examples.ExamplePlans;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanReadException;
import org.childplan.reports.ReportFormat;
import org.childplan.reports.ReportOptions;
import org.childplan.reports.ReportRenderers;
import org.childplan.rules.ComplianceReport;
import org.childplan.rules.PlanChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFilesTests {

    @TempDir
    Path project;

    @Test
    void byDefaultThePlansFolderIsSearchedForYamlAndJsonInEverySubFolder() throws IOException {
        touch("plans/moray.yaml", "plans/scotland/glenardoch.yml", "plans/england/kingsmere.json",
                "plans/README.md", "other/stray.yaml");

        FileSet fileSet = PlanFiles.complete(null, project.toFile());

        assertThat(fileSet.getDirectory()).isEqualTo(project.resolve("plans").toFile().getAbsolutePath());
        assertThat(PlanFiles.scan(fileSet)).containsExactly(
                Path.of("england", "kingsmere.json"), Path.of("moray.yaml"), Path.of("scotland", "glenardoch.yml"));
    }

    @Test
    void aConfiguredFolderIsRelativeToTheProjectAndKeepsItsIncludesAndExcludes() throws IOException {
        touch("docs/plans/moray.yaml", "docs/plans/drafts/next.yaml", "docs/plans/moray.json");
        FileSet configured = new FileSet();
        configured.setDirectory("docs/plans");
        configured.setIncludes(List.of("**/*.yaml"));
        configured.setExcludes(List.of("drafts/**"));

        FileSet fileSet = PlanFiles.complete(configured, project.toFile());

        assertThat(PlanFiles.scan(fileSet)).containsExactly(Path.of("moray.yaml"));
        assertThat(configured.getDirectory()).as("the configured file set is left as it was").isEqualTo("docs/plans");
    }

    @Test
    void aConfiguredFolderWithoutIncludesGetsTheDefaultIncludes() throws IOException {
        touch("elsewhere/a.yaml", "elsewhere/b.txt");
        FileSet configured = new FileSet();
        configured.setDirectory(project.resolve("elsewhere").toString());

        FileSet fileSet = PlanFiles.complete(configured, new File("/somewhere/else"));

        assertThat(fileSet.getIncludes()).isEqualTo(PlanFiles.DEFAULT_INCLUDES);
        assertThat(PlanFiles.scan(fileSet)).containsExactly(Path.of("a.yaml"));
    }

    @Test
    void aFolderThatDoesNotExistHasNoPlans() {
        assertThat(PlanFiles.scan(PlanFiles.complete(null, project.toFile()))).isEmpty();
    }

    @Test
    void versionControlFilesAreLeftOut() throws IOException {
        touch("plans/.git/config.yaml", "plans/moray.yaml");

        assertThat(PlanFiles.scan(PlanFiles.complete(null, project.toFile()))).containsExactly(Path.of("moray.yaml"));
    }

    @Test
    void theWaiverFileKeptAmongThePlansIsNotAPlan() throws IOException {
        touch("plans/moray.yaml", "plans/waivers.yaml", "plans/scotland/waivers.yaml");
        FileSet fileSet = PlanFiles.complete(null, project.toFile());
        Path folder = Path.of(fileSet.getDirectory());

        List<Path> plans = PlanFiles.without(PlanFiles.scan(fileSet), folder,
                project.resolve("plans/./waivers.yaml"));

        assertThat(plans).as("only the configured waiver file is left out")
                .containsExactly(Path.of("moray.yaml"), Path.of("scotland", "waivers.yaml"));
    }

    @Test
    void withoutAWaiverFileOrWithOneElsewhereEveryPlanIsKept() throws IOException {
        touch("plans/moray.yaml", "plans/waivers.yaml");
        FileSet fileSet = PlanFiles.complete(null, project.toFile());
        Path folder = Path.of(fileSet.getDirectory());
        List<Path> scanned = PlanFiles.scan(fileSet);

        assertThat(PlanFiles.without(scanned, folder, null)).isEqualTo(scanned);
        assertThat(PlanFiles.without(scanned, folder, project.resolve("waivers.yaml"))).isEqualTo(scanned);
    }

    @Test
    void documentsThatAreNotPlansAreLeftOutEachWithWhatItIs() throws IOException, PlanReadException {
        PlanDocument glenardoch = ExamplePlans.GLENARDOCH_CSP_2023_2026.read();
        ComplianceReport report = PlanChecker.forJurisdiction(glenardoch.plan().jurisdiction()).check(glenardoch);
        write("plans/glenardoch.yaml", ExamplePlans.GLENARDOCH_CSP_2023_2026.content());
        write("plans/childplan.json", ReportRenderers.render(ReportFormat.JSON, List.of(report),
                ReportOptions.defaults()));
        write("plans/scans/codeql.sarif.json", ReportRenderers.render(ReportFormat.SARIF, List.of(report),
                ReportOptions.defaults()));
        write("plans/old-waivers.yaml", "waivers:\n  - ruleId: SCO-CYPSA-S10-PUBLICATION\n");
        write("plans/package.json", "{\"name\": \"site\", \"version\": \"1.0.0\"}");
        FileSet fileSet = PlanFiles.complete(null, project.toFile());

        PlanFiles.Sorted sorted = PlanFiles.sort(PlanFiles.scan(fileSet), Path.of(fileSet.getDirectory()));

        assertThat(sorted.plans()).containsExactly(Path.of("glenardoch.yaml"));
        assertThat(sorted.leftOut()).containsExactly(
                new PlanFiles.LeftOut(Path.of("childplan.json"), "childplan's JSON report"),
                new PlanFiles.LeftOut(Path.of("old-waivers.yaml"), "a waiver file"),
                new PlanFiles.LeftOut(Path.of("package.json"),
                        "a document naming none of a plan's required properties"),
                new PlanFiles.LeftOut(Path.of("scans", "codeql.sarif.json"), "a SARIF log"));
        assertThat(sorted.leftOut().get(0).note())
                .isEqualTo("childplan.json: left out: childplan's JSON report, not a plan");
    }

    @Test
    void aBrokenPlanAndOneMissingARequiredPropertyAreStillPlansSoThatTheirErrorsAreLocated() throws IOException {
        write("plans/broken.yaml", "id: x\npriorities: [\n");
        write("plans/no-id.yaml", ExamplePlans.GLENARDOCH_CSP_2023_2026.content().replaceFirst("(?m)^id: .*\\n", ""));
        write("plans/empty.yaml", "");
        FileSet fileSet = PlanFiles.complete(null, project.toFile());

        PlanFiles.Sorted sorted = PlanFiles.sort(PlanFiles.scan(fileSet), Path.of(fileSet.getDirectory()));

        assertThat(sorted.plans())
                .containsExactly(Path.of("broken.yaml"), Path.of("empty.yaml"), Path.of("no-id.yaml"));
        assertThat(sorted.leftOut()).isEmpty();
    }

    private void write(String file, String content) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    private void touch(String... files) throws IOException {
        for (String file : files) {
            Path path = project.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "");
        }
    }
}
