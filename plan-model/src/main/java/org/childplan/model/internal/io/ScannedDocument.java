package org.childplan.model.internal.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.Map;
import org.apiguardian.api.API;
import org.childplan.model.io.PlanFormat;
import org.childplan.model.io.SourceLocation;

/**
 * A document after the streaming pass: its tokens (YAML aliases expanded), and for every JSON Pointer in it where it
 * was written and what kind of value is there.
 *
 *
 * @param format whether the document was read as YAML or JSON
 * @param tokens the document's tokens, ready to bind
 * @param locations where each element was written; for a property, where its name was written
 * @param kinds the first token of each element's value ({@code START_OBJECT}, {@code VALUE_STRING}, ...)
 * @param numbersKeptAsText YAML numbers written otherwise than in plain decimal notation, kept as the text written
 *     (see {@link DocumentScanner}), by pointer
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record ScannedDocument(
        PlanFormat format, TokenBuffer tokens, Map<String, SourceLocation> locations, Map<String, JsonToken> kinds,
        Map<String, String> numbersKeptAsText) {
}
