package org.childplan.model.internal.io;

import org.apiguardian.api.API;

/**
 * What a document read by {@link DocumentReader} should hold, in the words its errors use.
 *
 * @param expected what the whole document should be, as in "the document is empty; expected a plan"
 * @param oneValue why a second value is wrong, as in "a plan document holds one plan"
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record DocumentKind(String expected, String oneValue) {

    /** A plan document. */
    public static final DocumentKind PLAN = new DocumentKind("a plan", "a plan document holds one plan");
}
