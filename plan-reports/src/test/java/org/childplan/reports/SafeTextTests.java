package org.childplan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTests {

    @Test
    void displayTextShowsEveryControlCharacterEscapedOnOneLine() {
        String hostile = "Plan\u001b]0;owned\u0007\r\n::error file=x::boom\t\u0085\u2028\u202e\u007f";

        String safe = SafeText.forDisplay(hostile);

        assertThat(safe).isEqualTo("Plan\\u001b]0;owned\\u0007\\r\\n::error file=x::boom\\t\\u0085\\u2028\\u202e"
                + "\\u007f");
        assertThat(safe.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    @Test
    void displayTextLeavesPrintableTextOfAnyScriptAsItIs() {
        String text = "Plan ar gyfer plant a phobl ifanc — Cymraeg, 日本語, 😀, C:\\plans\\a.yaml";

        assertThat(SafeText.forDisplay(text)).isSameAs(text);
        assertThat(SafeText.forDisplay(null)).isEqualTo("null");
    }

    @Test
    void xmlTextEscapesOnlyWhatXmlForbidsAndKeepsLineBreaksAndPairedSurrogates() {
        String text = "a\u000bb\u001bc\u0000d\ufffe\uffff\ud800e\udc00f\n\r\t😀";

        assertThat(SafeText.forXml(text))
                .isEqualTo("a\\u000bb\\u001bc\\u0000d\\ufffe\\uffff\\ud800e\\udc00f\n\r\t😀");
        assertThat(SafeText.forXml("plain")).isSameAs("plain");
        assertThat(SafeText.forXml(null)).isNull();
    }
}
