package org.childplan.reports;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Makes text from plans, waiver files, file names and messages safe to print or to write into XML, showing each
 * character it cannot pass on as a visible escape (<code>&#92;u001b</code>, <code>&#92;n</code>) rather than dropping
 * it.
 *
 * <p>Plan text is hostile input as far as outputs go: an escape sequence (ESC, OSC, CSI), a bell, a carriage return or
 * a line break in a plan title would otherwise reach the terminal or CI log as it is, where it can rewrite what was
 * printed or start a line a CI runner reads as a command ({@code ::error ...::}, {@code ::add-mask::}). Every
 * human-readable output passes its text through {@link #forDisplay(String)}, and every XML output through
 * {@link #forXml(String)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SafeText {

    private SafeText() {
    }

    /**
     * {@code text} with every control character escaped, so that it prints as one line that cannot steer a terminal or
     * a CI log: C0 controls (tab, line feed and carriage return included), DEL, C1 controls, the Unicode line and
     * paragraph separators and the bidirectional overrides and isolates. {@code null} gives {@code "null"}.
     */
    public static String forDisplay(String text) {
        if (text == null) {
            return "null";
        }
        if (text.chars().noneMatch(SafeText::unsafeForDisplay)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (unsafeForDisplay(c)) {
                escape(safe, (char) c);
            } else {
                safe.append((char) c);
            }
        });
        return safe.toString();
    }

    /**
     * {@code text} with every character XML 1.0 forbids escaped: the C0 controls other than tab, line feed and
     * carriage return, U+FFFE, U+FFFF and unpaired surrogates. The result is then escaped for markup as usual by the
     * XML writer. {@code null} gives {@code null}.
     */
    public static String forXml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean forbidden;
            if (Character.isHighSurrogate(c)) {
                forbidden = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
            } else if (Character.isLowSurrogate(c)) {
                forbidden = i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
            } else {
                forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            }
            if (forbidden && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                if (forbidden) {
                    escape(safe, c);
                } else {
                    safe.append(c);
                }
            }
        }
        return safe == null ? text : safe.toString();
    }

    private static boolean unsafeForDisplay(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static void escape(StringBuilder safe, char c) {
        switch (c) {
            case '\n' -> safe.append("\\n");
            case '\r' -> safe.append("\\r");
            case '\t' -> safe.append("\\t");
            default -> safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
    }
}
