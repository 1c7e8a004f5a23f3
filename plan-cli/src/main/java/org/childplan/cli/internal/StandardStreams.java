package org.childplan.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import org.apiguardian.api.API;

/**
 * The character sets of standard output and standard error, and writers for them that never print a dash as
 * {@code ?}.
 *
 * <p>A stream's charset is the one the JVM chose for {@code System.out} or {@code System.err}
 * ({@code stdout.encoding}, {@code stderr.encoding} from Java 19; {@code sun.stdout.encoding} on a Windows console),
 * else the platform's ({@code native.encoding}, from the locale), else the default charset: the bytes then match what
 * the terminal or log decodes, where the default charset alone is UTF-8 from Java 18 whatever the locale. Without a
 * UTF-8 locale ({@code LANG} unset, {@code LANG=C}) that charset is ASCII, and an em or en dash, which the text report
 * uses as a separator ({@code 0 info — PASSED}), is written as a hyphen-minus instead of an unreadable {@code ?}.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class StandardStreams {

    private StandardStreams() {
    }

    /** The charset of standard output. */
    public static Charset outputCharset() {
        return charset("stdout.encoding", "sun.stdout.encoding", "native.encoding");
    }

    /** The charset of standard error. */
    public static Charset errorCharset() {
        return charset("stderr.encoding", "sun.stderr.encoding", "native.encoding");
    }

    /**
     * A writer of {@code stream} in {@code charset}, writing dashes as hyphen-minus when the charset cannot encode
     * them.
     */
    public static Writer writer(OutputStream stream, Charset charset) {
        Writer writer = new OutputStreamWriter(stream, charset);
        return charset.newEncoder().canEncode('\u2014') ? writer : new DashesAsHyphens(writer);
    }

    private static Charset charset(String... properties) {
        for (String property : properties) {
            String name = System.getProperty(property);
            try {
                if (name != null && Charset.isSupported(name)) {
                    return Charset.forName(name);
                }
            } catch (IllegalCharsetNameException e) {
                // A name the JVM was given but cannot use: the next source decides.
            }
        }
        return Charset.defaultCharset();
    }

    /** Writes em and en dashes as {@code -}; every other character as it is. */
    private static final class DashesAsHyphens extends FilterWriter {

        DashesAsHyphens(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(ascii((char) c));
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            char[] written = new char[length];
            for (int i = 0; i < length; i++) {
                written[i] = ascii(chars[offset + i]);
            }
            out.write(written, 0, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }

        private static char ascii(char c) {
            return c == '\u2014' || c == '\u2013' ? '-' : c;
        }
    }
}
