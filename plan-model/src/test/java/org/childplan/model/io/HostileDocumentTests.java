package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.model.io.PlanReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents written to break the reader are refused as bad input, at the place that breaks it, and quickly. */
class HostileDocumentTests {

    private static final String HEAD = """
            id: moray-csp
            title: Moray Children's Services Plan
            area: Moray
            jurisdiction: SCOTLAND
            status: DRAFT
            """;

    private static PlanReadException readError(String content, String source) {
        return catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(content, source));
    }

    @Test
    void anUnpairedSurrogateEscapedInJsonIsRefusedWhereItIsWritten() {
        PlanReadException error = readError("""
                {"id": "moray-csp",
                 "title": "Moray \\ud800 plan"}
                """, "plan.json");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.getMessage()).isEqualTo("plan.json:2:11: /title: the text holds \\uD800, half of a UTF-16"
                + " surrogate pair without its other half, which is not a Unicode character");
    }

    @Test
    void anUnpairedSurrogateInAPropertyNameIsRefused() {
        PlanReadException yaml = readError(HEAD + "\"ti\\udc00tle\": x\n", "plan.yaml");
        PlanReadException json = readError("{\"id\": \"moray-csp\", \"ti\\udc00tle\": \"x\"}", "plan.json");

        assertThat(yaml.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(yaml.getMessage()).startsWith("plan.yaml:6:1: /ti\udc00tle: the text holds \\uDC00");
        assertThat(json.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(json.problem()).contains("surrogate");
        assertThat(json.line()).isEqualTo(1);
    }

    @Test
    void anUnpairedSurrogateEscapedInYamlIsRefused() {
        PlanReadException error = readError(HEAD + "summary: \"caf\\ud800\"\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.getMessage()).startsWith("plan.yaml:6:10: /summary: the text holds \\uD800");
    }

    @Test
    void aPairedSurrogateIsACharacterLikeAnyOther() throws Exception {
        PlanDocument document = PlanDocuments.read(
                "{\"id\": \"moray-csp\", \"title\": \"Moray \\ud83d\\ude00\", \"area\": \"Moray\","
                        + " \"jurisdiction\": \"SCOTLAND\", \"status\": \"DRAFT\"}", "plan.json");

        assertThat(document.plan().title()).isEqualTo("Moray \uD83D\uDE00");
    }

    @Test
    void invalidUtf8IsRefusedAtTheLineAndColumnOfTheFirstBadByte(@org.junit.jupiter.api.io.TempDir Path directory)
            throws Exception {
        Path file = directory.resolve("plan.yaml");
        byte[] head = (HEAD + "summary: ok\narea: ab").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;

        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> {
            Files.write(file, bytes);
            PlanDocuments.read(file);
        });

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.column()).isEqualTo(9);
        assertThat(error.problem()).isEqualTo(
                "the file is not UTF-8 text: byte 0xC3 does not begin or continue a UTF-8 character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!python/object/apply:os.system [\"echo hi\"]", "!!java.util.HashMap {}", "!foo bar",
        "!!binary aGVsbG8=", "!!str Moray", "!<tag:yaml.org,2002:str> Moray"})
    void aYamlTagIsRefusedWhereItIsWritten(String tagged) {
        PlanReadException error = readError(HEAD + "summary: " + tagged + "\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.column()).isEqualTo(10);
        assertThat(error.pointer()).contains("/summary");
        assertThat(error.problem()).startsWith("the YAML tag '!").endsWith("' is not allowed; write the value without a tag");
    }

    @Test
    void aTagNamesItselfAsWritten() {
        assertThat(readError(HEAD + "summary: !!python/object/apply:os.system [x]\n", "plan.yaml").problem())
                .isEqualTo("the YAML tag '!!python/object/apply:os.system' is not allowed; write the value without a tag");
        assertThat(readError(HEAD + "summary: !foo bar\n", "plan.yaml").problem())
                .isEqualTo("the YAML tag '!foo' is not allowed; write the value without a tag");
    }

    @Test
    void aTagOnAPropertyNameIsRefused() {
        PlanReadException error = readError(HEAD + "!!str summary: text\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.problem()).isEqualTo("the YAML tag '!!str' is not allowed; write the value without a tag");
    }

    @Test
    void aTagOnAListIsRefused() {
        PlanReadException error = readError(HEAD + "actions: !!set\n  ? a\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.problem()).isEqualTo("the YAML tag '!!set' is not allowed; write the value without a tag");
    }

    @Test
    void anOverlongJsonNumberIsRefusedWithALineAndColumn() {
        PlanReadException error = readError("{\"id\": \"moray-csp\",\n \"extensions\": {\"n\": "
                + "9".repeat(5_000) + "}}", "plan.json");

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isGreaterThanOrEqualTo(1);
        assertThat(error.getMessage()).startsWith("plan.json:2:")
                .endsWith("/extensions/n: a number is longer than 1000 characters");
    }

    @Test
    void aYamlRunOfDigitsTooLongForANumberIsReadAsTextWithinTheTextLimit() throws Exception {
        PlanDocument document = PlanDocuments.read(HEAD + "extensions:\n  n: " + "9".repeat(5_000) + "\n", "plan.yaml");

        assertThat(document.plan().extensions().get("n")).isEqualTo("9".repeat(5_000));
    }

    @Test
    void aNumberOfAThousandDigitsIsRead() throws Exception {
        PlanDocument document = PlanDocuments.read(HEAD + "extensions:\n  n: " + "9".repeat(1_000) + "\n", "plan.yaml");

        assertThat(document.plan().extensions().get("n").toString()).hasSize(1_000);
    }

    @Test
    @Timeout(60)
    void aNineMebibyteScalarIsRefusedByTheStringLimit() {
        String content = HEAD + "summary: " + "x".repeat(9 * 1024 * 1024) + "\n";

        PlanReadException error = readError(content, "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("a text value is longer than 1000000 characters");
        assertThat(error.line()).isEqualTo(6);
    }

    @Test
    @Timeout(60)
    void aNineMebibyteBlockScalarIsRefusedByTheStringLimit() {
        String content = HEAD + "summary: |\n  " + "word ".repeat(9 * 1024 * 1024 / 5) + "\n";

        PlanReadException error = readError(content, "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("a text value is longer than 1000000 characters");
    }

    @Test
    @Timeout(60)
    void aNineMebibyteQuotedScalarIsRefusedAsAnOverlongLine() {
        String content = HEAD + "summary: \"" + "x".repeat(9 * 1024 * 1024) + "\"\n";

        PlanReadException error = readError(content, "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:6:1: a line is longer than 1004096 characters"
                + " (a text value may hold at most 1000000)");
    }

    @Test
    void aYamlLineIsBoundedByTheTextLimitAndAMargin() throws Exception {
        ReadLimits limits = ReadLimits.defaults().withMaxStringLength(100);
        String within = HEAD + "extensions: {" + shortValues(4_000) + "last: v}\n";
        String beyond = HEAD + "extensions: {" + shortValues(5_000) + "last: v}\n";

        assertThat(PlanDocuments.read(within, "plan.yaml", limits).plan().extensions()).containsKey("last");
        PlanReadException error = catchThrowableOfType(PlanReadException.class,
                () -> PlanDocuments.read(beyond, "plan.yaml", limits));
        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.getMessage())
                .isEqualTo("plan.yaml:6:1: a line is longer than 4196 characters (a text value may hold at most 100)");
    }

    /** Short distinct properties, {@code k0: v, k1: v, ...}, filling about {@code length} characters. */
    private static String shortValues(int length) {
        StringBuilder values = new StringBuilder();
        for (int key = 0; values.length() < length; key++) {
            values.append('k').append(key).append(": v, ");
        }
        return values.toString();
    }

    @Test
    @Timeout(60)
    void aNineMebibyteJsonStringIsRefusedByTheStringLimit() {
        String content = "{\"id\": \"moray-csp\",\n \"summary\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}";

        PlanReadException error = readError(content, "plan.json");

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("a text value is longer than 1000000 characters");
        assertThat(error.line()).isEqualTo(2);
    }
}
