package org.childplan.model.internal.io;

import org.apiguardian.api.API;

/**
 * What a document read by {@link DocumentReader} should hold, in the words its errors use.
 *
 * @param empty what is wrong with an empty document, as in "the document is empty"
 * @param expected what the whole document should be, as in "a plan"
 * @param oneValue why a second value is wrong, as in "a plan document holds one plan"
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record DocumentKind(String empty, String expected, String oneValue) {

    /** A plan document. */
    public static final DocumentKind PLAN = new DocumentKind(
            "the document is empty", "a plan", "a plan document holds one plan");
}
