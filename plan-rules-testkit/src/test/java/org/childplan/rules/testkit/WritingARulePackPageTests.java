package org.childplan.rules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pom of "Writing a rule pack" (section 1) builds a pack with childplan's own versions: it names the model
 * compiler the kie-maven-plugin needs to write a model, the Java release, the encoding, and the versions of JUnit,
 * Drools, childplan and the plugins that run JUnit 5 tests, each the one this build uses.
 */
class WritingARulePackPageTests {

    private static final Path PAGE = Path.of("../docs/writing-a-rule-pack.md");
    private static final Path ROOT_POM = Path.of("../pom.xml");

    @Test
    void thePagesPomNamesTheModelCompilerAndChildplansVersions() throws IOException {
        String pom = pagePom();
        String root = Files.readString(ROOT_POM, StandardCharsets.UTF_8);

        assertThat(pom).contains("<artifactId>drools-model-compiler</artifactId>")
                .contains("<artifactId>plan-rules</artifactId>").contains("<artifactId>plan-rules-testkit</artifactId>")
                .contains("<artifactId>junit-jupiter</artifactId>").contains("<generateModel>YES</generateModel>")
                .contains("<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>");
        for (String property : new String[] {"maven.compiler.release", "junit.version", "drools.version"}) {
            assertThat(element(pom, property)).as("<%s> of the page's pom", property).isEqualTo(element(root, property));
        }
        assertThat(element(pom, "childplan.version")).as("the childplan version of the page's pom")
                .isEqualTo(element(root.substring(root.indexOf("<artifactId>childplan-parent</artifactId>")), "version"));
        for (String plugin : new String[] {"maven-compiler-plugin", "maven-surefire-plugin"}) {
            assertThat(pluginVersion(pom, plugin)).as("the version of %s in the page's pom", plugin)
                    .isEqualTo(pluginVersion(root, plugin));
        }
        assertThat(pluginVersion(pom, "kie-maven-plugin")).isEqualTo("${drools.version}");
        assertThat(pom).doesNotContainPattern("<artifactId>junit-jupiter</artifactId>\\s*<scope>");
    }

    /** The fenced XML block of the page that is a whole pom. */
    private static String pagePom() throws IOException {
        Matcher blocks = Pattern.compile("(?s)```xml\n(.*?)```").matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        while (blocks.find()) {
            if (blocks.group(1).startsWith("<project")) {
                return blocks.group(1);
            }
        }
        throw new AssertionError(PAGE + " has no fenced pom (```xml starting <project)");
    }

    private static String element(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(xml);
        if (!matcher.find()) {
            throw new AssertionError("no <" + name + "> in:\n" + xml);
        }
        return matcher.group(1);
    }

    private static String pluginVersion(String xml, String artifactId) {
        Matcher matcher = Pattern.compile("<artifactId>" + Pattern.quote(artifactId) + "</artifactId>\\s*<version>([^<]*)</version>")
                .matcher(xml);
        if (!matcher.find()) {
            throw new AssertionError("no version of " + artifactId + " in:\n" + xml);
        }
        return matcher.group(1);
    }
}
