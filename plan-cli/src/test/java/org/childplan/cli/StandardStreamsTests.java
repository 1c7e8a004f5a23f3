package org.childplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.childplan.cli.internal.StandardStreams;
import org.junit.jupiter.api.Test;

/** Standard output and error in a charset without dashes, as without a UTF-8 locale. */
class StandardStreamsTests {

    private static final String VERDICT = "0 errors, 0 warnings, 0 info \u2014 PASSED (fail level: error); 2023\u20132026";

    @Test
    void aStreamInAsciiWritesDashesAsHyphensNotQuestionMarks() {
        assertThat(written(StandardCharsets.US_ASCII))
                .isEqualTo("0 errors, 0 warnings, 0 info - PASSED (fail level: error); 2023-2026\n");
    }

    @Test
    void aStreamInUtf8KeepsItsDashes() {
        assertThat(written(StandardCharsets.UTF_8)).isEqualTo(VERDICT + "\n");
    }

    @Test
    void aStreamInLatin1WithoutDashesWritesHyphensAndKeepsTheLettersItHas() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(StandardStreams.writer(bytes, latin1))) {
            out.print("Comhairle nan Eilean Siar \u2014 \u00e0\u00e9");
        }

        assertThat(bytes.toString(latin1)).isEqualTo("Comhairle nan Eilean Siar - \u00e0\u00e9");
    }

    private static String written(Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(StandardStreams.writer(bytes, charset))) {
            out.print(VERDICT);
            out.write('\n');
        }
        return bytes.toString(charset);
    }
}
