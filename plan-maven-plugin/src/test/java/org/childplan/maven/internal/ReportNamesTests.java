package org.childplan.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportNamesTests {

    @Test
    void aReportIsNamedAfterItsPlanFileWithoutTheExtensionInTheSameSubFolder() {
        assertThat(ReportNames.baseNames(List.of(Path.of("moray.yaml"), Path.of("scotland", "glenardoch.yml"))))
                .containsEntry(Path.of("moray.yaml"), "moray")
                .containsEntry(Path.of("scotland", "glenardoch.yml"), "scotland/glenardoch");
    }

    @Test
    void plansThatWouldShareAReportNameKeepTheirExtensions() {
        assertThat(ReportNames.baseNames(List.of(Path.of("a.yaml"), Path.of("a.json"), Path.of("b.yaml"))))
                .containsEntry(Path.of("a.yaml"), "a.yaml")
                .containsEntry(Path.of("a.json"), "a.json")
                .containsEntry(Path.of("b.yaml"), "b");
    }

    @Test
    void aFileWithoutAnExtensionOrWithOnlyALeadingDotKeepsItsWholeName() {
        assertThat(ReportNames.baseNames(List.of(Path.of("plan"), Path.of("dir.d", ".hidden"))))
                .containsEntry(Path.of("plan"), "plan")
                .containsEntry(Path.of("dir.d", ".hidden"), "dir.d/.hidden");
    }
}
