package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.model.io.PlanReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ReadLimitsTests {

    private static final String HEAD = """
            id: moray-csp
            title: Moray Children's Services Plan
            area: Moray
            jurisdiction: SCOTLAND
            status: DRAFT
            """;

    private static PlanReadException readError(String content, ReadLimits limits) {
        return catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(content, "hostile.yaml", limits));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ReadLimits defaults = ReadLimits.defaults();

        assertThat(defaults.maxDocumentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(defaults.maxNestingDepth()).isEqualTo(64);
        assertThat(defaults.maxStringLength()).isEqualTo(1_000_000);
        assertThat(defaults.maxAliases()).isEqualTo(50);
        assertThat(defaults.maxTokens()).isEqualTo(1_000_000);
    }

    @Test
    void changingALimitLeavesTheOriginalUnchanged() {
        ReadLimits tight = ReadLimits.defaults().withMaxNestingDepth(3);

        assertThat(tight.maxNestingDepth()).isEqualTo(3);
        assertThat(ReadLimits.defaults().maxNestingDepth()).isEqualTo(64);
        assertThat(tight).isNotEqualTo(ReadLimits.defaults()).isEqualTo(ReadLimits.defaults().withMaxNestingDepth(3));
    }

    @Test
    void aLimitBelowOneIsRejected() {
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxDocumentBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDocumentBytes must be at least 1 but was 0");
    }

    @Test
    void aDocumentLargerThanTheLimitIsRejectedBeforeItIsParsed() {
        String content = HEAD + "summary: " + "x".repeat(200) + "\n";

        PlanReadException error = readError(content, ReadLimits.defaults().withMaxDocumentBytes(100));

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.getMessage())
                .isEqualTo("hostile.yaml: the document is larger than 100 bytes (" + content.length() + ")");
    }

    @Test
    void aFileLargerThanTheLimitIsRejectedWithoutReadingIt(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("big.yaml");
        Files.writeString(file, HEAD + "summary: " + "x".repeat(200) + "\n");

        PlanReadException error = catchThrowableOfType(PlanReadException.class,
                () -> PlanDocuments.read(file, ReadLimits.defaults().withMaxDocumentBytes(100)));

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).startsWith("the document is larger than 100 bytes");
    }

    @Test
    void theDefaultDocumentSizeLimitHolds() {
        String content = HEAD + "summary: \"" + "x".repeat((int) ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES) + "\"\n";

        assertThat(readError(content, ReadLimits.defaults()).kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    }

    @Test
    void nestingDeeperThanTheDefaultLimitIsRejectedWhereItGoesTooDeep() {
        String content = HEAD + "extensions:\n  deep: " + "[".repeat(70) + "]".repeat(70) + "\n";

        PlanReadException error = readError(content, ReadLimits.defaults());

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("objects and lists are nested more than 64 deep");
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.column()).isEqualTo(9 + 62);
    }

    @Test
    void nestingDeeperThanTheDefaultLimitIsRejectedInJson() {
        String content = "{\"extensions\": {\"deep\": " + "[".repeat(70) + "]".repeat(70) + "}}";

        PlanReadException error = catchThrowableOfType(PlanReadException.class,
                () -> PlanDocuments.read(content, "hostile.json"));

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("objects and lists are nested more than 64 deep");
    }

    @Test
    void nestingWithinTheLimitIsRead() throws Exception {
        String content = HEAD + "extensions:\n  deep: " + "[".repeat(60) + "]".repeat(60) + "\n";

        assertThat(PlanDocuments.read(content, "deep.yaml").plan().extensions()).containsKey("deep");
    }

    @Test
    void aStringLongerThanTheLimitIsRejected() {
        PlanReadException error = readError(HEAD + "summary: " + "x".repeat(101) + "\n",
                ReadLimits.defaults().withMaxStringLength(100));

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.getMessage())
                .isEqualTo("hostile.yaml:6:10: /summary: a text value is longer than 100 characters");
    }

    @Test
    void aPropertyNameLongerThanTheLimitIsRejectedInJson() {
        String content = "{\"" + "k".repeat(101) + "\": 1}";

        PlanReadException error = catchThrowableOfType(PlanReadException.class,
                () -> PlanDocuments.read(content, "hostile.json", ReadLimits.defaults().withMaxStringLength(100)));

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("a property name is longer than 100 characters");
    }

    @Test
    void aliasesWithinTheLimitAreExpanded() throws Exception {
        PlanDocument document = PlanDocuments.read(HEAD + """
                bodies:
                  - &council {id: council, name: Moray Council, type: LOCAL_AUTHORITY, role: LEAD}
                governance:
                  oversightBody: Moray Chief Officers Group
                  type: CHIEF_OFFICERS_GROUP
                  members: &members [council]
                  reportsTo: *members
                extensions:
                  copy: *council
                """, "aliases.yaml");

        assertThat(document.plan().governance().reportsTo()).containsExactly("council");
        assertThat(document.plan().extensions().get("copy"))
                .isEqualTo(java.util.Map.of("id", "council", "name", "Moray Council", "type", "LOCAL_AUTHORITY",
                        "role", "LEAD"));
        assertThat(document.locationOf("/extensions/copy/name")).map(SourceLocation::line).contains(14);
    }

    @Test
    void moreAliasesThanTheLimitAreRejected() {
        String content = HEAD + "extensions:\n  a: &a [x]\n  list: [" + "*a, ".repeat(51) + "*a]\n";

        PlanReadException error = readError(content, ReadLimits.defaults());

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("the document uses more than 50 YAML aliases");
        assertThat(error.pointer()).contains("/extensions/list/50");
    }

    @Test
    void aliasesCanBeForbidden() {
        PlanReadException error = readError(HEAD + "extensions:\n  a: &a [x]\n  b: *a\n",
                ReadLimits.defaults().withMaxAliases(0));

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("YAML aliases are not allowed");
    }

    @Test
    void anAliasToAnAnchorThatIsNotYetCompleteIsMalformed() {
        PlanReadException error = readError(HEAD + "extensions: &loop\n  self: *loop\n", ReadLimits.defaults());

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.problem()).contains("'*loop'");
    }

    @Test
    void anAliasOfASingleValueIsRejectedRatherThanReadAsItsName() {
        PlanReadException error = readError(HEAD + "extensions:\n  a: &lead council\n  b: *lead\n",
                ReadLimits.defaults());

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.getMessage()).startsWith("hostile.yaml:8:6: /extensions/b: the alias '*lead' refers to");
    }

    // Unbounded expansion would take hours and gigabytes; the ceiling is generous because a loaded CI machine is slow.
    @Test
    @Timeout(30)
    void aBillionLaughsDocumentIsRejectedQuickly() {
        StringBuilder content = new StringBuilder(HEAD).append("extensions:\n  l0: &l0 [lol, lol]\n");
        for (int level = 1; level <= 24; level++) {
            content.append("  l").append(level).append(": &l").append(level)
                    .append(" [*l").append(level - 1).append(", *l").append(level - 1).append("]\n");
        }
        PlanReadException error = readError(content.toString(), ReadLimits.defaults());

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).contains("more than 1000000 values");
    }

    @Test
    @Timeout(30)
    void aClassicBillionLaughsDocumentRunsOutOfAliases() {
        StringBuilder content = new StringBuilder(HEAD).append("extensions:\n  a: &a [lol,lol,lol,lol,lol]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'i'; level++) {
            content.append("  ").append(level).append(": &").append(level).append(" [")
                    .append(("*" + previous + ",").repeat(9)).append('*').append(previous).append("]\n");
            previous = level;
        }

        PlanReadException error = readError(content.toString(), ReadLimits.defaults());

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).isEqualTo("the document uses more than 50 YAML aliases");
    }

    @Test
    void moreTokensThanTheLimitAreRejected() {
        PlanReadException error = readError(HEAD + "extensions:\n  list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n",
                ReadLimits.defaults().withMaxTokens(20));

        assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
        assertThat(error.problem()).startsWith("the document has more than 20 values");
    }
}
