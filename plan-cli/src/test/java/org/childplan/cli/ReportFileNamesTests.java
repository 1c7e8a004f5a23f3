package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format of {@code childplan check} names a plan file the same way: relative to the base folder (the working
 * directory or {@code --base-dir}) when it lies inside it, else by its absolute path, and always by its absolute path
 * with {@code --absolute-paths}.
 */
class ReportFileNamesTests {

    private static final String ALL_FORMATS = "text,json,sarif,junit,markdown,html,github,gitlab";

    /** The plan lies inside the working directory (the module's folder), as a repository's plans do. */
    private static final Path PLAN = Path.of("target/test-classes/plans/misses-duties.yaml");

    @TempDir
    static Path elsewhere;

    static Stream<Arguments> options() {
        String absolute = PLAN.toAbsolutePath().normalize().toString();
        return Stream.of(
                Arguments.of(List.of(), "target/test-classes/plans/misses-duties.yaml"),
                Arguments.of(List.of("--absolute-paths"), absolute),
                Arguments.of(List.of("--base-dir", "target/test-classes"), "plans/misses-duties.yaml"),
                Arguments.of(List.of("--base-dir", "target/test-classes", "--absolute-paths"), absolute),
                // The base folder does not hold the plan: its absolute path, not a name relative to the working
                // directory.
                Arguments.of(List.of("--base-dir", "ELSEWHERE"), absolute));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void everyFormatNamesThePlanFileAlikeUnderTheSameOptions(List<String> options, String expected) throws Exception {
        Path output = Files.createTempDirectory(elsewhere, "reports");
        List<String> args = new ArrayList<>(List.of("check", "--format", ALL_FORMATS, "--output", output.toString()));
        options.forEach(option -> args.add(option.equals("ELSEWHERE") ? elsewhere.toString() : option));
        args.add(PLAN.toString());

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS.code());
        Map<String, String> names = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        names.put("json", json.readTree(output.resolve("childplan.json").toFile())
                .at("/reports/0/findings/0/location/source").asText());
        names.put("sarif", sarifName(json.readTree(output.resolve("childplan.sarif").toFile())));
        names.put("github", githubName(Files.readString(output.resolve("childplan-github.txt"))));
        names.put("gitlab", json.readTree(output.resolve("childplan-gitlab.json").toFile())
                .at("/0/location/path").asText());
        names.put("junit", DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(output.resolve("childplan-junit.xml").toFile())
                .getDocumentElement().getElementsByTagName("testsuite").item(0).getAttributes()
                .getNamedItem("file").getNodeValue());
        Matcher markdown = Pattern.compile("\\*\\*Plan:\\*\\* `[^`]*` \\(([^)]*)\\)")
                .matcher(Files.readString(output.resolve("childplan.md")));
        assertThat(markdown.find()).isTrue();
        names.put("markdown", markdown.group(1));
        names.put("html", between(Files.readString(output.resolve("childplan.html")),
                "<th scope=\"row\">File</th><td>", "</td>"));
        names.put("text", Files.readString(output.resolve("childplan.txt")).lines()
                .filter(line -> line.startsWith("    ")).findFirst().orElseThrow().strip());

        assertThat(names).allSatisfy((format, name) -> assertThat(name).as(format).isEqualTo(expected));
    }

    /** The file of the first result: a relative URI under {@code %SRCROOT%}, or an absolute {@code file:} URI. */
    private static String sarifName(JsonNode sarif) {
        JsonNode artifact = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        URI uri = URI.create(artifact.get("uri").asText());
        if (artifact.has("uriBaseId")) {
            assertThat(uri.isAbsolute()).as("a URI relative to %s", artifact.get("uriBaseId")).isFalse();
            assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(sarif.at("/runs/0/originalUriBaseIds").has("%SRCROOT%")).isTrue();
            return uri.getPath();
        }
        assertThat(uri.getScheme()).isEqualTo("file");
        return Path.of(uri).toString();
    }

    private static String githubName(String commands) {
        Matcher file = Pattern.compile("^::\\w+ file=([^,]*),", Pattern.MULTILINE).matcher(commands);
        assertThat(file.find()).as(commands).isTrue();
        return file.group(1).replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as("%s in the report", before).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }
}
