package org.childplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.model.io.PlanReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDocumentsErrorTests {

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
    void anUnknownPropertyIsReportedWhereItsNameIsWrittenWithTheClosestKnownName() {
        PlanReadException error = readError(HEAD + """
                actions:
                  - id: a1
                    title: Open a drop-in
                    leed: council
                """, "plans/moray.yaml");

        assertThat(error.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
        assertThat(error.source()).isEqualTo("plans/moray.yaml");
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.column()).isEqualTo(5);
        assertThat(error.pointer()).contains("/actions/0/leed");
        assertThat(error.getMessage())
                .isEqualTo("plans/moray.yaml:9:5: /actions/0/leed: unknown property 'leed' (did you mean 'lead'?)");
        assertThat(error.expected()).hasValueSatisfying(expected -> assertThat(expected).contains("lead", "partners"));
    }

    @Test
    void anUnknownPropertyFarFromAnyKnownNamePointsToExtensions() {
        PlanReadException error = readError(HEAD + "budgetHolder: Jane\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
        assertThat(error.getMessage()).isEqualTo(
                "plan.yaml:6:1: /budgetHolder: unknown property 'budgetHolder'; put free-form data under 'extensions'");
    }

    @Test
    void malformedYamlIsReportedAtTheParsersPosition() {
        PlanReadException error = readError("id: x\ntitle: [unclosed\narea: A\n", "bad.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(5);
        assertThat(error.problem())
                .isEqualTo("malformed YAML: expected ',' or ']', but got : (while parsing a flow sequence started at 2:8)");
        assertThat(error.getMessage()).startsWith("bad.yaml:3:5: ");
    }

    @Test
    void aTabThatIndentsALineIsReportedOnThatLineNotAtTheEndOfTheLineAbove() {
        PlanReadException error = readError("id: x\ntitle: y\nperiod:\n\tstart: 2017-04-01\n", "tab.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.getMessage()).startsWith("tab.yaml:4:1: ");
        assertThat(error.problem()).startsWith("malformed YAML: found character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void anUnclosedQuoteFoundOnlyAtTheEndOfTheDocumentIsReportedWhereItOpened() {
        PlanReadException error = readError("id: x\ntitle: \"unterminated\narea: y\n", "quote.yaml");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(8);
        assertThat(error.problem()).isEqualTo(
                "malformed YAML: found unexpected end of stream (while scanning a quoted scalar started here)");
    }

    @Test
    void anUnclosedListFoundOnlyAtTheEndOfTheDocumentIsReportedWhereItOpened() {
        PlanReadException error = readError("id: x\npriorities: [\n  {id: p1, title: Early help}\n", "list.yaml");

        assertThat(error.getMessage()).isEqualTo("list.yaml:2:13: /priorities/0: malformed YAML: expected ',' or ']', "
                + "but got <stream end> (while parsing a flow sequence started here)");
    }

    @Test
    void malformedJsonIsReportedAtTheParsersPositionWithoutCharacterCodes() {
        PlanReadException error = readError("{\n  \"id\": \"x\",\n}\n", "bad.json");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.problem())
                .isEqualTo("malformed JSON: unexpected character ('}'): was expecting double-quote to start field name");
    }

    @Test
    void malformedJsonIsExplainedInJsonsTermsNotByTheParsersSwitches() {
        PlanReadException comment = readError("{\"id\": \"x\", // a comment\n \"title\": \"t\"}\n", "comment.json");
        PlanReadException notANumber = readError("{\"id\": \"x\", \"n\": NaN}\n", "nan.json");

        assertThat(comment.problem()).isEqualTo("malformed JSON: unexpected character ('/'): JSON has no comments");
        assertThat(notANumber.problem())
                .isEqualTo("malformed JSON: 'NaN' is not a JSON value (a number must be finite)");
        assertThat(comment.problem() + notANumber.problem()).doesNotContain("Feature").doesNotContain("ALLOW_");
    }

    @Test
    void aDuplicatePropertyIsMalformedInYaml() {
        PlanReadException error = readError(HEAD + "jurisdiction: ENGLAND\n", "dup.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.problem()).isEqualTo("duplicate property 'jurisdiction'");
    }

    @Test
    void aDuplicatePropertyIsMalformedInJson() {
        PlanReadException error = readError("{\"id\": \"x\", \"id\": \"y\"}", "dup.json");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.getMessage()).isEqualTo("dup.json:1:17: /id: duplicate property 'id'");
    }

    @Test
    void anEmptyDocumentIsMalformed() {
        PlanReadException error = readError("", "empty.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.problem()).isEqualTo("the document is empty");
    }

    @Test
    void aSecondYamlDocumentIsMalformed() {
        PlanReadException error = readError(HEAD + "---\nid: other\n", "two.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.problem()).contains("more than one");
    }

    @Test
    void aListWhereAnObjectIsExpectedIsTheWrongType() {
        PlanReadException error = readError(HEAD + "period: [2017, 2020]\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:6:1: /period: expected an object but found a list");
        assertThat(error.expected()).contains("an object");
    }

    @Test
    void anObjectWhereAListIsExpectedIsTheWrongType() {
        PlanReadException error = readError(HEAD + "bodies:\n  id: council\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:6:1: /bodies: expected a list but found an object");
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedIsTheWrongType() {
        PlanReadException error = readError(HEAD + """
                childrensRights:
                  statement: We respect rights.
                  uncrcArticles: [3, 12.5]
                """, "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(error.line()).isEqualTo(8);
        assertThat(error.column()).isEqualTo(22);
        assertThat(error.pointer()).contains("/childrensRights/uncrcArticles/1");
        assertThat(error.problem()).isEqualTo("expected a whole number but found a number");
    }

    @Test
    void aNullInAListIsTheWrongType() {
        PlanReadException error = readError(HEAD + """
                vision:
                  statement: Loved, safe and respected.
                  elements: [loved, null]
                """, "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:8:21: /vision/elements/1: a list may not hold null");
    }

    @Test
    void aDayThatDoesNotExistIsABadValue() {
        PlanReadException error = readError(HEAD + """
                period:
                  start: 2017-02-30
                  end: 2020-03-31
                """, "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.getMessage()).isEqualTo(
                "plan.yaml:7:3: /period/start: '2017-02-30' is not a valid date; expected a date as YYYY-MM-DD");
    }

    @Test
    void aDateTimeWhereADateIsExpectedIsABadValue() {
        PlanReadException error = readError(HEAD + "publication:\n  date: 2017-04-01T10:00\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.pointer()).contains("/publication/date");
    }

    @Test
    void aDateWrittenAsNumbersIsTheWrongType() {
        PlanReadException error = readError(HEAD + "publication:\n  date: [2017, 4, 1]\n", "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(error.problem()).isEqualTo("expected a date as YYYY, YYYY-MM or YYYY-MM-DD but found a list");
    }

    @Test
    void aPartialDateWithAThirteenthMonthIsABadValue() {
        PlanReadException error = readError(HEAD + "needsAssessment:\n  title: Profile\n  date: 2017-13\n",
                "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:8:3: /needsAssessment/date: '2017-13' is not a valid date;"
                + " expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void anEnumValueOutOfItsListIsABadValueListingTheAllowedValues() {
        PlanReadException error = readError(HEAD.replace("SCOTLAND", "SCOTLND"), "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:4:1: /jurisdiction: unknown value 'SCOTLND'"
                + " (did you mean 'SCOTLAND'?); expected one of SCOTLAND, ENGLAND, WALES, NORTHERN_IRELAND");
        assertThat(error.expected()).contains("one of SCOTLAND, ENGLAND, WALES, NORTHERN_IRELAND");
    }

    @Test
    void anEnumValueInLowerCaseIsABadValue() {
        PlanReadException error = readError(HEAD.replace("DRAFT", "draft"), "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.problem()).startsWith("unknown value 'draft' (did you mean 'DRAFT'?)");
    }

    @Test
    void anEnumValueGivenAsANumberIsABadValue() {
        PlanReadException error = readError(HEAD.replace("DRAFT", "2"), "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.BAD_VALUE);
        assertThat(error.pointer()).contains("/status");
    }

    @Test
    void anAbsentRequiredPropertyIsMissingAndPlacedAtItsObject() {
        PlanReadException error = readError(HEAD + """
                bodies:
                  - id: council
                    name: Moray Council
                    type: LOCAL_AUTHORITY
                """, "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MISSING_PROPERTY);
        assertThat(error.getMessage())
                .isEqualTo("plan.yaml:7:5: /bodies/0/role: missing required property 'role'");
        assertThat(error.expected()).contains("a property 'role'");
    }

    @Test
    void anAbsentRequiredPropertyOfThePlanIsMissing() {
        PlanReadException error = readError(HEAD.replace("area: Moray\n", ""), "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MISSING_PROPERTY);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:1:1: /area: missing required property 'area'");
    }

    @Test
    void aRequiredPropertyWithoutAValueIsMissing() {
        PlanReadException error = readError(HEAD.replace("area: Moray", "area:"), "plan.yaml");

        assertThat(error.kind()).isEqualTo(Kind.MISSING_PROPERTY);
        assertThat(error.getMessage()).isEqualTo("plan.yaml:3:1: /area: required property 'area' has no value");
    }

    @Test
    void aFileThatDoesNotExistIsAnInputOutputError(@TempDir Path directory) {
        Path file = directory.resolve("absent.yaml");

        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(file));

        assertThat(error.kind()).isEqualTo(Kind.IO);
        assertThat(error.location()).isEmpty();
        assertThat(error.getMessage()).isEqualTo(file + ": the file does not exist");
    }

    @Test
    void aFileThatIsNotUtf8IsMalformed(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("latin1.yaml");
        Files.write(file, (HEAD + "summary: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));

        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(file));

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.getMessage()).isEqualTo(file
                + ":6:13: the file is not UTF-8 text: byte 0xE9 does not begin or continue a UTF-8 character");
    }

    @Test
    void errorsFromAFileNameTheFile(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("moray.yml");
        Files.writeString(file, HEAD + "leed: x\n");

        PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanDocuments.read(file));

        assertThat(error.getMessage()).startsWith(file + ":6:1: /leed: unknown property 'leed'");
    }
}
