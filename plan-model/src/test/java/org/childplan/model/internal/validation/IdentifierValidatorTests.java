package org.childplan.model.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierValidatorTests {

    private final IdentifierValidator validator = new IdentifierValidator();

    @ParameterizedTest
    @ValueSource(strings = {
        "moray-csp-2017-2020", "nhs-grampian", "a-3", "p1", "7", "glenbrae_council", "csp.2024.v2", "NHS-Grampian",
        "m-hub-visits", "2017-03", "a", "CYPP_2024-27"})
    void idsOfLettersDigitsHyphensUnderscoresAndDotsAreWellFormed(String id) {
        assertThat(validator.isValid(id, null)).as(id).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nhs grampian", " nhs-grampian", "nhs-grampian ", "a/3", "a~3", "priority#1", "-a", ".hidden", "_x",
        "Ysgol Gymraeg", "sgoil-àraich", "caf\u00e9", "p(1)", "a,b", "\"quoted\"", "a\tb", "line\nbreak", "x:y"})
    void idsWithSpacesPunctuationOrOtherLettersAreNotWellFormed(String id) {
        assertThat(validator.isValid(id, null)).as(id).isFalse();
    }

    @Test
    void aMissingIdIsLeftToNotBlank() {
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void aBlankIdIsLeftToNotBlank(String id) {
        assertThat(validator.isValid(id, null)).isTrue();
    }
}
