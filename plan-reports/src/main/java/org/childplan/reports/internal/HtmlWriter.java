package org.childplan.reports.internal;

import org.childplan.reports.SafeText;
import org.apache.commons.text.StringEscapeUtils;
import org.apiguardian.api.API;

/**
 * Builds an HTML page whose text and attribute values are all escaped.
 *
 * <p>Escaping is commons-text's XML 1.0 escaping: it escapes the five markup characters and leaves other characters
 * as they are (the page is UTF-8). Characters XML cannot hold (an escape character, a vertical tab) are first shown
 * as visible escapes such as <code>&#92;u001b</code> by {@link SafeText#forXml(String)}, so that nothing is silently
 * lost. Unlike HTML 4 named entities, the result
 * is both valid HTML and well-formed XML, so the page can also be read as XHTML.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HtmlWriter {

    private final StringBuilder html = new StringBuilder();

    /** Opens {@code tag} with attributes given as name, value pairs. */
    public HtmlWriter open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            html.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        html.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    public HtmlWriter close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only {@code text}. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An empty element, written in the form both HTML and XML read, for example {@code <meta charset="utf-8"/>}. */
    public HtmlWriter empty(String tag, String... attributes) {
        open(tag, attributes);
        html.setLength(html.length() - 1);
        html.append("/>");
        return this;
    }

    /** Escaped text. */
    public HtmlWriter text(String text) {
        html.append(escape(text == null ? "" : text));
        return this;
    }

    /** Markup written by this class itself, never plan text: the doctype, the style sheet. */
    public HtmlWriter markup(String markup) {
        html.append(markup);
        return this;
    }

    /** A line break in the source, for people who read it. */
    public HtmlWriter newline() {
        html.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeXml10(SafeText.forXml(text));
    }
}
